import { lessonBn } from './bn-lesson';
import { readingsBn } from './bn-readings';
import { tourBn } from './bn-tour';
import { teachBn } from './bn-teach';
import { scoreBn } from './bn-score';
import { mainBn } from './bn-main';
import { frameBn } from './bn-frame';
import { fieldsBn } from './bn-fields';
import { setupBn } from './bn-setup';
import { shareBn } from './bn-share';
import { viewsBn } from './bn-views';
import { testTimeBn } from './bn-testtime';
import { notesBn } from './bn-notes';
import { optimizationBn } from './bn-optimization';
import { sweepBn } from './bn-sweep';
import { tableBn } from './bn-table';
import { claimsViewBn } from './bn-claimsview';
import { checksBn } from './bn-checks';
import { problemsBn } from './bn-problems';
import type { Catalog } from './en';

/**
 * The Bengali catalog, written for students as the lecture is: Bengali prose, with the
 * technical terms the lecture keeps in English (Batch Normalization, BN, γ, β, ε, mini-batch,
 * learning rate, η, Keras, PyTorch) left in English.
 */
export const bn: Catalog = {
  ...lessonBn,
  ...readingsBn,
  ...tourBn,
  ...teachBn,
  ...scoreBn,
  ...mainBn,
  ...frameBn,
  ...fieldsBn,
  ...setupBn,
  ...shareBn,
  ...viewsBn,
  ...testTimeBn,
  ...notesBn,
  ...optimizationBn,
  ...sweepBn,
  ...tableBn,
  ...claimsViewBn,
  ...checksBn,
  ...problemsBn,
  'app.title': 'BatchNorm Lab',
  'app.keptRun': 'Run এবং আপনার setup যেমন ছিল তেমনই আছে।',
  'presenter.what': 'ক্লাসে দেখানোর মোড',
  'tour.what': 'ট্যুর',
  'tour.opening': 'ট্যুর খুলছে…',
  'app.lede':
    'দুটি যমজ নেটওয়ার্ক: একটিতে Batch Normalization আছে, অন্যটিতে নেই। দুটিই একই initial weights থেকে শুরু করে, একই batch-এ, পাশাপাশি train হয়। “চালান” চাপুন (বা Space)।',
  'app.controls': 'নিয়ন্ত্রণ',
  'app.setupControls': 'Preset ও setup',
  'app.setupSummary': 'Setup: ডেটা, নেটওয়ার্ক, training',
  'app.setupWhat': 'Setup-এর ফর্ম',
  'app.shareSummary': 'শেয়ার, export ও import',
  'app.shareWhat': 'শেয়ার, export ও import',
  'app.viewLoading': 'ভিউটি লোড হচ্ছে…',
  'app.viewWhat': '“{view}” ভিউ',
  'app.viewKept': 'অন্য ভিউগুলোতে run চলতে থাকবে, আর আপনার setup যেমন ছিল তেমনই থাকবে।',
  'status.step': 'ধাপ',
  'status.stepsPerSecond': 'ধাপ/সেকেন্ড',
  'status.learningRate': 'চলতি η',
  'status.loading': 'লোড হচ্ছে…',
  'status.paused': 'থেমে আছে',
  'status.running': 'চলছে',
  'status.pausedAtPlan': 'পরিকল্পনামতো {steps, number} ধাপে থেমেছে: “চালান” চাপলে আবার চলবে',
  'status.loadingSize': '{label} {loaded, number, ::.0} MB',
  'status.loadingOf': '{label}: {total, number, ::.0} MB-এর {loaded, number, ::.0} MB',
  'status.blewUpTwin': '{member} যমজটি {step, number} নম্বর ধাপে blow up করেছে',
  'status.blewUp': '{member} {step, number} নম্বর ধাপে blow up করেছে',
  'member.plain': 'BN ছাড়া',
  'member.batchNorm': 'BN সহ',
  'member.batchNormBefore': 'BN আগে',
  'member.batchNormAfter': 'BN পরে',
  'member.noisyBatchNorm': 'Noisy BN',
  'member.layerNorm': 'Layer Norm',
  'member.groupNorm': 'Group Norm',
  'member.plainDropout': 'BN ছাড়া + dropout',
  'member.batchNormDropout': 'BN + dropout',
  'member.batchRenorm': 'Batch Renorm',
  'placement.legend': 'BN কোথায় বসবে',
  'placement.before': 'Activation-এর আগে',
  'placement.beforeHint': 'Dense → BN → activation (paper-এ যেমন)',
  'placement.after': 'Activation-এর পরে',
  'placement.afterHint': 'Dense → activation → BN (Keras-এ যেমন প্রচলিত)',
  'placement.none': 'নেই',
  'placement.noneHint': 'BN নেই: যমজ দুটি হুবহু এক',
  'preset.deep-relu-xor.title': 'XOR-এ গভীর ReLU নেট',
  'preset.deep-relu-xor.summary':
    'XOR ডেটায় 16 unit-এর 8টি ReLU layer, η = 1.78: এই learning rate BN ছাড়া যমজটি সইতে পারে না। “চালান” চাপুন আর loss chart দেখুন। তারপর η কমিয়ে 0.3 করুন, যেখানে দুটি যমজই train হয়: BN-এর সুবিধা হলো learning rate-এর সেই পরিসর, যেখানে train হয়।',
  'preset.lecture-example.title': 'লেকচারের উদাহরণ',
  'preset.lecture-example.summary':
    'লেকচারের 4 জন ছাত্রছাত্রী (cgpa, iq → placed) আর তার Keras model Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), Keras-এর BatchNormalization()-এর default মান নিয়ে: momentum 0.99, ε = 0.001। 4টি সারিই একটি batch এবং সবগুলোই train হয়, তাই কোনো test split নেই, আর প্রতিটি figure-ই training-এর figure। “Test time-এ BN” ভিউতে একটি batch হাতে-কলমে BN-এর ভেতর দিয়ে অনুসরণ করুন।',
  'preset.worked-example.title': 'হাতে-কলমে উদাহরণ: 60 জন কাল্পনিক ছাত্রছাত্রী',
  'preset.worked-example.summary':
    'লেকচারের model, Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), cgpa আর iq-এর 60টি কাল্পনিক সারিতে: সারিগুলো লেকচারের টেবিলের মতো করে বানানো, তার এক-চতুর্থাংশ test-এর জন্য আলাদা রাখা, η = 0.1। এত ছোট নেট খুব বেশি কিছু দেখায় না: দুটি যমজই টেবিলটি শিখে ফেলে এবং প্রায় একই η-তে train হওয়া থামায়; কোথায় পার্থক্য আছে, scoreboard তা বলে।',
  'preset.deep-saturating.title': '2-D ডেটায় গভীর sigmoid নেট',
  'preset.deep-saturating.summary':
    'বড় Gaussian weights (σ = 2) নিয়ে 8 unit-এর 6টি sigmoid layer, circle ডেটায়, η = 0.5: BN ছাড়া যমজটির sigmoid input সরে যায় (drift) এবং saturate করে। BN সহ যমজটির input হলো BN-এর output, যা গঠনের কারণেই কেন্দ্রে থাকে: BN যে সরণ শুষে নেয়, তা দেখতে “BN কী পায়” দেখান। দুটিই circle শিখে ফেলে, তাই শুধু loss নয়, distribution-গুলোও দেখুন।',
  'preset.high-learning-rate.title': 'উঁচু learning rate',
  'preset.high-learning-rate.summary':
    '8 unit-এর 6টি ReLU layer, η = 2: কয়েকশো ধাপের মধ্যেই BN ছাড়া যমজটির বেশিরভাগ ReLU 0 দেয় এবং যমজটি আন্দাজে বলার (chance) কাছাকাছি আটকে থাকে, অথচ BN সহ যমজটি train হয়; কতগুলো seed-এ এমন হলো, scoreboard তা গুনে দেখায়।',
  'preset.bad-init.title': 'খারাপ initialization',
  'preset.bad-init.summary':
    '6টি tanh layer-এ খুব ছোট Gaussian initial weights (σ = 0.001), η = 0.1: BN ছাড়া যমজটির signal মিলিয়ে যায় (তার গভীর layer-গুলো মিলিয়ে যাওয়া হিসেবে আঁকা হয়) এবং যমজটি আটকে যায়; BN প্রতিটি layer-কে আবার scale করে, আর BN সহ যমজটি train হয়।',
  'preset.paper.title': 'BN paper-এর Figure 1 (MNIST)',
  'preset.paper.summary':
    'আসল MNIST অঙ্ক, sigmoid unit নিয়ে 784-100-100-100-10, 60-এর batch, ছোট Gaussian initial weights, SGD: test accuracy এবং শেষ layer-এর একটি sigmoid-এর input-এর 15/50/85তম percentile, যেমন Ioffe ও Szegedy (2015)-এ।',
  'presets.legend': 'Preset',
  'presets.lookFor': 'যা দেখবেন:',
  'bands.notMeasured': 'এখনো মাপা হয়নি',
  'bands.measuringSoFar': 'মাপা হচ্ছে (এ পর্যন্ত {rates, plural, one {#টি rate} other {#টি rate}})',
  'bands.none': 'মাপা কোনো rate-এ train হয় না',
  'bands.toEnd': 'η = {edge} পর্যন্ত train হয় (slider-এর শেষ প্রান্ত)',
  'bands.upTo':
    'η = {edge} পর্যন্ত train হয়; {next}-এ {outcome, select, tooSlow {খুব ধীরে এগোয়} stalls {আটকে যায়} blowsUp {blow up করে} other {train হয়}}',
  'bands.label': 'প্রতিটি learning rate-এ স্থিতিশীল পরিসর। {rows}।',
  'bands.failed': 'Band-গুলো মাপা যায়নি: {message}।',
  'bands.held':
    'এত ভারী setup-এর band মাপা হয় run থেমে থাকার সময়: এ পর্যন্ত {cells, number}টির মধ্যে {done, number}টি ছোট run।',
  'bands.measuring':
    'আপনার setup-এর band মাপা হচ্ছে: {cells}টির মধ্যে {done}টি ছোট run ({seeds}টি seed, প্রতিটিতে {steps} ধাপ)।',
  'bands.done':
    'Band {source, select, preset {এই preset-এর জন্য আগেই মাপা} other {এখানে মাপা}}: প্রতিটি rate-এ {seeds, number}টি seed × {steps, number, ::group-off} ধাপ, বেশিরভাগ seed-এর ফল।',
  'bands.legend': 'Band-এর রং',
  'outcome.trains': 'train হয়',
  'outcome.tooSlow': 'খুব ধীর',
  'outcome.stalls': 'আটকে যায়',
  'outcome.blowsUp': 'blow up করে',
  'network.plain': 'BN ছাড়া যমজ',
  'network.batchNorm': 'BN সহ যমজ',
  'distributions.title': 'প্রতিটি layer-এর distribution',
  'distributions.show': 'দেখান',
  'tap.preActivation': 'Activation-এর input',
  'tap.postActivation': 'Layer-এর output',
  'tap.bnInput': 'BN কী পায়',
  'distributions.what': 'layer-এর distribution-গুলো',
  'distributions.how': 'এই chart-গুলো কীভাবে পড়বেন',
  'distributions.read':
    'যত গাঢ়, মান তত ঘন; রেখাগুলো 15তম, 50তম আর 85তম percentile (BN paper-এর Figure 1-এর মতো)। প্রতিটি ভিউ প্রতি ধাপে একই {rows, plural, =0 {} other {#টি }}training সারিতে মাপা হয়, সবগুলো একটি batch হিসেবে সামনে পাঠিয়ে (BN সেগুলোকে তাদের নিজেদের statistics দিয়ে normalize করে; কিছুই update হয় না)।',
  'distributions.readBnInput':
    'BN কী পায়: যে সরণ BN শুষে নেয় (তুলনার জন্য, একই জায়গায় BN ছাড়া যমজটির মান)।',
  'distributions.readPreBefore':
    'BN সহ যমজটির activation-এর input হলো BN-এর output, তাই গঠনের কারণেই তা কেন্দ্রে থাকে; BN ছাড়া যমজটিরটা ইচ্ছেমতো সরে।',
  'distributions.readPre': 'Activation-এর input: nonlinearity যা দেখে।',
  'distributions.readPostAfter':
    'BN activation-এর পরে থাকলে, BN সহ যমজটির layer-এর output হলো BN-এর output।',
  'distributions.readPost': 'Layer-এর output: পরের layer যা পায়।',
  'distributions.readRows':
    'প্রতিটি সারি কথায় বলে: ধাপ 0 থেকে প্রতিটি যমজের layer কতটা সরেছে (<sigma>σ₀</sigma>-এ, drift bar যেমন আঁকে), তার বিস্তার কীভাবে বদলেছে, সেটি কেন্দ্রে আছে কি না, আর তার কতটা এমন জায়গায় আছে যেখানে activation সমতল; ঠিক সংখ্যাগুলো দেখতে কোনো লাইনের ওপর pointer রাখুন বা focus করুন (drift-কে মানগুলোর এককে <w1>1-Wasserstein distance</w1> হিসেবেও দেখানো হয়)। γ আর β হলো BN layer-এর শেখা scale আর shift। যে layer-এ নেটওয়ার্কগুলোর scale 20 গুণ আলাদা, তার মানের অক্ষ হয় <symlog>symlog</symlog>, heatmap-এর নিচে তা লেখা থাকে। ধাপ, সেখানকার bin-এর গণনা ও মানের ভাগ, আর percentile দেখতে heatmap বা histogram-এর ওপর pointer রাখুন; ওপরের Replay যেকোনো রেকর্ড করা ধাপ দেখায়।',
  'app.loading': 'লোড হচ্ছে…',
  'replay.label': 'আবার দেখুন',
  'replay.live': 'লাইভ',
  'replay.step': 'ধাপ {step, number}',
  'replay.liveButton': 'লাইভ',
  'replay.latest': 'সবশেষ frame দেখানো হচ্ছে',
  'replay.showing': 'ধাপ {step, number} দেখানো হচ্ছে (training চলতে থাকে)',
  'replay.memory':
    'সর্বোচ্চ {max, number}টির মধ্যে {frames, number}টি frame রাখা আছে, প্রতি ≈ {every, number} ধাপে একটি ({bytes})',
  'loss.title': 'Loss ও accuracy',
  'loss.logScale': 'লগ স্কেল',
  'loss.what': 'loss ও accuracy',
  'loss.legendTest':
    '━ batch loss (মসৃণ করা) · ╌ test loss · accuracy: ━ test, ┄ train (BN সহ যমজটি inference mode-এ)',
  'loss.legendNoTest':
    '━ batch loss (মসৃণ করা) · accuracy: ┄ train (BN সহ যমজটি inference mode-এ) · কোনো test সারি নেই: {rows, number}টি সারির সবগুলোই train হয়',
  'loss.trainScored':
    ' · train score প্রথম {scored, number}টি training সারিতে (মোট {rows, number}টি)',
  'loss.testScored': ' · test score প্রথম {scored, number}টি test সারিতে (মোট {rows, number}টি)',
  'loss.lossLabel': 'Training-এর ধাপ জুড়ে {networks} loss',
  'loss.accuracyLabel': 'Training-এর ধাপ জুড়ে {networks} accuracy',
  'networks.both': 'দুটি যমজের',
  'networks.all': 'প্রতিটি নেটওয়ার্কের',
  'language.label': 'ভাষা',
  'language.digits': 'অঙ্ক',
  'language.digitsLatn': '123 (ইংরেজি)',
  'language.digitsBeng': '১২৩ (বাংলা)',
  'transport.play': 'চালান',
  'transport.pause': 'থামান',
  'transport.step': 'এক ধাপ',
  'transport.reset': 'রিসেট',
  'transport.learningRate': 'Learning rate',
  'transport.speed': 'গতি',
  'transport.speedMax': 'যত দ্রুত সম্ভব',
  'transport.speedSteps': 'প্রতি frame-এ {steps, plural, one {#টি ধাপ} other {#টি ধাপ}}',
  'transport.more': 'গতি ও ঠিক η',
  'transport.exact': 'ঠিক η',
  'transport.exactHelp': 'যেকোনো learning rate লিখুন (slider 10^0.05 ধাপে সরে)।',
  'transport.exactError': 'ঠিক η: 0-এর বেশি এবং সর্বোচ্চ {max, number}, এমন একটি সংখ্যা',
  'views.label': 'ভিউ',
  'view.live': 'লাইভ',
  'view.figure-1': 'Figure 1',
  'view.test-time': 'Test time-এ BN',
  'view.stable-range': 'স্থিতিশীল পরিসর',
  'view.optimization': 'Optimization',
  'view.notes': 'নেটওয়ার্ক ও নোট',
  'view.claims': 'দাবিগুলো',
  'tour.take': 'ট্যুর শুরু করুন',
  'tour.resume': 'ট্যুর আবার শুরু করুন (ধাপ {step, number}, মোট {total, number})',
  'present.open': 'ক্লাসে দেখান',
  'theme.dark': 'ডার্ক থিম',
};
