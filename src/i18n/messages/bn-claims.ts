import type { ClaimKey } from './en-claims';

/** The claims gallery in Bengali (see en-claims.ts); sources, method names and symbols stay as published. */
export const claimsBn: Record<ClaimKey, string> = {
  'col.plain': 'BN ছাড়া',
  'col.withBn': 'BN সহ',
  'col.bnBefore': 'BN আগে',
  'col.bnAfter': 'BN পরে',
  'col.plainDropout': 'BN ছাড়া + dropout',
  'col.bnDropout': 'BN + dropout',
  'col.noisy': 'Noisy BN',
  'col.layerNorm': 'Layer Norm',
  'col.groupNorm': 'Group Norm',
  'col.renorm': 'Batch Renorm',
  'col.bnTest': 'BN সহ (test accuracy)',
  blewUp: 'blow up করেছে',
  notMeasured: 'মাপা হয়নি',
  'spread.all': '{word} (সবগুলো, {count, number}টি)',
  'spread.some': '; {count, number}টির মধ্যে {missing, number}টি {word}',
  of: '{total, number}টির মধ্যে {count, number}টি',
  'rate.none': 'কোনোটিই train হয় না',
  pts: '{value} পয়েন্ট',
  none: 'কোনোটিই না',
  testDigits: '{count, number}টি test অঙ্ক',
  'ioffe-figure-1.source': 'Ioffe & Szegedy 2015, Figure 1',
  'ioffe-figure-1.claim':
    'BN সহ MNIST নেটওয়ার্ক আরও তাড়াতাড়ি বেশি test accuracy-তে পৌঁছায়, আর শেষ layer-এর একটি sigmoid-এর input-এর বিন্যাস (তার 15তম, 50তম ও 85তম percentile) বেশি স্থির থাকে।',
  'ioffe-figure-1.setup':
    'পুরো MNIST-এ paper-এর নেটওয়ার্ক: 784-100-100-100-10 sigmoid, N(0, 0.1²) weights, SGD η = 0.5, 60 মাপের batch, প্রতিটি sigmoid-এর আগে BN; প্রতি 500 ধাপে test accuracy; অনুসরণ করা unit হলো শেষ hidden layer-এর প্রথমটি।',
  'ioffe-figure-1.differs':
    'Paper-এর 50,000-এর বদলে {steps, number} ধাপ; paper-এর η ও initialization ঠিকঠাক বলা নেই (আমরা পাতার Figure 1 preset ব্যবহার করি)।',
  'ioffe-figure-1.criterion':
    'খাটে যখন প্রতিটি seed-এ ধাপ 500, 1,000 ও 2,000-এ BN সহ যমজের test accuracy BN ছাড়া যমজের চেয়ে বেশি (আগে, বেশি), আর প্রতিটি seed-এ তার অনুসরণ করা unit-এর মধ্যমা training জুড়ে কম সরে (বেশি স্থির); আংশিক যখন দুটির একটি; খাটে না যখন কোনোটিই না।',
  'ioffe-figure-1.rowAccuracy': 'ধাপ {step, number}-এ test accuracy',
  'ioffe-figure-1.rowTravel': 'Unit-এর মধ্যমা: অতিক্রান্ত দূরত্ব (তার 15–85 বিস্তারের গুণিতকে)',
  'ioffe-figure-1.reading':
    'প্রতিটি seed-এ ধাপ 500–2,000-এ বেশি: {sooner, select, yes {হ্যাঁ} other {না}}। BN সহ unit-এর মধ্যমা কম সরেছে {steadier} seed-এ।',
  'ioffe-learning-rates.source': 'Ioffe & Szegedy 2015, §3.3',
  'ioffe-learning-rates.claim':
    'Batch Normalization একই নেটওয়ার্কের BN ছাড়া রূপের চেয়ে অনেক বড় learning rate সম্ভব করে।',
  'ioffe-learning-rates.setup':
    'Circle set-এ 8 unit-এর ছয়টি ReLU layer (He init), SGD, 32 মাপের batch, প্রতি run-এ 500 ধাপ, 0.01 থেকে 10 পর্যন্ত 7টি learning rate-এ; ReLU-এর আগে BN (যমজটি) এবং পরে BN (তৃতীয় একটি নেটওয়ার্ক)। কোনো rate train হয় যখন অন্তত অর্ধেক seed loss threshold-এর (ln 2-এর 75%) নিচে শেষ হয়।',
  'ioffe-learning-rates.differs':
    'Paper ImageNet-এ Inception train করে η 5× ও 30× বাড়ায়; আমরা 2-D ডেটায় একটি ছোট MLP-তে sweep করি, তাই সংখ্যাগুলো আমাদের, paper-এর নয়।',
  'ioffe-learning-rates.criterion':
    'খাটে যখন activation-এর আগে BN এবং পরে BN — দুই ক্ষেত্রেই train হওয়া সবচেয়ে বড় η BN ছাড়া যমজেরটির অন্তত 3×; আংশিক যখন একটি অবস্থানে; খাটে না যখন কোনোটিতেই না।',
  'ioffe-learning-rates.rowHighest': 'Train হওয়া সবচেয়ে বড় η',
  'ioffe-learning-rates.reading':
    'BN আগে: BN ছাড়া যমজের সবচেয়ে বড় η-এর {before, select, yes {অন্তত 3×} other {3× নয়}}; BN পরে: {after, select, yes {অন্তত 3×} other {3× নয়}}।',
  'ioffe-regularizes.source': 'Ioffe & Szegedy 2015, §3.4',
  'ioffe-regularizes.claim':
    'BN মডেলকে regularize করে এবং dropout-এর প্রয়োজন কমায় (লেকচারের সুবিধা 3: সামান্য regularizing প্রভাব)।',
  'ioffe-regularizes.setup':
    'Paper-এর MNIST নেটওয়ার্ক প্রথম {rows, number}টি training অঙ্কে 2,000 ধাপ (120 epoch) train করা এবং 10,000টির সবগুলোতে test করা: BN ছাড়া, BN ছাড়া + dropout, BN, BN + dropout (প্রতিটি hidden layer-এর পরে 0.2 হার)।',
  'ioffe-regularizes.differs':
    'Paper-এর প্রমাণ ImageNet-এ dropout সরিয়ে Inception; ছোট একটি training set একটি MLP-তে কয়েক মিনিটেই overfitting চোখে পড়ার মতো করে।',
  'ioffe-regularizes.criterion':
    'খাটে যখন প্রতিটি seed-এ BN সহ যমজের train − test accuracy-র ব্যবধান BN ছাড়া যমজেরটির চেয়ে ছোট, এবং শুধু BN অন্তত BN ছাড়া + dropout-এর সমান ভালো test করে (মধ্যমা); আংশিক যখন শুধু ব্যবধান ছোট; খাটে না যখন তা নয়।',
  'ioffe-regularizes.rowTrain': 'Train accuracy',
  'ioffe-regularizes.rowTest': 'Test accuracy',
  'ioffe-regularizes.rowGap': 'Train − test ব্যবধান',
  'ioffe-regularizes.reading':
    'BN-এর ব্যবধান BN ছাড়া যমজেরটির চেয়ে ছোট ছিল {smaller} seed-এ; শুধু BN test করেছে BN ছাড়া + dropout-এর {enough, select, yes {অন্তত সমান ভালো} other {চেয়ে খারাপ}} (মধ্যমা)।',
  'ioffe-init-scale.source': 'Ioffe & Szegedy 2015, §3.3',
  'ioffe-init-scale.claim':
    'Batch Normalization training-কে parameter-এর scale-এর প্রতি বেশি সহনশীল করে: initial weights-এর scale-এ এটি টলে না।',
  'ioffe-init-scale.setup':
    'Circle set-এ 8 unit-এর ছয়টি hidden layer, η = 0.1, 500 ধাপ, initial weights-কে 0.01, 0.1, 1, 10 ও 100 দিয়ে গুণ করা (ReLU-তে He init, tanh-এ Glorot)। কোনো scale train হয় যখন অন্তত অর্ধেক seed loss threshold-এর নিচে শেষ হয়।',
  'ioffe-init-scale.differs':
    'Paper এটি BN-এর scale invariance থেকে যুক্তি দিয়ে দেখায়; আমরা train হওয়া scale গুনি।',
  'ioffe-init-scale.criterion':
    'খাটে যখন ReLU ও tanh দুটিতেই BN সহ যমজ 5টি scale-এর মধ্যে BN ছাড়া যমজের চেয়ে বেশিগুলোতে train হয়; আংশিক একটিতে; খাটে না কোনোটিতেই না।',
  'ioffe-init-scale.scales': '5টির মধ্যে {count, number}টি ({scales})',
  'ioffe-init-scale.row': 'Train হওয়া scale, {activation}',
  'ioffe-init-scale.readingPart':
    '{activation}: 5টি scale-এর মধ্যে BN {bn, number}টি, BN ছাড়া {plain, number}টি',
  'ioffe-init-scale.reading': '{parts}।',
  'placement.source': 'Ioffe & Szegedy 2015, §3.2, প্রচলিত চর্চার বিপরীতে',
  'placement.claim':
    'BN activation-এর পরে (যেমন অনেক চর্চায় ও লেকচারের Keras মডেলে) ঠিক ততটাই কাজ করে যতটা আগে, যেখানে paper এটি রাখে।',
  'placement.setup':
    'Circle set-এ sigmoid, tanh ও ReLU সহ 8 unit-এর ছয়টি hidden layer, 500 ধাপ, 0.01 থেকে 10 পর্যন্ত 7টি learning rate: BN ছাড়া, BN আগে, BN পরে।',
  'placement.differs': 'Paper “আগে”-র পক্ষে যুক্তি দেয় এবং “পরে” পরীক্ষা করে না; আমরা দুটিই মাপি।',
  'placement.criterion':
    'খাটে যখন প্রতিটি activation-এ BN পরে এমন η পর্যন্ত train হয় যা অন্তত BN ছাড়া যমজেরটির সমান এবং BN আগে-র 3.16 গুণের (grid-এর এক ধাপ) মধ্যে; আংশিক যখন কিছু activation-এ; খাটে না যখন কোনোটিতেই না।',
  'placement.row': 'Train হওয়া সবচেয়ে বড় η, {activation}',
  'placement.readingAll': 'প্রতিটি activation-এ BN পরে, BN আগে ও BN ছাড়া যমজের সঙ্গে তাল রেখেছে।',
  'placement.readingBehind':
    '{activations}-এ BN পরে পিছিয়ে পড়েছে (BN ছাড়া যমজের নিচে, অথবা BN আগে-র চেয়ে grid-এর এক ধাপের বেশি নিচে)।',
  and: '{first} ও {second}',
  'santurkar-noisy-bn.source': 'Santurkar et al. 2018, Figure 2',
  'santurkar-noisy-bn.claim':
    '“Noisy” BN — BN-এর পরে এমন noise যার mean ও variance প্রতি ধাপে বদলায় — প্রায় BN-এর মতোই train হয়, যদিও এর layer-গুলোর input-এর বিন্যাস BN ছাড়া নেটওয়ার্কেরগুলোর চেয়ে কম স্থির।',
  'santurkar-noisy-bn.setup':
    'প্রথম {rows, number}টি training অঙ্কে paper-এর MNIST নেটওয়ার্ক, 2,000 ধাপ: BN ছাড়া, BN, ও noisy BN। Noisy BN প্রতিটি নমুনার প্রতিটি মানকে তার নিজের scale দিয়ে গুণ করে ও নিজের shift যোগ করে; প্রতি ধাপে প্রতিটি unit-এর scale-গুলো নতুন গড় পায় U(0.5, 1.5) থেকে ও বিস্তার U(0, 0.5) থেকে, আর shift-গুলো গড় U(−1, 1) থেকে ও বিস্তার U(0, 1) থেকে। স্থিতিশীলতা: প্রতি 50 ধাপে, 256টি training অঙ্কে শেষ hidden layer-এর sigmoid input, training mode-এ, পরের layer যেভাবে দেখে (noise সহ); unit ধরে ধরে, শেষ মাপের পর থেকে প্রতিটির বিন্যাস কতদূর সরেছে (1-Wasserstein distance), তার standard deviation-এর এককে, unit ও run জুড়ে গড় করা।',
  'santurkar-noisy-bn.differs':
    'Paper CIFAR-10-এ VGG train করে এবং noise-এর parameter শুধু মোটামুটি বলে; আমাদের noise তার বর্ণনা মেনে চলে (প্রতি নমুনা ও unit-এ i.i.d., শূন্য নয় এমন mean, এক নয় এমন variance, প্রতি ধাপে নতুন করে নেওয়া) একটি MLP-তে।',
  'santurkar-noisy-bn.criterion':
    'খাটে যখন noisy BN-এর মধ্যমা test accuracy BN-এর 2 পয়েন্টের মধ্যে ও BN ছাড়া যমজেরটির ওপরে, এবং প্রতিটি seed-এ তার layer input প্রতি মাপে BN ছাড়া যমজেরটির চেয়ে বেশি সরে; আংশিক যখন accuracy-র অংশ খাটে কিন্তু স্থিতিশীলতার অংশ নয়; খাটে না যখন noisy BN, BN-এর চেয়ে 2 পয়েন্টের বেশি নিচে (বা BN ছাড়ার ওপরে নয়)।',
  'santurkar-noisy-bn.rowTest': 'Test accuracy',
  'santurkar-noisy-bn.rowShift':
    'শেষ layer-এর input, training mode: প্রতি 50 ধাপে প্রতিটি unit-এর সরণ (তার std-এর গুণিতকে)',
  'santurkar-noisy-bn.reading':
    'Noisy BN {trains, select, yes {BN-এর 2 পয়েন্টের মধ্যে ও BN ছাড়ার ওপরে train হয়েছে} other {BN-এর 2 পয়েন্টের মধ্যে ও BN ছাড়ার ওপরে train হয়নি}}; এর layer input BN ছাড়া যমজেরটির চেয়ে বেশি সরেছে {unstable} seed-এ।',
  finalLoss: 'শেষে train loss',
  'santurkar-ics.source': 'Santurkar et al. 2018, Figure 4',
  'santurkar-ics.claim':
    'BN internal covariate shift কমায় না, যা ‖G − G′‖/‖G‖ ও cos(G, G′) দিয়ে মাপা: আগের layer-গুলো ধাপ নিলে একটি layer-এর gradient কতটা বদলায়।',
  'santurkar-ics.setup':
    'পাতার শুরুর নেটওয়ার্ক (16-এর 8টি ReLU layer, XOR) η = 0.3-এ, যেখানে দুই যমজই train হয়, 2,000 ধাপ, প্রতি 100 ধাপে মাপা; প্রতিটি পর্বে প্রতিটি layer-এর মধ্যমা, Dense layer 2–9 জুড়ে গড় করা।',
  'santurkar-ics.differs':
    'Paper CIFAR-10-এ VGG ও গভীর linear নেটওয়ার্ক মাপে; আমরা 2-D ডেটায় একটি MLP মাপি, training-এর দুটি পর্বে।',
  'santurkar-ics.criterion':
    'খাটে যখন প্রতিটি পর্বে অন্তত অর্ধেক seed-এ BN সহ যমজের ‖G − G′‖/‖G‖ অন্তত BN ছাড়া যমজেরটির সমান (BN এটি কমায়নি); আংশিক যখন শুধু একটি পর্বে; খাটে না যখন দুই পর্বেই বেশিরভাগ seed-এ BN-এরটি ছোট।',
  'santurkar-ics.rowChange': '‖G − G′‖/‖G‖, ধাপ {from, number}–{to, number}',
  'santurkar-ics.rowCosine': 'cos(G, G′), ধাপ {from, number}–{to, number}',
  'santurkar-ics.readingWindow': 'ধাপ {from, number}–{to, number}-এ {count} seed-এ',
  'santurkar-ics.reading': 'BN-এর পরিবর্তন অন্তত BN ছাড়া যমজেরটির সমান ছিল {windows}।',
  'santurkar-landscape.source': 'Santurkar et al. 2018, Figure 5',
  'santurkar-landscape.claim':
    'BN loss landscape-কে মসৃণ করে: gradient বরাবর loss কম বদলায়, gradient বেশি predictive হয়, আর কার্যকর β-smoothness কম হয়।',
  'santurkar-landscape.setup':
    'পাতার শুরুর নেটওয়ার্ক (16-এর 8টি ReLU layer, XOR) η = 0.3-এ, 2,000 ধাপ; প্রতি 100 ধাপে η/4 থেকে 4η পর্যন্ত η′-এর জন্য θ − η′g-তে loss ও gradient মাপা হয়; প্রতিটি মাপ run জুড়ে মধ্যমা।',
  'santurkar-landscape.differs':
    'Paper CIFAR-10-এ VGG নানা মাপের ধাপে মাপে; আমরা 2-D ডেটায় একটি MLP ব্যবহার করি।',
  'santurkar-landscape.criterion':
    'খাটে যখন প্রতিটি seed-এ তিনটি মাপেই BN সহ যমজেরটি BN ছাড়া যমজেরটির চেয়ে কম; আংশিক যখন কিছুতে (বা সব seed-এ নয়); খাটে না কোনোটিতেই না।',
  'santurkar-landscape.row.lossVariation': 'Gradient বরাবর loss-এর পরিবর্তন',
  'santurkar-landscape.row.predictiveness': 'Gradient বরাবর gradient-এর পরিবর্তন (predictiveness)',
  'santurkar-landscape.row.smoothness': 'কার্যকর β-smoothness',
  'santurkar-landscape.readingPart':
    '{measure, select, lossVariation {loss-এর পরিবর্তনে} predictiveness {gradient-এর পরিবর্তনে} other {β-smoothness-এ}} {count} seed-এ',
  'santurkar-landscape.reading': 'BN কম ছিল {parts}।',
  'wu-he-batch-size.source': 'Wu & He 2018 (Group Normalization), Figure 1',
  'wu-he-batch-size.claim':
    'Batch ছোট হলে BN-এর error বাড়ে, অথচ Group Norm ও Layer Norm, যারা batch ব্যবহার করে না, সমান থাকে।',
  'wu-he-batch-size.setup':
    'Paper-এর MNIST নেটওয়ার্ক (প্রতিটি sigmoid-এর আগে BN, LN বা 4 group-এর GN) 32, 8 ও 2 মাপের batch-এ, প্রতিটি run {examples, number}টি উদাহরণ দীর্ঘ, η = 0.5·m/60 (batch-এর সঙ্গে মাপা), প্রথম {digits}-এ মূল্যায়ন।',
  'wu-he-batch-size.differs':
    'Paper ImageNet-এ প্রতি GPU-তে 32 থেকে 2টি ছবিতে নির্দিষ্ট সংখ্যক epoch ধরে ResNet-50 train করে; আমাদেরটি আধা epoch-এর একটি MLP।',
  'wu-he-batch-size.criterion':
    'খাটে যখন m = 2-এ BN-এর মধ্যমা test error m = 32-এর error-এর চেয়ে অন্তত 2 পয়েন্ট বেশি, অথচ Layer Norm ও Group Norm-এরটি তার অর্ধেকের কম বাড়ে; আংশিক যখন BN-এরটি বাড়ে কিন্তু অন্য একটিও ততটা বাড়ে; খাটে না যখন BN-এরটি 2 পয়েন্ট বাড়ে না।',
  'wu-he-batch-size.rowError': 'Test error, m = {m, number}',
  'wu-he-batch-size.rowRise': 'm = 32 থেকে m = 2-এ বৃদ্ধি (মধ্যমা)',
  'wu-he-batch-size.unknown': 'অজানা পরিমাণ',
  'wu-he-batch-size.reading':
    'BN-এর error বেড়েছে {bn}; Layer Norm-এর {layerNorm}, Group Norm-এর {groupNorm}।',
  'ioffe-batch-renorm.source': 'Ioffe 2017 (Batch Renormalization)',
  'ioffe-batch-renorm.claim':
    'ছোট batch-এ training (batch statistics) ও inference (running average)-এর মধ্যে BN-এর অমিল accuracy কমায়; Batch Renormalization, যা training-কে running average-এর দিকে সংশোধন করে, তা ফিরিয়ে আনে।',
  'ioffe-batch-renorm.setup':
    'Paper-এর MNIST নেটওয়ার্ক 32 ও 2 মাপের batch-এ, প্রতিটি {examples, number}টি উদাহরণ, η = 0.5·m/60: BN ছাড়া, BN, ও Batch Renorm (r সীমিত [1/3, 3]-এ, d [−5, 5]-এ, প্রথম 100 ধাপে খোলা), প্রথম {digits}-এ মূল্যায়ন।',
  'ioffe-batch-renorm.differs':
    'Paper ImageNet-এ প্রতি batch-এ 4টি ছবি ও i.i.d. নয় এমন batch নিয়ে Inception ব্যবহার করে, এবং হাজার হাজার ধাপ ধরে সীমা খোলে; আমরা শুধু ছোট i.i.d. batch পরীক্ষা করি।',
  'ioffe-batch-renorm.criterion':
    'খাটে যখন m = 2-এ প্রতিটি seed-এ Batch Renorm-এর test accuracy BN-এর ওপরে এবং m = 32 থেকে m = 2-এ BN-এর মধ্যমা কমে; আংশিক যখন শুধু মধ্যমায় Renorm BN-এর ওপরে; অন্যথায় খাটে না।',
  'ioffe-batch-renorm.row': 'Test accuracy, m = {m, number}',
  'ioffe-batch-renorm.reading':
    'm = 2-এ Batch Renorm, BN-এর ওপরে test করেছে {above} seed-এ; m = 32 থেকে m = 2-এ BN-এর মধ্যমা {falls, select, yes {কমেছে} other {কমেনি}}।',
  'bjorck-learning-rates.source': 'Bjorck, Gomes, Selman & Weinberger 2018',
  'bjorck-learning-rates.claim':
    'BN-এর সুবিধা মূলত আসে যে বড় learning rate এটি সম্ভব করে তা থেকে: একই ছোট η-তে BN ও BN ছাড়া একইভাবে train হয়; প্রত্যেকের সেরা η-তে BN জেতে।',
  'bjorck-learning-rates.setup':
    'প্রথম 5,000টি training অঙ্কে paper-এর MNIST নেটওয়ার্ক, 1,000 ধাপ, 0.01 থেকে 3.16 পর্যন্ত 6টি learning rate-এ, প্রথম {digits}-এ মূল্যায়ন।',
  'bjorck-learning-rates.differs':
    'Paper CIFAR-10-এ ResNet train করে; আমরা MNIST-এ একটি MLP ও অল্প বাজেট ব্যবহার করি।',
  'bjorck-learning-rates.criterion':
    'খাটে যখন সবচেয়ে ছোট η-তে যমজ দুটির মধ্যমা test accuracy 3 পয়েন্টের মধ্যে, এবং BN সহ যমজের সেরা মধ্যমা (η জুড়ে) BN ছাড়া যমজের সেরাটিকে অন্তত 1 পয়েন্টে হারায়; আংশিক যখন দুটির একটি; খাটে না যখন কোনোটিই না।',
  'bjorck-learning-rates.row': 'η = {eta}-এ test accuracy',
  'bjorck-learning-rates.rowBest': 'η জুড়ে সেরা মধ্যমা',
  'bjorck-learning-rates.reading':
    'η = {eta}-এ যমজ দুটি 3 পয়েন্টের {alike, select, yes {মধ্যে} other {বেশি দূরে}} ছিল; নিজের সেরা η-তে BN {wins, select, yes {অন্তত 1 পয়েন্টে জিতেছে} other {1 পয়েন্টে জেতেনি}}।',
  'yang-gradient-explosion.source': 'Yang, Pennington, Rao, Sohl-Dickstein & Schoenholz 2019',
  'yang-gradient-explosion.claim':
    'একটি বিপরীত দাবি: skip connection ছাড়া গভীর নেটওয়ার্কে BN initialization-এ gradient-কে বিস্ফোরিত করে, প্রতিটি layer-এ আরও বেশি।',
  'yang-gradient-explosion.setup':
    'প্রতি layer-এ 32 unit-এর ReLU নেটওয়ার্ক, 5 থেকে 50 layer গভীর, He initialization, 2-D ডেটায় (দুটি Gaussian), 64 মাপের batch: ধাপ 0-এ প্রতিটি Dense layer-এর gradient norm, এবং প্রথম hidden layer-এর সঙ্গে শেষ hidden layer-এরটির অনুপাত।',
  'yang-gradient-explosion.differs':
    'Paper এটি mean-field তত্ত্ব দিয়ে বের করে এবং চওড়া নেটওয়ার্কে যাচাই করে; আমাদেরগুলো সরু এবং প্রতি seed-এ একটি batch-এ মাপা।',
  'yang-gradient-explosion.criterion':
    'খাটে যখন BN সহ যমজের অনুপাত গভীরতার সঙ্গে বাড়ে এবং 50 layer-এ প্রতিটি seed-এ অন্তত 10 ও BN ছাড়া যমজেরটির ওপরে; আংশিক যখন বাড়ে কিন্তু ততদূর নয়; খাটে না যখন বাড়ে না।',
  'yang-gradient-explosion.row': 'প্রথম ÷ শেষ hidden layer-এর gradient, {depth, number} layer',
  'yang-gradient-explosion.reading':
    'BN-এর অনুপাত প্রতিটি গভীরতায় {grows, select, yes {বেড়েছে} other {বাড়েনি}}; {depth, number} layer-এ এটি অন্তত 10 ও BN ছাড়া যমজেরটির ওপরে ছিল {explodes} seed-এ।',
  'frankle-gamma-beta.source': 'Frankle, Schwab & Morcos 2021',
  'frankle-gamma-beta.claim':
    'শুধু BN-এর γ ও β train করলে, বাকি প্রতিটি weight তার এলোমেলো initial মানে আটকে রেখেও, accuracy chance-এর অনেক ওপরে পৌঁছায়।',
  'frankle-gamma-beta.setup':
    'ReLU (He init) ও প্রতিটি ReLU-এর আগে BN সহ 784-100-100-100-10, প্রথম 10,000টি MNIST training অঙ্কে, η = 0.1-এ 2,000 ধাপ, প্রথম {digits}-এ মূল্যায়ন: সব weights (Dense layer-গুলোতে 99,710টি, আর 600টি γ ও β), শুধু γ ও β (600টি), অথবা শুধু output layer (1,010টি)। Chance হলো 10%।',
  'frankle-gamma-beta.differs':
    'Paper CIFAR-10 ও ImageNet-এ গভীর ResNet train করে, যেখানে parameter-এর মধ্যে γ ও β-এর ভাগ বড়; আমাদেরটি 3-layer-এর একটি MLP।',
  'frankle-gamma-beta.criterion':
    'খাটে যখন শুধু γ/β-এর training প্রতিটি seed-এ অন্তত 50% test accuracy-তে পৌঁছায় (chance-এর 5×); আংশিক যখন প্রতিটি seed-এ 20%-এর ওপরে (chance-এর 2×); অন্যথায় খাটে না।',
  'frankle-gamma-beta.row.all': 'প্রতিটি weight',
  'frankle-gamma-beta.row.normalization': 'শুধু γ ও β',
  'frankle-gamma-beta.row.output': 'শুধু output layer',
  'frankle-gamma-beta.reading':
    'শুধু γ ও β (600টি সংখ্যা) train করে পৌঁছেছে {gammaBeta}, যেখানে chance 10%; শুধু output layer (1,010টি) train করে পৌঁছেছে {output}।',
};
