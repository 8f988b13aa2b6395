import type { frameEn } from './en-frame';

export const frameBn: Record<keyof typeof frameEn, string> = {
  'heavy.memory':
    'এর প্রায় {memory} memory লাগে, যা একটি browser ট্যাবের worker ধরে রাখতে পারে তার বেশি ({limit}); এটি command line দিয়ে চালান (npm run experiment)',
  'heavy.slow':
    'এই machine-এ প্রতি ধাপে ≈ {perStep} ({speed}/s গতিতে প্রতি ধাপে {stepFlops} ও প্রতি মূল্যায়নে {evaluationFlops}), প্রথম frame-এর আগে ≈ {firstFrame}, {memory} memory',
  'notice.heavyConfirm': 'এই setup পাতায় train হতে অনেক সময় নেয়: {reason}। তবুও চালাবেন?',
  'notice.heavyRefused': 'এই setup পাতায় চালানো যায় না: {reason}।',
  'notice.previousShown': 'ততক্ষণ chart-গুলো আগের setup দেখায়।',
  'notice.nothingTraining': 'এখনো কিছু train হচ্ছে না।',
  'notice.runAnyway': 'তবুও চালান',
  'notice.backToPrevious': 'আগের setup-এ ফিরুন',
  'notice.openWorkedExample': 'করে দেখানো উদাহরণটি খুলুন',
  'notice.workerSilent': 'Training worker {error} (সাড়া দিলে এটি নিজেই মুছে যাবে)।',
  'notice.workerStopped': 'Training worker থেমে গেছে: {error}।',
  'notice.restart': 'আবার শুরু করুন',
  'notice.dismiss': 'সরিয়ে দিন',
  'export.summary': 'Export',
  'export.formatPng': 'PNG',
  'export.formatSvg': 'SVG',
  'export.formatCsv': 'CSV',
  'export.label': '{what} export করুন',
  'export.svg': '{label} SVG হিসেবে',
  'export.png': '{label} PNG হিসেবে',
  'error.notLoaded': '{what} লোড করা গেল না',
  'error.failed': '{what} কাজ করেনি',
  'error.fetch':
    'এর code আনা যায়নি: নেটওয়ার্ক বিচ্ছিন্ন হয়েছে, অথবা এর মধ্যে BatchNorm Lab-এর নতুন সংস্করণ ইনস্টল হয়েছে।',
  'error.stopped': 'একটি ত্রুটিতে এটি থেমে গেছে: {message}',
  'error.retry': 'আবার চেষ্টা করুন',
  'error.reload': 'পাতাটি আবার লোড করুন',
  'term.what': '{term} কী?',
  'glossary.σ₀':
    'σ₀ হলো ধাপ 0-এ একটি layer-এর বিস্তার (মাপা সারিগুলো জুড়ে প্রতিটি unit-এর standard deviation)। “0.35 σ₀ সরেছে” মানে ধাপ 0 থেকে এর বিন্যাস গড়ে শুরুর বিস্তারের প্রায় এক-তৃতীয়াংশ সরেছে — যেকোনো scale-এর যমজ ও layer-এর মধ্যে তুলনা করা যায়।',
  'glossary.W1':
    'দুটি বিন্যাসের মধ্যে 1-Wasserstein distance (earth mover’s distance): একটিকে অন্যটিতে পরিণত করতে মানগুলোকে গড়ে কতদূর সরতে হয়েছে, মানগুলোর নিজের এককে।',
  'glossary.symlog':
    'symlog অক্ষ 0-এর কাছে রৈখিক এবং তার বাইরে লগারিদমিক (দাগ 0, ±1, ±10, …)। কোনো layer এটি পায় যখন একটি নেটওয়ার্কের মানের পরিসর অন্যটির চেয়ে 20 গুণ চওড়া, যাতে দুটিই পড়া যায়।',
  'glossary.β-smoothness':
    'কার্যকর β-smoothness (Santurkar et al., 2018): gradient বরাবর নেওয়া ধাপের প্রতি এককে gradient-এর সবচেয়ে বড় পরিবর্তন, ¼η থেকে 4η ধাপের মাপ জুড়ে। কম মানে gradient loss-কে আরও ভালো আগে থেকে বলে: একটি মসৃণতর landscape।',
  'glossary.ICS':
    'Internal covariate shift, Santurkar et al. (2018) যেভাবে মাপেন: শুধু আগের layer-গুলো তাদের ধাপ নিলে একটি layer-এর gradient কতটা বদলায় (‖G − G′‖/‖G‖, এবং G ও G′-এর মধ্যে cosine)। বড় হলে: layer-টির নিচে তার input সরে গেছে।',
  'glossary.loss band':
    'Loss band: gradient বরাবর ¼η থেকে 4η ধাপ নিলে ধাপের batch-এ সবচেয়ে কম থেকে সবচেয়ে বেশি loss। সরু মানে ধাপের মাপের সঙ্গে loss সামান্যই বদলায়।',
  'drop.hint':
    'লোড করতে একটি experiment file (.json) ছাড়ুন, অথবা train করার জন্য একটি table (.csv, .tsv)',
  'ownData.saving': 'আপনার {rows, plural, other {#টি সারি}} এই ডিভাইস-এ রাখা হচ্ছে…',
  'ownData.restored': 'আপনার {rows, plural, other {#টি সারি}} এই ডিভাইস থেকে ফিরিয়ে আনা হয়েছে।',
  'ownData.kept':
    'আপনার {rows, plural, other {#টি সারি}} এই ডিভাইস-এ রাখা আছে: পাতা আবার লোড করলে সেগুলো ফিরে আসবে।',
  'ownData.notKept':
    'আপনার {rows, plural, other {#টি সারি}} এই ডিভাইস-এ রাখা নেই: {reason}। Export setup সেগুলো একটি file-এ রাখে; ট্যাব বন্ধ করার আগে জিজ্ঞেস করা হবে।',
  'ownData.forget': 'এই ডিভাইস-এ রাখা আমার সারিগুলো মুছে দিন',
  'diagram.twins': 'যমজ দুটি',
  'diagram.cohort': 'নেটওয়ার্কের দল',
  'diagram.layers':
    '{twin, select, twin {{network} যমজের layer-গুলো} other {{network}-এর layer-গুলো}}',
  'diagram.input': 'Input {units, number}',
  'diagram.dense': 'Dense {units, number}',
  'diagram.noise': 'BN + noise',
  'diagram.same':
    'প্রতিটি ভাগ করা layer-এর একই initial weights, একই ক্রমে একই batch, একই optimizer ও learning rate: যেকোনো পার্থক্য আসে normalization layer থেকে।',
};
