import type { setupEn } from './en-setup';

export const setupBn: Record<keyof typeof setupEn, string> = {
  'setup.data': 'ডেটা',
  'setup.network': 'নেটওয়ার্ক',
  'setup.batchNorm': 'Batch Norm',
  'setup.cohort': 'নেটওয়ার্কের দল',
  'setup.training': 'Training',
  'setup.ownRows': 'আপনার নিজের সারি ({rows, number}টি){note, select, none {} other {: {note}}}',
  'setup.noTest':
    'Test-এর ভাগ নেই: {rows, number}টি সারির সবগুলোই train হয়, আর পাতার প্রতিটি accuracy training সারিগুলোর।',
  'setup.workers': 'Training worker-এর সংখ্যা',
  'setup.workersOne': 'একটি (দুই যমজই)',
  'setup.workersTwo': 'দুটি (প্রতিটি যমজের একটি, 2টি core)',
  'setup.hiddenSizes': 'Hidden layer-গুলোর মাপ',
  'setup.hiddenSizesError': 'Hidden layer: কমা দিয়ে আলাদা করা পূর্ণসংখ্যা দিন, যেমন 8, 8, 8',
  'setup.kerasMomentumError':
    'BN momentum: Keras-এর momentum অন্তত 0 এবং 1-এর কম হতে হবে, পাওয়া গেছে {value}',
  'setup.momentumRule': '{meaning}: {rule}।',
  'setup.cost':
    'খরচ: {parameters}টি parameter-এর {networks, number}টি নেটওয়ার্ক · প্রতি ধাপে {flops} · এখানে {speed}/s গতিতে প্রতি ধাপে ≈ {seconds} ({measured, select, yes {মাপা} other {মাপার আগ পর্যন্ত ধরে নেওয়া}}) · {memory}',
  'momentum.keras':
    'Keras-এর momentum {written} পুরোনো গড়ের {keep}% রাখে এবং প্রতিটি নতুন batch-এর {take}% নেয়',
  'momentum.pytorch':
    'PyTorch-এর momentum {written} প্রতিটি নতুন batch-এর {take}% নেয় এবং পুরোনো গড়ের {keep}% রাখে',
  'momentum.meanRule': 'running mean ← {old} · running mean + {fresh} · μ_B',
  'momentum.varianceRule':
    'running variance ← {old} · running variance + {fresh} · σ²_B · m/(m − 1)',
  'momentum.varianceNote':
    'BN প্রতিটি batch-কে তার biased variance σ²_B দিয়ে normalize করে ((x − μ_B)²-এর গড়, ÷ m), কিন্তু running variance গড় করে unbiased-টি, σ²_B · m/(m − 1), যেমন PyTorch করে: m = {batch} মাপের batch-এ সেটি ×{ratio}, তাই স্থির হয়ে আসা running variance batch-এর variance-গুলোর চেয়ে ততটাই ওপরে থাকে। Keras 3 এর বদলে biased σ²_B গড় করে, তাই তার moving variance হতো এটির ×{kerasRatio}।',
};
