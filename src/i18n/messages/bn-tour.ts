import type { tourEn } from './en-tour';

export const tourBn: Record<keyof typeof tourEn, string> = {
  'tour.count': 'ট্যুর · ধাপ {step, number}, মোট {total, number}',
  'tour.lookFor': 'যা দেখবেন:',
  'tour.measuredNow': 'এখন মাপা:',
  'tour.setup': 'Setup: <b>{title}</b>{changed, select, yes { (এই ধাপের জন্য বদলানো)} other {}}',
  'tour.back': 'পেছনে',
  'tour.next': 'পরের ধাপ',
  'tour.finish': 'শেষ',
  'tour.close': 'ট্যুর বন্ধ করুন',
  'tour.playRun': 'Run চালান',
  'tour.pauseRun': 'Run থামান',
  'tour.switchPlacement': 'BN-কে activation-এর {to, select, after {পরে} other {আগে}} সরান',
  'tour.runMeasurement': 'মাপুন',
  'testTime.measure': 'Batch-এর মাপ অনুযায়ী test accuracy মাপুন',
  'tour.mixedActivations': 'মিশ্র activation',
  'tour.picture.title': 'এক ছবিতে Batch Normalization',
  'tour.picture.idea':
    'Batch Normalization প্রতিটি hidden layer-এর মানগুলোকে mini-batch জুড়ে normalize করে — batch-এর নিজের গড় আর variance দিয়ে — activation-এর ঠিক আগে (বা ঠিক পরে)। এখানকার দুটি যমজ একই নেটওয়ার্ক, একই initial weights থেকে, একই batch-এ; শুধু একটিতে BN আছে।',
  'tour.picture.lookFor':
    '“চালান” চাপুন আর loss ও accuracy-র chart দেখুন। η = {eta}, BN ছাড়া যমজটি যা সহ্য করে তার চেয়ে বড় একটি learning rate-এ একটি যমজ train হয় আর অন্যটি প্রথম কয়েক ধাপেই ব্যর্থ হয়। কোনটি, তা নিচের লাইনটি ঘটার সঙ্গে সঙ্গে বলে।',
  'tour.picture.prompt': 'η = {eta}-এ প্রথম 100 ধাপে দুটি যমজ কী করবে?',
  'tour.picture.choice1': 'দুটিই train হবে',
  'tour.picture.choice2': 'শুধু BN সহ যমজটি train হবে',
  'tour.picture.choice3': 'শুধু BN ছাড়া যমজটি train হবে',
  'tour.picture.choice4': 'কোনোটিই না',
  'tour.inputs.title': 'Normalize করা input: layer 0-তে একই ভাবনা',
  'tour.inputs.idea':
    'যখন input-গুলোর scale খুব আলাদা হয় (cgpa 5–10-এর কাছে, iq 60–120-এর কাছে), তখন gradient descent ধীরে converge করে বা একেবারেই করে না, তাই training-এর আগে input-গুলোকে standardize করা হয় (গড় 0, variance 1)। Batch Normalization একই ভাবনা নেটওয়ার্কের ভেতরে খাটায়: প্রতিটি layer-এর input-এ, প্রতিটি batch-এ।',
  'tour.inputs.lookFor':
    'এই ধাপে হাতে-কলমে উদাহরণটিতে input normalization বন্ধ থাকে (কাঁচা cgpa আর iq), BN থাকে activation-এর {placement, select, after {পরে} other {আগে}}, η = {eta}। “চালান” চাপুন: BN ছাড়া যমজটির প্রথম layer কাঁচা scale পায়; BN সহ যমজটি {activation}-এর আগে তার প্রথম Dense layer-এর output normalize করে। তারপর setup-এ (ডেটা অংশে) “{normalizeInputs}” আবার চালু করে তুলনা করুন।',
  'tour.covariateShift.title': 'Covariate shift',
  'tour.covariateShift.idea':
    'একটি model উদাহরণ থেকে X → Y ম্যাপিং শেখে। Training আর ব্যবহারের মধ্যে X-এর distribution বদলে গেলে — ধরুন, অন্য স্কুলের ছাত্রছাত্রী — যা শেখা হয়েছিল তা আর না-ও মিলতে পারে: এটাই covariate shift। নেটওয়ার্কের ভেতরে প্রতিটি layer আগের layer-এর output থেকে একটি ম্যাপিং শেখে, আর আগের layer-গুলো শেখার সঙ্গে সঙ্গে সেই output বদলায়।',
  'tour.covariateShift.lookFor':
    'প্রতিটি heatmap-এর প্রতিটি কলাম training-এর একটি মুহূর্ত: একটি layer-এর মানগুলো কীভাবে ছড়িয়ে ছিল (গাঢ় মানে অনেক)। Layer 1 পায় ডেটা, যা কখনো বদলায় না; পরের প্রতিটি layer পায় তার আগের layer-গুলো যা বানায়, আর তারা শেখার সঙ্গে সঙ্গে তা বদলায়। এখানে η = {eta}, যেখানে দুটি যমজই train হয়: “চালান” চাপুন।',
  'tour.internalShift.title': 'Internal covariate shift',
  'tour.internalShift.idea':
    'Ioffe ও Szegedy (2015) internal covariate shift-এর সংজ্ঞা দেন এভাবে: training-এর সময় নেটওয়ার্কের parameter বদলানোর ফলে নেটওয়ার্কের activation-এর distribution-এর বদল। BN ছাড়া training এটা সামলায় ছোট learning rate আর সাবধানী initialization দিয়ে।',
  'tour.internalShift.lookFor':
    'এই ভিউ দেখায় BN কী পায়: normalization-এর আগে প্রতিটি layer-এর Dense output, আর একই জায়গায় BN ছাড়া যমজটির মান। প্রতিটি drift bar মাপে ধাপ 0 থেকে প্রতিটি layer-এর distribution কতটা সরেছে, ধাপ 0-এর বিস্তারের (σ₀) এককে। BN {activation}-এর {placement, select, after {পরে} other {আগে}} থাকলে, BN সহ যমজটি যা-ই পাক, normalize করা মানই সামনে পাঠায়।',
  'tour.computes.title': 'প্রতিটি mini-batch-এ BN কী হিসাব করে',
  'tour.computes.idea':
    'প্রতিটি mini-batch B জুড়ে, প্রতিটি feature-এর জন্য: μ_B আর σ²_B, তারপর x̂ = (x − μ_B)/√(σ²_B + ε), তারপর y = γ·x̂ + β। BN layer আর দশটা layer-এর মতোই একটি layer, যার প্রতিটি feature-এ চারটি সংখ্যা।',
  'tour.computes.lookFor':
    'টেবিলটি লেকচারের model-এর parameter গোনে ঠিক যেমন Keras-এর model.summary() গোনে: প্রতিটি BN layer-এ প্রতি feature-এ 4টি সংখ্যা — γ আর β trainable, running mean আর variance নয় (প্রথমটিতে 3 × 4 = 12: 6 আর 6)।',
  'tour.gammaBeta.title': 'γ আর β শেখা হয় gradient descent দিয়ে',
  'tour.gammaBeta.idea':
    'যেকোনো weight-এর মতোই γ আর β gradient পায়, γ ← γ − η ∂L/∂γ আর β ← β − η ∂L/∂β, তাই যেখানে দরকার নেটওয়ার্ক normalization উল্টে দিতে পারে (γ = σ, β = μ হলে input-ই ফিরে আসে)।',
  'tour.gammaBeta.lookFor':
    '“চালান” চাপুন আর γ ও β-এর chart দেখুন: প্রতিটি feature শুরু করে γ = 1 আর β = 0 থেকে, আর training চলার সঙ্গে সঙ্গে প্রত্যেকে নিজের পথে সরে।',
  'tour.placement.title': 'BN কোথায় বসে: activation-এর আগে না পরে',
  'tour.placement.idea':
    'BN paper-টি BN রাখে Dense layer আর তার activation-এর মাঝে (Dense → BN → activation); Keras-এর একটি চালু ধরন রাখে পরে (Dense(activation) → BN)। দুটিই ব্যবহার হয়; দুটির আচরণ এক নয়।',
  'tour.placement.lookFor':
    'BN-এর placement বদলান (“{placementControl}” নিয়ন্ত্রণ, বা এখানকার বোতাম): run আবার শুরু হয়, আর আগের placement-এর BN সহ যমজটি loss chart-এ আর slider-এর নিচে বিন্দু-রেখার ছায়া হয়ে থাকে। দুটি placement-এর band-ই এই setup-এর ({activation}) জন্য মাপা হয়েছে।',
  'tour.placement.prompt': '{activation} unit-এ কোন placement বড় learning rate-এ train হয়?',
  'tour.placement.choice1': 'BN activation-এর আগে',
  'tour.placement.choice2': 'BN activation-এর পরে',
  'tour.placement.choice3': 'প্রায় সমান',
  'tour.testTime.title': 'Test time-এ BN',
  'tour.testTime.idea':
    'Training-এর সময় normalize হয় batch-এর নিজের statistics দিয়ে। Test time-এ BN ব্যবহার করে training-এর সময় রাখা μ আর σ²-এর running average, তাই একটি উদাহরণের prediction তার batch-এর ওপর নির্ভর করে না।',
  'tour.testTime.lookFor':
    '“{measureButton}” চাপুন: inference mode-এ (running average) BN সহ যমজটির test accuracy, তার পাশে প্রতিটি test batch নিজের statistics দিয়ে normalize করলে তার accuracy, 2 থেকে 256 মাপের batch-এ।',
  'tour.testTime.prompt':
    'BN-এর running average-এর বদলে 2 মাপের test batch-গুলোকে তাদের নিজের statistics দিয়ে normalize করলে BN সহ যমজটির test accuracy বাড়বে, কমবে, না একই থাকবে?',
  'tour.testTime.choice1': 'বাড়বে',
  'tour.testTime.choice2': 'কমবে',
  'tour.testTime.choice3': 'একই থাকবে',
  'tour.stable.title': 'সুবিধা 1 — স্থিতিশীল: learning rate-এর বড় পরিসর',
  'tour.stable.idea': 'BN থাকলে learning rate-এর (আর অন্য setting-এর) বড় পরিসরে train হয়।',
  'tour.stable.lookFor':
    'Learning rate slider-এর নিচের band-গুলো প্রতিটি learning rate-এ প্রতিটি যমজের ফল দেখায়, কয়েকটি seed জুড়ে। η টেনে BN ছাড়া যমজটির সীমা পার করুন আর সেটিকে লাইভ ব্যর্থ হতে দেখুন; এখন η = {eta}।',
  'tour.faster.title': 'সুবিধা 2 — দ্রুত: বড় learning rate কাজ করে',
  'tour.faster.idea':
    'বড় learning rate সহ্য করে বলে BN সহ যমজটি বড় বড় পা ফেলতে পারে আর কম ধাপে একটি লক্ষ্য accuracy-তে পৌঁছাতে পারে।',
  'tour.faster.lookFor':
    'এই scoreboard গোনে η = {eta}-এ test accuracy 90%-এ পৌঁছাতে কত ধাপ লাগে, প্রতিটি ধাপের পরে যাচাই করে, কয়েকটি seed জুড়ে।',
  'tour.regularizer.title': 'সুবিধা 3 — একটি regularizing প্রভাব',
  'tour.regularizer.idea':
    'প্রতিটি উদাহরণ normalize হয় একটি এলোমেলো mini-batch-এর statistics দিয়ে, যা খানিকটা dropout-এর মতো noise যোগ করে আর train ও test accuracy-র ব্যবধান কমাতে পারে।',
  'tour.regularizer.lookFor':
    'দুটি যমজের train ও test-এর ব্যবধান, scoreboard-এ, কয়েকটি seed জুড়ে। স্লোগান নয়, সংখ্যা দেখে বিচার করুন: এত সহজ ডেটায় প্রভাবটি না-ও দেখা যেতে পারে।',
  'tour.regularizer.prompt': 'এই setup-এ BN কি train ও test accuracy-র ব্যবধান কমাবে?',
  'tour.regularizer.choice1': 'হ্যাঁ, স্পষ্টভাবে',
  'tour.regularizer.choice2': 'স্পষ্ট কোনো পার্থক্য নেই',
  'tour.regularizer.choice3': 'BN থাকলে ব্যবধান বাড়ে',
  'tour.init.title': 'সুবিধা 4 — weight initialization-এ কম স্পর্শকাতর',
  'tour.init.idea':
    'BN প্রতিটি layer-এর input আবার scale করে, তাই খুব ছোট বা খুব বড় initial weights অনেক কম গুরুত্বপূর্ণ হয়ে যায়।',
  'tour.init.lookFor':
    'এখানে initial weights খুবই ছোট (Gaussian, σ = {sigma}), একটি গভীর {activation} নেটে। “চালান” চাপুন আর loss chart দেখুন; scoreboard গোনে কতগুলো init scale-এ (×0.01 থেকে ×100) train হয়।',
  'tour.init.prompt': 'এত ছোট initial weights-এ (σ = {sigma}) কোন যমজ শিখবে?',
  'tour.init.choice1': 'দুটিই',
  'tour.init.choice2': 'শুধু BN সহ যমজটি',
  'tour.init.choice3': 'শুধু BN ছাড়া যমজটি',
  'tour.init.choice4': 'কোনোটিই না',
  'tour.landscape.title': 'আরেকটি দৃষ্টিভঙ্গি: মসৃণতর loss landscape',
  'tour.landscape.idea':
    'Santurkar ও সহকর্মীরা (2018) যুক্তি দেন, BN-এর সাহায্য covariate shift সরানো থেকে যতটা আসে, তার চেয়ে বেশি আসে gradient-এর দিকে loss আর তার gradient-কে ধীরে বদলাতে বাধ্য করা থেকে।',
  'tour.landscape.lookFor':
    '“চালান” চাপুন, তারপর এই একই run-এ তাঁদের মাপগুলো পড়ুন: gradient-এর দিকে loss কতটা বদলায় (loss band), gradient কতটা ভবিষ্যদ্বাণী করতে পারে (β-smoothness), আর প্রতিটি layer-এ তাঁদের covariate shift ‖G − G′‖/‖G‖। ক্যাপশন বলে কোনটি কোন দিকে যায়, আর কখন।',
};
