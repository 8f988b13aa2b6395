/**
 * The claims gallery's words (src/claims): each claim's source, claim, setup, difference and
 * criterion, its table's rows and columns, and the reading computed from its numbers. Loaded with
 * the gallery, not with the page; the command line and docs/claims.md read the English.
 */
export const claimsEn = {
  'col.plain': 'Plain',
  'col.withBn': 'With BN',
  'col.bnBefore': 'BN before',
  'col.bnAfter': 'BN after',
  'col.plainDropout': 'Plain + dropout',
  'col.bnDropout': 'BN + dropout',
  'col.noisy': 'Noisy BN',
  'col.layerNorm': 'Layer Norm',
  'col.groupNorm': 'Group Norm',
  'col.renorm': 'Batch Renorm',
  'col.bnTest': 'With BN (test accuracy)',
  blewUp: 'blew up',
  notMeasured: 'not measured',
  'spread.all': '{word} (all {count, number})',
  'spread.some': '; {missing, number} of {count, number} {word}',
  of: '{count, number} of {total, number}',
  'rate.none': 'none trains',
  pts: '{value} pts',
  none: 'none',
  testDigits: '{count, number} test digits',
  'ioffe-figure-1.source': 'Ioffe & Szegedy 2015, Figure 1',
  'ioffe-figure-1.claim':
    'With BN the MNIST net reaches higher test accuracy sooner, and a last-layer sigmoid’s input distribution stays steadier (its 15th, 50th and 85th percentiles).',
  'ioffe-figure-1.setup':
    'The paper’s net on the full MNIST: 784-100-100-100-10 sigmoid, N(0, 0.1²) weights, SGD η = 0.5, batches of 60, BN before each sigmoid; test accuracy every 500 steps; the followed unit is the last hidden layer’s first.',
  'ioffe-figure-1.differs':
    '{steps, number} steps instead of the paper’s 50,000; the paper’s η and initialization are not stated exactly (we use the page’s Figure 1 preset).',
  'ioffe-figure-1.criterion':
    'Holds when the BN twin’s test accuracy is above the plain twin’s at steps 500, 1,000 and 2,000 in every seed (sooner, higher), and its followed unit’s median travels less over training in every seed (steadier); partly when one of the two; not when neither.',
  'ioffe-figure-1.rowAccuracy': 'Test accuracy at step {step, number}',
  'ioffe-figure-1.rowTravel': 'Unit’s median: distance travelled (× its 15–85 spread)',
  'ioffe-figure-1.reading':
    'Higher at steps 500–2,000 in every seed: {sooner, select, yes {yes} other {no}}. The unit’s median travelled less with BN in {steadier} seeds.',
  'ioffe-learning-rates.source': 'Ioffe & Szegedy 2015, §3.3',
  'ioffe-learning-rates.claim':
    'Batch Normalization enables much higher learning rates than the same network without it.',
  'ioffe-learning-rates.setup':
    'Six ReLU layers of 8 units (He init) on the circle set, SGD, batches of 32, 500 steps per run, at 7 learning rates from 0.01 to 10; BN before the ReLU (the twin) and after it (a third network). A rate trains when at least half the seeds end under the loss threshold (75% of ln 2).',
  'ioffe-learning-rates.differs':
    'The paper trains Inception on ImageNet and raises η 5× and 30×; we sweep a small MLP on 2-D data, so the numbers are ours, not the paper’s.',
  'ioffe-learning-rates.criterion':
    'Holds when the highest η that trains is at least 3× the plain twin’s with BN before and with BN after the activation; partly when at one placement; not at neither.',
  'ioffe-learning-rates.rowHighest': 'Highest η that trains',
  'ioffe-learning-rates.reading':
    'BN before: {before, select, yes {at least 3×} other {not 3×}} the plain twin’s highest η; BN after: {after, select, yes {at least 3×} other {not 3×}}.',
  'ioffe-regularizes.source': 'Ioffe & Szegedy 2015, §3.4',
  'ioffe-regularizes.claim':
    'BN regularizes the model and reduces the need for dropout (the lecture’s advantage 3: a slight regularizing effect).',
  'ioffe-regularizes.setup':
    'The paper’s MNIST net trained on the first {rows, number} training digits for 2,000 steps (120 epochs) and tested on all 10,000: plain, plain + dropout, BN, BN + dropout (rate 0.2 after every hidden layer).',
  'ioffe-regularizes.differs':
    'The paper’s evidence is Inception on ImageNet with dropout removed; a small training set makes overfitting visible in an MLP in minutes.',
  'ioffe-regularizes.criterion':
    'Holds when the BN twin’s train − test accuracy gap is smaller than the plain twin’s in every seed, and BN alone tests at least as well as plain + dropout (medians); partly when only the gap is smaller; not when it is not.',
  'ioffe-regularizes.rowTrain': 'Train accuracy',
  'ioffe-regularizes.rowTest': 'Test accuracy',
  'ioffe-regularizes.rowGap': 'Train − test gap',
  'ioffe-regularizes.reading':
    'BN’s gap was smaller than the plain twin’s in {smaller} seeds; BN alone tested {enough, select, yes {at least as well as} other {below}} plain + dropout (medians).',
  'ioffe-init-scale.source': 'Ioffe & Szegedy 2015, §3.3',
  'ioffe-init-scale.claim':
    'Batch Normalization makes training more resilient to the scale of the parameters: it is robust to the initial weights’ scale.',
  'ioffe-init-scale.setup':
    'Six hidden layers of 8 units on the circle set, η = 0.1, 500 steps, the initial weights multiplied by 0.01, 0.1, 1, 10 and 100 (He init for ReLU, Glorot for tanh). A scale trains when at least half the seeds end under the loss threshold.',
  'ioffe-init-scale.differs':
    'The paper argues it from BN’s scale invariance; we count the scales that train.',
  'ioffe-init-scale.criterion':
    'Holds when the BN twin trains at more of the 5 scales than the plain twin with ReLU and with tanh; partly with one; not with neither.',
  'ioffe-init-scale.scales': '{count, number} of 5 ({scales})',
  'ioffe-init-scale.row': 'Scales that train, {activation}',
  'ioffe-init-scale.readingPart':
    '{activation}: BN {bn, number}, plain {plain, number} of 5 scales',
  'ioffe-init-scale.reading': '{parts}.',
  'placement.source': 'Ioffe & Szegedy 2015, §3.2, against common practice',
  'placement.claim':
    'BN works after the activation (as in much practice and the lecture’s Keras model) as well as before it, where the paper puts it.',
  'placement.setup':
    'Six hidden layers of 8 units on the circle set with sigmoid, tanh and ReLU, 500 steps, 7 learning rates from 0.01 to 10: plain, BN before, BN after.',
  'placement.differs': 'The paper argues for “before” and does not test “after”; we measure both.',
  'placement.criterion':
    'Holds when, for every activation, BN after trains up to an η at least the plain twin’s and within a factor 3.16 (one grid step) of BN before’s; partly when for some activations; not for none.',
  'placement.row': 'Highest η that trains, {activation}',
  'placement.readingAll':
    'BN after kept up with BN before and the plain twin for every activation.',
  'placement.readingBehind':
    'BN after fell behind with {activations} (below the plain twin, or more than a grid step below BN before).',
  and: '{first} and {second}',
  'santurkar-noisy-bn.source': 'Santurkar et al. 2018, Figure 2',
  'santurkar-noisy-bn.claim':
    '“Noisy” BN — BN followed by noise whose mean and variance change every step — trains about as well as BN, although its layers’ input distributions are less stable than those of the network without BN.',
  'santurkar-noisy-bn.setup':
    'The paper’s MNIST net on the first {rows, number} training digits, 2,000 steps: plain, BN, and noisy BN. Noisy BN multiplies every value of every sample by its own scale and adds its own shift; each step, each unit’s scales get a new mean from U(0.5, 1.5) and spread from U(0, 0.5), its shifts a mean from U(−1, 1) and spread from U(0, 1). Stability: every 50 steps, the last hidden layer’s sigmoid inputs on 256 training digits, in training mode as the next layer sees them (the noise included); unit by unit, how far each one’s distribution moved since the last measurement (1-Wasserstein distance) in units of its standard deviation, averaged over the units and the run.',
  'santurkar-noisy-bn.differs':
    'The paper trains VGG on CIFAR-10 and gives the noise’s parameters only loosely; our noise follows its description (i.i.d. per sample and unit, non-zero mean, non-unit variance, redrawn every step) on an MLP.',
  'santurkar-noisy-bn.criterion':
    'Holds when noisy BN’s median test accuracy is within 2 points of BN’s and above the plain twin’s, and its layer input moves more per measurement than the plain twin’s in every seed; partly when the accuracy part holds but not the stability part; not when noisy BN falls more than 2 points below BN (or not above plain).',
  'santurkar-noisy-bn.rowTest': 'Test accuracy',
  'santurkar-noisy-bn.rowShift':
    'Last layer’s inputs, training mode: each unit’s move per 50 steps (× its std)',
  'santurkar-noisy-bn.reading':
    'Noisy BN {trains, select, yes {trained within 2 points of BN and above plain} other {did not train within 2 points of BN and above plain}}; its layer input moved more than the plain twin’s in {unstable} seeds.',
  finalLoss: 'Train loss at the end',
  'santurkar-ics.source': 'Santurkar et al. 2018, Figure 4',
  'santurkar-ics.claim':
    'BN does not reduce internal covariate shift measured as ‖G − G′‖/‖G‖ and cos(G, G′): how much a layer’s gradient changes when the layers before it take their step.',
  'santurkar-ics.setup':
    'The page’s opening net (8 ReLU layers of 16, XOR) at η = 0.3, where both twins train, 2,000 steps, measured every 100 steps; per window, each layer’s median, averaged over Dense layers 2–9.',
  'santurkar-ics.differs':
    'The paper measures VGG and deep linear nets on CIFAR-10; we measure an MLP on 2-D data, in two windows of training.',
  'santurkar-ics.criterion':
    'Holds when, in each window, the BN twin’s ‖G − G′‖/‖G‖ is at least the plain twin’s in at least half the seeds (BN did not reduce it); partly when in one window only; not when BN’s is smaller in most seeds in both windows.',
  'santurkar-ics.rowChange': '‖G − G′‖/‖G‖, steps {from, number}–{to, number}',
  'santurkar-ics.rowCosine': 'cos(G, G′), steps {from, number}–{to, number}',
  'santurkar-ics.readingWindow': '{count} seeds at steps {from, number}–{to, number}',
  'santurkar-ics.reading': 'BN’s change was at least the plain twin’s in {windows}.',
  'santurkar-landscape.source': 'Santurkar et al. 2018, Figure 5',
  'santurkar-landscape.claim':
    'BN makes the loss landscape smoother: the loss changes less along the gradient, the gradient is more predictive, and the effective β-smoothness is lower.',
  'santurkar-landscape.setup':
    'The page’s opening net (8 ReLU layers of 16, XOR) at η = 0.3, 2,000 steps; every 100 steps the loss and gradient are measured at θ − η′g for η′ from η/4 to 4η; each measure is the median over the run.',
  'santurkar-landscape.differs':
    'The paper measures VGG on CIFAR-10 over a range of step sizes; we use an MLP on 2-D data.',
  'santurkar-landscape.criterion':
    'Holds when the BN twin’s measure is lower than the plain twin’s on all three measures in every seed; partly when on some (or not every seed); not on none.',
  'santurkar-landscape.row.lossVariation': 'Loss variation along the gradient',
  'santurkar-landscape.row.predictiveness': 'Gradient change along the gradient (predictiveness)',
  'santurkar-landscape.row.smoothness': 'Effective β-smoothness',
  'santurkar-landscape.readingPart':
    '{count} seeds on {measure, select, lossVariation {loss variation} predictiveness {gradient change} other {β-smoothness}}',
  'santurkar-landscape.reading': 'BN was lower in {parts}.',
  'wu-he-batch-size.source': 'Wu & He 2018 (Group Normalization), Figure 1',
  'wu-he-batch-size.claim':
    'BN’s error grows as the batch shrinks, while Group Norm’s and Layer Norm’s, which do not use the batch, stay flat.',
  'wu-he-batch-size.setup':
    'The paper’s MNIST net (BN, LN or GN with 4 groups before each sigmoid) at batches of 32, 8 and 2, each run {examples, number} examples long, η = 0.5·m/60 (scaled with the batch), scored on the first {digits}.',
  'wu-he-batch-size.differs':
    'The paper trains ResNet-50 on ImageNet at 32 to 2 images per GPU for a fixed number of epochs; ours is an MLP for half an epoch.',
  'wu-he-batch-size.criterion':
    'Holds when BN’s median test error at m = 2 is at least 2 points above its error at m = 32, while Layer Norm’s and Group Norm’s rise by less than half as much; partly when BN’s rises but another’s rises as much; not when BN’s does not rise by 2 points.',
  'wu-he-batch-size.rowError': 'Test error, m = {m, number}',
  'wu-he-batch-size.rowRise': 'Rise from m = 32 to m = 2 (medians)',
  'wu-he-batch-size.unknown': 'an unknown amount',
  'wu-he-batch-size.reading':
    'BN’s error rose by {bn}; Layer Norm’s by {layerNorm}, Group Norm’s by {groupNorm}.',
  'ioffe-batch-renorm.source': 'Ioffe 2017 (Batch Renormalization)',
  'ioffe-batch-renorm.claim':
    'With small batches BN’s mismatch between training (batch statistics) and inference (running averages) costs accuracy; Batch Renormalization, which corrects training towards the running averages, recovers it.',
  'ioffe-batch-renorm.setup':
    'The paper’s MNIST net at batches of 32 and 2, {examples, number} examples each, η = 0.5·m/60: plain, BN, and Batch Renorm (r clipped to [1/3, 3], d to [−5, 5], opened over the first 100 steps), scored on the first {digits}.',
  'ioffe-batch-renorm.differs':
    'The paper uses Inception on ImageNet with 4 images per batch and non-i.i.d. batches, and opens its limits over tens of thousands of steps; we test small i.i.d. batches only.',
  'ioffe-batch-renorm.criterion':
    'Holds when, at m = 2, Batch Renorm’s test accuracy is above BN’s in every seed and BN’s median falls from m = 32 to m = 2; partly when Renorm is above BN in the median only; not otherwise.',
  'ioffe-batch-renorm.row': 'Test accuracy, m = {m, number}',
  'ioffe-batch-renorm.reading':
    'At m = 2 Batch Renorm tested above BN in {above} seeds; BN’s median {falls, select, yes {fell} other {did not fall}} from m = 32 to m = 2.',
  'bjorck-learning-rates.source': 'Bjorck, Gomes, Selman & Weinberger 2018',
  'bjorck-learning-rates.claim':
    'BN’s benefit comes mostly from the larger learning rates it allows: at the same small η BN and plain train alike; at each one’s best η BN wins.',
  'bjorck-learning-rates.setup':
    'The paper’s MNIST net on the first 5,000 training digits, 1,000 steps, at 6 learning rates from 0.01 to 3.16, scored on the first {digits}.',
  'bjorck-learning-rates.differs':
    'The paper trains ResNets on CIFAR-10; we use an MLP on MNIST and a short budget.',
  'bjorck-learning-rates.criterion':
    'Holds when, at the smallest η, the twins’ median test accuracies are within 3 points, and the BN twin’s best median (over η) beats the plain twin’s best by at least 1 point; partly when one of the two; not when neither.',
  'bjorck-learning-rates.row': 'Test accuracy at η = {eta}',
  'bjorck-learning-rates.rowBest': 'Best median over η',
  'bjorck-learning-rates.reading':
    'At η = {eta} the twins were {alike, select, yes {within} other {more than}} 3 points apart; at its best η BN {wins, select, yes {won by at least 1 point} other {did not win by 1 point}}.',
  'yang-gradient-explosion.source': 'Yang, Pennington, Rao, Sohl-Dickstein & Schoenholz 2019',
  'yang-gradient-explosion.claim':
    'A counter-claim: in deep networks without skip connections BN makes gradients explode at initialization, more with every layer.',
  'yang-gradient-explosion.setup':
    'ReLU networks of 32 units per layer, 5 to 50 layers deep, He initialization, on 2-D data (two Gaussians), batches of 64: each Dense layer’s gradient norm at step 0, and the ratio of the first hidden layer’s to the last hidden layer’s.',
  'yang-gradient-explosion.differs':
    'The paper derives it by mean-field theory and checks it on wide nets; ours are narrow and measured on one batch per seed.',
  'yang-gradient-explosion.criterion':
    'Holds when the BN twin’s ratio grows with depth and, at 50 layers, is at least 10 and above the plain twin’s in every seed; partly when it grows but not that far; not when it does not grow.',
  'yang-gradient-explosion.row': 'First ÷ last hidden layer’s gradient, {depth, number} layers',
  'yang-gradient-explosion.reading':
    'BN’s ratio {grows, select, yes {grew} other {did not grow}} with every depth; at {depth, number} layers it was at least 10 and above the plain twin’s in {explodes} seeds.',
  'frankle-gamma-beta.source': 'Frankle, Schwab & Morcos 2021',
  'frankle-gamma-beta.claim':
    'Training only BN’s γ and β, every other weight frozen at its random initial value, reaches accuracy far above chance.',
  'frankle-gamma-beta.setup':
    '784-100-100-100-10 with ReLU (He init) and BN before each ReLU, on the first 10,000 MNIST training digits, 2,000 steps at η = 0.1, scored on the first {digits}: all weights (99,710 in the Dense layers, and 600 γ and β), only γ and β (600), or only the output layer (1,010). Chance is 10%.',
  'frankle-gamma-beta.differs':
    'The paper trains deep ResNets on CIFAR-10 and ImageNet, where γ and β are a larger share of the parameters; ours is a 3-layer MLP.',
  'frankle-gamma-beta.criterion':
    'Holds when γ/β-only training reaches at least 50% test accuracy (5× chance) in every seed; partly when above 20% (2× chance) in every seed; not otherwise.',
  'frankle-gamma-beta.row.all': 'Every weight',
  'frankle-gamma-beta.row.normalization': 'Only γ and β',
  'frankle-gamma-beta.row.output': 'Only the output layer',
  'frankle-gamma-beta.reading':
    'Training only γ and β (600 numbers) reached {gammaBeta} against 10% chance; training only the output layer (1,010) reached {output}.',
} as const;

export type ClaimKey = keyof typeof claimsEn;
