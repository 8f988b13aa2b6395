import type { mainEn } from './en-main';

export const mainBn: Record<keyof typeof mainEn, string> = {
  'layer.heading': 'Layer {layer, number}',
  'layer.units': '{units, number} × {activation}',
  'layer.now': 'এখন',
  'layer.atStep': 'ধাপ {step}',
  'layer.blewUpAt': 'ধাপ {step, number}-এ blow up করেছে',
  'layer.tap':
    '{tap, select, preActivation {activation-এর input} postActivation {layer-এর output} other {Batch Norm-এর input}}',
  'layer.heatmapLabel': 'Layer {layer, number}, {network}: training জুড়ে {tap}-এর বিন্যাস',
  'layer.marginalLabel': 'Layer {layer, number}: {networks} এখনকার histogram',
  'layer.cellName': 'Layer {layer, number}, {network}',
  'layer.cell':
    '{name}, ধাপ {step, number}: {bin} · 15তম percentile {p15}, মধ্যমা {p50}, 85তম {p85}',
  'layer.cellBin': '[{low}, {high}]-এর মধ্যে মান: {count, number}টি ({share})',
  'layer.cellEmpty': '{value}-এ কোনো মান নেই',
  'layer.marginal':
    'Layer {layer, number} {when, select, now {এখন} other {ধাপ {step, number}-এ}}, মান {value}: {bins}',
  'layer.marginalNone': 'সেখানে কোনো নেটওয়ার্কের মান নেই',
  'layer.marginalBin': '{network} {share} [{low}, {high}]-এর মধ্যে',
  'layer.spread': 'বিস্তার ×{ratio}',
  'layer.centred': 'কেন্দ্রে',
  'layer.offCentre': 'কেন্দ্র থেকে সরে (গড় {mean})',
  'layer.saturated':
    '{activation, select, relu {{percent} ReLU 0-তে} leakyRelu {{percent} 0-এর নিচে} sigmoid {{percent} sigmoid-এর সমতল প্রান্তে} other {{percent} tanh-এর সমতল প্রান্তে}}',
  'layer.exactDrift':
    'ধাপ 0 থেকে drift: নিজের এককে {drift} (1-Wasserstein), {sigma, select, none {σ₀ নেই} other {{sigma} σ₀ (প্রতি unit-এ, ধাপ 0-এর standard deviation-এর এককে)}}',
  'layer.exactSpread':
    'গড় {mean}, standard deviation {std}{initial, select, none {} other { (ধাপ 0: {initial})}}',
  'layer.exactPercentiles': '15তম, 50তম, 85তম percentile {percentiles}',
  'layer.exactSaturated': 'saturated {percent}%{rule}',
  'layer.ruleRelu': ' (ReLU-এর input ≤ 0: output 0)',
  'layer.ruleSigmoidInput': ' (|x| ≥ 4)',
  'layer.ruleSigmoidOutput': ' (output 0 বা 1-এর 0.018-এর মধ্যে)',
  'layer.ruleTanhInput': ' (|x| ≥ 2)',
  'layer.ruleTanhOutput': ' (output −1 বা 1-এর 0.036-এর মধ্যে)',
  'layer.readout': '{network}: {words}। {exact}',
  'layer.gammaBeta': 'BN-এর γ {gammaLow}…{gammaHigh}, β {betaLow}…{betaHigh}',
  'layer.gammaBetaExact':
    'γ-এর গড় {gammaMean}, {gammaLow} থেকে {gammaHigh}; β-এর গড় {betaMean}, {betaLow} থেকে {betaHigh}',
  'drift.label': 'Layer অনুযায়ী ধাপ 0 থেকে drift, σ₀-এ (layer 1 থেকে {layers, number})। {readings}',
  'drift.network': '{network}: {layers}',
  'drift.layer': 'layer {layer, number} {words}',
  'drift.bar': 'Layer {layer, number}, {network}: {words}',
  'drift.barValue': 'Layer {layer, number}, {network}: drift {drift} σ₀',
  'drift.caption':
    'প্রতিটি layer ধাপ 0 থেকে কতটা সরেছে, <sigma>σ₀</sigma>-এ (log scale), layer অনুযায়ী:',
  'drift.hatched': ' · দাগকাটা: {network} {words}',
  'drift.vanishedKey': ' · v: মান মিলিয়ে গেছে (মাপার কিছু নেই)',
  'drift.vanishedMark': 'v',
  'stepReadout.hint':
    'কোনো ধাপে প্রতিটি নেটওয়ার্কের মান দেখতে একটি chart-এর ওপর pointer রাখুন, অথবা সেটিতে focus করে (Tab) ← → ব্যবহার করুন।',
  'stepReadout.step': 'ধাপ {step, number}',
  'stepReadout.test': '{network}: loss {loss}, test loss {testLoss}, test accuracy {testAccuracy}',
  'stepReadout.train': '{network}: loss {loss}, train accuracy {trainAccuracy}',
  'boundary.title': 'Decision boundary',
  'boundary.what': 'decision boundary-গুলো',
  'boundary.label':
    '{twin, select, twin {{network} যমজটির} other {{network} নেটওয়ার্কের}} decision boundary',
  'boundary.hint':
    'Class 1 (সবুজ) বনাম 0 (বেগুনি)-এর সম্ভাবনা, BN সহ যমজটি inference mode-এ; অক্ষ {features}{normalized, select, yes {, standardize করা} other {}}।',
  'boundary.drawLegend': 'তলের ওপর আঁকুন',
  'boundary.toolOff': 'বন্ধ',
  'boundary.toolClass0': 'Class 0 যোগ করুন (বেগুনি)',
  'boundary.toolClass1': 'Class 1 যোগ করুন (সবুজ)',
  'boundary.toolErase': 'মুছুন (টেনে)',
  'boundary.drawHint':
    'কোনো তলে ক্লিক করলে সেখানে একটি বিন্দু যোগ হয়, টানলে মুছে যায়; আঁকা বিন্দুগুলোর ওপর যমজ দুটি আবার শুরু করে। আঁকার সময় তলটি যেমন দেখানো তেমনই থাকে (তার এককে, input normalization বন্ধ রেখে); setup-এর ডেটা অংশেও সারিগুলো বদলানো যায়।',
  'chart.blewUp': 'blow up করেছে',
  'chart.networkBlewUp': '{network} blow up করেছে',
  'chart.linesAt': 'ধাপ {step, number}: {values}',
  'chart.step': 'ধাপ {step}',
  'chart.vanished': 'মিলিয়ে গেছে',
  'chart.symlog': 'symlog অক্ষ',
  'chart.offScale': '▲ ওপরের মান: scale-এর বাইরে',
  'chart.loss': 'loss',
  'chart.accuracy': 'accuracy',
  'list.and': '{first} ও {second}',
};
