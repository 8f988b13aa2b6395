import type { viewsEn } from './en-views';

export const viewsBn: Record<keyof typeof viewsEn, string> = {
  'fig1.title': 'BN paper-এর Figure 1',
  'fig1.what': 'Figure 1',
  'fig1.hint':
    '(a) {networks} test accuracy (BN inference mode-এ)। ({letters}) Training জুড়ে {whole, select, yes {layer-টির প্রতিটি {activation}-এর} other {একটি {activation}-এর}} input-এর 15তম, 50তম ও 85তম percentile: paper-এ BN ছাড়া নেটওয়ার্কের বিন্যাস সরে যায়, আর BN সেটিকে স্থির রাখে।',
  'fig1.layer': 'Layer',
  'fig1.layerOption': '{layer, number} ({units, number} × {activation})',
  'fig1.unit': 'Unit',
  'fig1.unitError': 'Unit: 0 থেকে {last, number}-এর মধ্যে একটি পূর্ণসংখ্যা',
  'fig1.wholeLayer': 'পুরো layer',
  'fig1.accuracyLabel': 'Figure 1a: দুটি যমজের test accuracy',
  'fig1.accuracyCaption': '(a) test accuracy',
  'fig1.accuracyAxis': 'test accuracy',
  'fig1.inputAxis': '{activation}-এর input',
  'fig1.p15': '15তম percentile',
  'fig1.median': 'মধ্যমা',
  'fig1.p85': '85তম percentile',
  'fig1.percentileLabel': 'Figure 1{letter}: একটি sigmoid input-এর percentile, {network}',
  'fig1.percentileCaption': '({letter}) {network}',
  'fig1.csvAccuracy': '(a) test accuracy',
  'fig1.csvPart':
    '({letter}) {network}, layer {layer, number}{whole, select, yes {} other {, unit {unit, number}}}',
  'fig1.waiting':
    'দুটি মূল্যায়নের পরে (প্রতি “কত ধাপ পরপর মূল্যায়ন” ধাপে) এখানে paper-এর পাশে এই run-এর সংখ্যাগুলো দেখা যাবে।',
  'fig1.accuracySentence':
    '{same, select, yes {এই run-এর (seed {seed, number, ::group-off}) ধাপ {step, number}-এ} other {এই run-এর (seed {seed, number, ::group-off}) সর্বশেষ মূল্যায়নে}} test accuracy {plain} ({plainName}) ও {batchNorm} ({batchNormName}): {verdict}।',
  'fig1.level': 'যমজ দুটি সমান, যেখানে paper-এর BN নেটওয়ার্ক এগিয়ে',
  'fig1.bnAhead': 'BN সহ যমজটি {points} পয়েন্ট এগিয়ে, paper-এর মতোই',
  'fig1.plainAhead': 'BN ছাড়া যমজটি {points} পয়েন্ট এগিয়ে, paper-এর বিপরীতে',
  'fig1.movementSentence':
    'অনুসরণ করা {activation} input, ধাপ {from, number} থেকে {to, number}: {plain}; {batchNorm}; {verdict}।',
  'fig1.describe':
    '{name}: মধ্যমা {from} → {to} (নিজের 15–85 বিস্তারের {shift} গুণ সরেছে), বিস্তার {spreadFrom} → {spreadTo}',
  'fig1.medianCount':
    'মধ্যমা {which, select, same {BN থাকা ও না থাকায় প্রায় সমান} without {BN ছাড়া বেশি} other {BN সহ বেশি}} সরেছে',
  'fig1.spreadCount':
    'বিস্তার {which, select, same {BN থাকা ও না থাকায় প্রায় সমান} without {BN ছাড়া বেশি} other {BN সহ বেশি}} বদলেছে',
  'fig1.still':
    'এখন পর্যন্ত দুটিই স্থির আছে (মধ্যমা বিস্তারের {still}-এর মধ্যে, বিস্তার 10%-এর মধ্যে); paper-এ আরও দীর্ঘ training-এ BN ছাড়া নেটওয়ার্কেরটি সরে যায়',
  'fig1.asPaper': 'paper-এর মতোই, বিন্যাস BN ছাড়া বেশি সরে ({median}, {spread})',
  'fig1.unlikePaper': 'paper-এর বিপরীতে, বিন্যাস BN সহ বেশি সরে ({median}, {spread})',
  'fig1.same': 'বিন্যাস BN থাকা ও না থাকায় প্রায় সমান সরেছে, paper-এর বিপরীতে',
  'fig1.mixed': 'মিশ্র: {median}, {spread}',
};
