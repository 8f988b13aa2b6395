import type { scoreEn } from './en-score';

export const scoreBn: Record<keyof typeof scoreEn, string> = {
  'score.title': 'BN-এর চারটি সুবিধা, মেপে দেখা',
  'score.claimHeader': 'দাবি, {seeds, number}টি seed জুড়ে মাপা',
  'score.verdictHeader': 'রায়',
  'score.measuring': 'মাপা হচ্ছে…',
  'score.rowEdge': 'সবচেয়ে বড় যে η-তে train হয়',
  'score.rowSpeed':
    '{eta, select, none {} other {η = {eta}-এ }}{on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ পৌঁছাতে কত ধাপ',
  'score.rowGap': 'ধাপ {steps, number}-এ train ও test accuracy-র ব্যবধান',
  'score.rowInit': 'যতগুলো init scale-এ train হয় (×0.01 … ×100)',
  'score.claimEdge': '1 স্থিতিশীল, 2 দ্রুত',
  'score.claimSpeed': '2 দ্রুত',
  'score.claimGap': '3 regularizer',
  'score.claimInit': '4 init',
  'score.verdict':
    '{verdict, select, batchNorm {BN এগিয়ে} plain {BN ছাড়া এগিয়ে} tie {সমান} other {তুলনা করা যায় না}}',
  'score.failed': 'মাপা যায়নি: {message}।',
  'score.workerFailed': 'একটি worker ব্যর্থ হয়েছে',
  'score.measuringHere':
    'পেছনে আপনার setup মাপা হচ্ছে: {total}টির মধ্যে {done, number}টি ছোট run{held, select, yes { (এত ভারী setup মাপা হয় run থেমে থাকার সময়)} other {}}।',
  'score.fromPreset':
    'এই preset-এর জন্য আগেই {seeds, number}টি seed জুড়ে মাপা, সেই code দিয়েই যা পেজ আর command line চালায়।',
  'score.fromPresetBands':
    'সবচেয়ে বড় η এই preset-এর জন্য আগেই মাপা; η = {eta}-এর সারিগুলো এখানে মাপা, {seeds, number}টি seed জুড়ে।',
  'score.fromHere': 'আপনার setup-এর জন্য এখানে {seeds, number}টি seed জুড়ে মাপা।',
  'score.noTestRows':
    ' Test-এর জন্য কোনো সারি আলাদা রাখা নেই, তাই accuracy হলো training সারিগুলোর, আর train ও test-এর ব্যবধান মাপার কিছু নেই।',
  'score.none': 'কোনোটিতে না',
  'score.never': 'কখনো না',
  'score.neverWhy': 'কখনো না ({why})',
  'score.dashWhy': '– ({why})',
  'score.range': '{value} ({low}–{high})',
  'score.points': '{value} পয়েন্ট',
  'score.ofScales': '{scales, number}টির মধ্যে {value}টি',
  'score.sliderEnd': '{value} (slider-এর শেষ প্রান্ত)',
  'score.ended':
    '{outcome, select, tooSlow {খুব ধীর} stalls {আটকে গেছে} blowsUp {blow up করেছে} other {train হয়েছে}} {count, number}',
  'score.endedOf':
    '{outcome, select, tooSlow {খুব ধীর} stalls {আটকে গেছে} blowsUp {blow up করেছে} other {train হয়েছে}} {seeds, number}টির মধ্যে {count, number}টি',
  'score.edgeBatchNorm':
    'BN বেশি learning rate-এ train হয়: η = {bn} পর্যন্ত, BN ছাড়া {plain} পর্যন্ত (median)।',
  'score.edgePlain':
    'এখানে BN ছাড়া যমজটি BN-এর চেয়ে বেশি learning rate-এ train হয়: η = {plain} পর্যন্ত, BN {bn} পর্যন্ত।',
  'score.edgeTie':
    'যে সবচেয়ে বড় learning rate-এ যমজরা train হয়, seed জুড়ে তা একে অপরের ওপর পড়ে (median {plain} আর {bn}): স্থিতিশীলতায় স্পষ্ট কোনো পার্থক্য নেই।',
  'score.inSteps': '{steps} ধাপে ({seeds, number}টি seed-এর median)',
  'score.onSeedsOnly': 'শুধু {seeds, number}টির মধ্যে {reached, number}টি seed-এ',
  'score.neverDoes': 'কখনো পৌঁছায় না ({why})',
  'score.notWithin': '{steps, number} ধাপের মধ্যে নয়',
  'score.speedNeither':
    'কোনো যমজই {eta, select, none {} other {η = {eta}-এ }}{steps, number} ধাপের মধ্যে {on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ পৌঁছায় না।',
  'score.speedOnly':
    '{eta, select, none {এখানে} other {η = {eta}-এ}} {twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} {on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ পৌঁছায় {seeds}; {twin, select, plain {BN সহ যমজটি} other {BN ছাড়া যমজটি}} {never}।',
  'score.speedSooner':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} {eta, select, none {} other {η = {eta}-এ }}{on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ আগে পৌঁছায়: {ahead}, {twin, select, plain {BN সহ যমজটি} other {BN ছাড়া যমজটি}} {behind}।',
  'score.speedTie':
    'দুটি যমজই {eta, select, none {} other {η = {eta}-এ }}{on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ প্রায় সমান ধাপে পৌঁছায় (median {plain} আর {bn}; seed-গুলো একে অপরের ওপর পড়ে): এখানে গতি বাড়ার কিছু দেখা যায় না।',
  'score.gapBatchNorm':
    'BN-এর train ও test-এর ব্যবধান ছোট ({bn}, BN ছাড়া {plain} পয়েন্ট): একটি regularizing প্রভাব।',
  'score.gapPlain':
    'BN-এর train ও test-এর ব্যবধান বড় ({bn}, BN ছাড়া {plain} পয়েন্ট): এখানে কোনো regularizing প্রভাব নেই।',
  'score.gapTie':
    'এখানে কোনো regularizing প্রভাব দেখা যায় না: train ও test-এর ব্যবধানগুলো একে অপরের ওপর পড়ে ({plain} আর {bn} পয়েন্ট)।',
  'score.gapCannot':
    '{eta, select, none {} other {η = {eta}-এ }}train ও test-এর ব্যবধান তুলনা করা যায় না: {why}।',
  'score.gapDidNotTrain':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} প্রতিটি seed-এ train হয়নি ({failures})',
  'score.initBatchNorm':
    'BN বেশি initial weight scale থেকে train হয়{eta, select, none {} other { (η = {eta})}}: {scales, number}টির মধ্যে {bn}টি, BN ছাড়া {plain}টি।',
  'score.initPlain':
    'BN ছাড়া যমজটি বেশি initial weight scale থেকে train হয়{eta, select, none {} other { (η = {eta})}}: {scales, number}টির মধ্যে {plain}টি, BN {bn}টি।',
  'score.initTie':
    'দুটি যমজই সমান সংখ্যক initial weight scale থেকে train হয়{eta, select, none {} other { (η = {eta})}} ({scales, number}টির মধ্যে {plain}টি আর {bn}টি)।',
  'score.showsEdge':
    '{steps, number} ধাপের run-এ বেশি learning rate-এ train হওয়া (BN সহ {bn} পর্যন্ত, BN ছাড়া {plain} পর্যন্ত)',
  'score.showsSpeed':
    '{eta, select, none {} other {η = {eta}-এ }}{on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ আগে পৌঁছানো (BN সহ {bn} ধাপ, BN ছাড়া {plain})',
  'score.showsGap': 'train ও test-এর ছোট ব্যবধান (BN সহ {bn} পয়েন্ট, BN ছাড়া {plain})',
  'score.showsInit':
    'বেশি initial weight scale থেকে train হওয়া (BN সহ {scales, number}টির মধ্যে {bn}টি, BN ছাড়া {plain}টি)',
  'score.claim':
    '{row, select, edge {train হওয়া learning rate-এ পার্থক্য} speed {গতিতে পার্থক্য} gap {regularizing প্রভাব} other {initial weights-এর প্রতি সংবেদনশীলতায় পার্থক্য}}',
  'score.notIncomparable':
    '{claim} ({eta, select, none {} other {η = {eta}-এ }}একটি যমজ {how, select, blewUp {blow up করেছে} other {train হয়নি}})',
  'score.notNeither':
    '{claim} ({eta, select, none {} other {η = {eta}-এ }}কোনো যমজই {on, select, test {test} other {training}} accuracy {target, number, ::percent}-এ পৌঁছায় না)',
  'score.notNoInit':
    '{claim} ({eta, select, none {} other {η = {eta}-এ }}কোনো যমজই কোনো init scale থেকে train হয় না)',
  'score.notOverlap': '{claim} (seed-গুলো একে অপরের ওপর পড়ে)',
  'score.listTwo': '{first} এবং {last}',
  'score.listMore': '{first}, {last}',
  'score.partShows': 'BN-এর {list} দেখায়',
  'score.partShowsPlain': 'BN ছাড়া যমজটির {list} দেখায়',
  'score.partNot': '{list} দেখায় না',
  'score.parts': '{first}; আর {then}',
  'score.summary': '{seeds, number}টি seed জুড়ে এই setup {parts}।',
};
