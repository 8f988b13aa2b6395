import type { readingsEn } from './en-readings';

export const readingsBn: Record<keyof typeof readingsEn, string> = {
  'reading.notStarted': 'এখনো শুরু হয়নি: “চালান” চাপুন।',
  'reading.notMeasured': 'এখনো মাপা হয়নি: বোতামটি চাপুন।',
  'reading.notMeasuredPlay': 'এখনো মাপা হয়নি: “চালান” চাপুন।',
  'reading.outcome': 'ধাপ {step, number}: {plain}; {batchNorm}।',
  'reading.twinBlewUp':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} ধাপ {step, number}-এ blow up করেছে',
  'reading.twinNoEvaluation':
    '{twin, select, plain {BN ছাড়া যমজটির} other {BN সহ যমজটির}} এখনো কোনো মূল্যায়ন হয়নি',
  'reading.twinAccuracy':
    '{twin, select, plain {BN ছাড়া যমজটির} other {BN সহ যমজটির}} test accuracy {accuracy, number, ::percent}',
  'reading.twinAccuracyLoss':
    '{twin, select, plain {BN ছাড়া যমজটির} other {BN সহ যমজটির}} test accuracy {accuracy, number, ::percent} (train loss {loss})',
  'reading.layerInputs':
    'ধাপ {step, number}, ধাপ 0 থেকে activation-এর input — BN ছাড়া যমজ: layer 1 {plainFirst}, layer {layers, number} {plainLast}; BN সহ যমজ: layer 1 {bnFirst}, layer {layers, number} {bnLast}।',
  'reading.drift':
    'ধাপ {step, number}, layer {layers, number}, ধাপ 0 থেকে: BN সহ যমজে BN যা পায় তা {bnReceived} (একই জায়গায় BN ছাড়া যমজটি: {plainReceived}); BN-এর পরে BN সহ যমজটির activation-এর input {bnPassed}।',
  'reading.noBatchNorm': 'এই setup-এ কোনো BN layer নেই।',
  'reading.parameters':
    '{name}: {units, number}টি feature × 4 = {total, number}টি সংখ্যা ({trainable, number}টি trainable, {nonTrainable, number}টি নয়)।',
  'reading.gammaBeta':
    'ধাপ {step, number}: দেখানো {count, number}টি feature জুড়ে γ {gammaLow} থেকে {gammaHigh}, β {betaLow} থেকে {betaHigh}।',
  'reading.placements':
    'এই preset-এর জন্য মাপা (প্রতিটি rate-এ 3টি seed, বেশিরভাগের ফল): {placements}; BN ছাড়া, {plain}।',
  'reading.placement':
    'BN activation-এর {placement, select, after {পরে} other {আগে}} থাকলে BN সহ যমজটি train হয় {edge}',
  'reading.upTo': 'η = {eta} পর্যন্ত',
  'reading.atNoRate': 'কোনো rate-এই না',
  'reading.testTime':
    'ধাপ {step, number}-এ মাপা: inference mode {inference, number, ::percent}; প্রতিটি test batch নিজের statistics দিয়ে normalize করলে: {smallestSize, number} মাপের batch-এ {smallest, number, ::percent}, {largestSize, number} মাপের batch-এ {largest, number, ::percent}।',
  'reading.scoreMeasuring': 'কয়েকটি seed জুড়ে মাপা হচ্ছে (scoreboard দেখুন)।',
  'reading.score': '{seeds, number}টি seed জুড়ে: {sentences}',
  'drift.blewUp': 'ধাপ {step, number}-এ blow up করেছে',
  'drift.vanished': 'মিলিয়ে গেছে (মান input-এর বিস্তারের 1e-9-এর কম)',
  'drift.startedVanished': 'শুরু থেকেই মিলিয়ে যাওয়া (মাপার মতো ধাপ 0-এর বিস্তার নেই)',
  'drift.moved': '{drift} σ₀ সরেছে',
};
