import type { optimizationEn } from './en-optimization';

export const optimizationBn: Record<keyof typeof optimizationEn, string> = {
  'opt.title': 'Optimization: Santurkar et al.-এর মাপগুলো',
  'opt.what': 'Santurkar et al.-এর মাপগুলো',
  'opt.every': 'কত ধাপ পরপর মাপা',
  'opt.everyOff': 'বন্ধ',
  'opt.everySteps': '{steps, plural, other {#টি ধাপ}}',
  'opt.hint':
    'প্রতি {every, select, few {কয়েক} other {{every}}} ধাপে, সেই ধাপের batch-এ, দুই যমজের জন্য: শুধু আগের layer-গুলো ধাপ নিলে প্রতিটি layer-এর gradient কতটা বদলায় (আগে G, পরে G′: <ics>Santurkar-এর internal covariate shift</ics>), এবং ¼η থেকে 4η ধাপের মাপে gradient বরাবর loss ও তার gradient কতটা বদলায় (<band>loss band</band>, এবং <smooth>β-smoothness</smooth>), তাঁদের Figure 4 ও 5-এর মতো।',
  'opt.legend': '━ {network}',
  'opt.lossLabel': 'Training জুড়ে gradient বরাবর loss: ¼η থেকে 4η পর্যন্ত band, η-তে রেখা, দুই যমজ',
  'opt.lossCaption': 'Gradient বরাবর loss band',
  'opt.gradientLabel':
    'Training জুড়ে gradient predictiveness: ‖∇L(θ − η′g) − ∇L(θ)‖-এর band, দুই যমজ',
  'opt.gradientCaption': 'Gradient predictiveness',
  'opt.smoothLabel': 'Training জুড়ে কার্যকর β-smoothness, দুই যমজ',
  'opt.smoothCaption': 'কার্যকর β-smoothness',
  'opt.bandEdge': '{network} {edge, select, min {সর্বনিম্ন} other {সর্বোচ্চ}}',
  'opt.perLayer': 'প্রতি layer-এ',
  'opt.measure.gradientChange': 'Gradient-এর পরিবর্তন ‖G − G′‖/‖G‖ (ICS)',
  'opt.measure.gradientCosine': 'Gradient-এর cosine cos(G, G′)',
  'opt.measure.gradientNorm': 'Gradient-এর norm ‖∂L/∂W‖',
  'opt.measure.weightNorm': 'Weight-এর norm ‖W‖',
  'opt.measure.effectiveLearningRate': 'কার্যকর learning rate η/‖W‖² (Dense-এর পরে BN)',
  'opt.effectiveHint':
    'BN সরাসরি একটি Dense layer-এর পরে থাকলে (অবস্থান “আগে”) η/‖W‖² আঁকা হয়; BN {placement, select, after {activation-এর পরে} other {বন্ধ}} থাকলে কোনো যমজেরই এমন layer নেই।',
  'opt.layer': 'Layer {layer, number}',
  'opt.outputLayer': 'Output layer',
  'opt.layerLabel': 'Training জুড়ে {layer}-এর {measure}, {networks}',
  'opt.off': 'মাপগুলো বন্ধ: কত ঘন ঘন নেওয়া হবে বেছে নিন।',
  'opt.waiting':
    'দুই যমজই মাপা হয়ে গেলে (প্রতি {every, number} ধাপে) এখানে এই run-এর সংখ্যাগুলো দেখা যাবে।',
  'opt.lost':
    '{twins} ধাপ {step, number}-এ প্রথম মাপের আগেই blow up করেছে: এই মাপগুলো যমজ দুটিকে সেখানেই তুলনা করে যেখানে দুটিই train হয় (কম η-তে)।',
  'opt.lostTwins':
    '{which, select, plain {BN ছাড়া যমজটি} batchNorm {BN সহ যমজটি} other {BN ছাড়া ও BN সহ যমজ দুটিই}}',
  'opt.window':
    'এই run-এ (seed {seed, number, ::group-off}), শেষ {recent, number}টি মাপের মধ্যমা, ধাপ {from, number} থেকে {to, number}।',
  'opt.value': '{network} {value}',
  'opt.change':
    'আগের layer-গুলোর ধাপের ফলে gradient-এর পরিবর্তন, layer 2 থেকে গড় করা ‖G − G′‖/‖G‖ (Santurkar-এর internal covariate shift): {values} — {verdict, select, larger {এই ধাপগুলোতে BN সহ বড়: এখানে, এই মাপে, BN internal covariate shift কমায় না} smaller {এই ধাপগুলোতে BN সহ ছোট: এখানে, এই মাপে, BN internal covariate shift কমায়} other {এই ধাপগুলোতে BN থাকা ও না থাকায় প্রায় সমান}}।',
  'opt.band':
    'Loss band, gradient বরাবর ¼η থেকে 4η-তে loss-এর বিস্তার: {values} — {verdict, select, larger {এই ধাপগুলোতে BN সহ gradient বরাবর loss বেশি বদলায়: এখানে বেশি মসৃণ নয়} smaller {এই ধাপগুলোতে BN সহ gradient বরাবর loss কম বদলায়: এখানে বেশি মসৃণ landscape} other {এই ধাপগুলোতে BN থাকা ও না থাকায় প্রায় সমান মসৃণ}}।',
  'opt.smoothness': 'কার্যকর β-smoothness (কম হলে gradient বেশি predictive): {values}।',
  'opt.seeds':
    'এই setup-এর {seeds, number}টি seed জুড়ে, আগে থেকে মাপা, BN ছাড়া যমজের তুলনায় BN-এর ‖G − G′‖/‖G‖: {windows}।',
  'opt.seedWindow': 'ধাপ {from, number}–{to, number}-এ {parts}',
  'opt.seedSmaller': '{seeds, number}টির মধ্যে {count, number}টি seed-এ ছোট',
  'opt.seedLarger': '{seeds, number}টির মধ্যে {count, number}টিতে বড়',
  'opt.seedSame': '{seeds, number}টির মধ্যে {count, number}টিতে প্রায় সমান',
  'opt.seedNone': '{seeds, number}টির মধ্যে {count, number}টিতে মাপা হয়নি (একটি যমজ blow up করেছে)',
};
