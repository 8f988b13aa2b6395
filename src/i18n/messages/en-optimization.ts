/** The Optimization view: Santurkar et al.'s measures, live, and what this run shows. */
export const optimizationEn = {
  'opt.title': 'Optimization: Santurkar et al.’s measures',
  'opt.what': 'Santurkar et al.’s measures',
  'opt.every': 'Measure every',
  'opt.everyOff': 'Off',
  'opt.everySteps': '{steps, plural, one {# step} other {# steps}}',
  'opt.hint':
    'Every {every, select, few {few} other {{every}}} steps, on that step’s batch, for both twins: how much each layer’s gradient changes when only the layers before it take their step (G before, G′ after: <ics>Santurkar’s internal covariate shift</ics>), and how the loss and its gradient change along the gradient for step sizes ¼η to 4η (the <band>loss band</band>, and <smooth>β-smoothness</smooth>), as in their Figures 4 and 5.',
  'opt.legend': '━ {network}',
  'opt.lossLabel':
    'Loss along the gradient over training: band from ¼η to 4η, line at η, both twins',
  'opt.lossCaption': 'Loss band along the gradient',
  'opt.gradientLabel':
    'Gradient predictiveness over training: band of ‖∇L(θ − η′g) − ∇L(θ)‖, both twins',
  'opt.gradientCaption': 'Gradient predictiveness',
  'opt.smoothLabel': 'Effective β-smoothness over training, both twins',
  'opt.smoothCaption': 'Effective β-smoothness',
  'opt.bandEdge': '{network} {edge, select, min {min} other {max}}',
  'opt.perLayer': 'Per layer',
  'opt.measure.gradientChange': 'Gradient change ‖G − G′‖/‖G‖ (ICS)',
  'opt.measure.gradientCosine': 'Gradient cosine cos(G, G′)',
  'opt.measure.gradientNorm': 'Gradient norm ‖∂L/∂W‖',
  'opt.measure.weightNorm': 'Weight norm ‖W‖',
  'opt.measure.effectiveLearningRate': 'Effective learning rate η/‖W‖² (BN after Dense)',
  'opt.effectiveHint':
    'η/‖W‖² is drawn where BN directly follows a Dense layer (placement “before”); with BN {placement, select, after {after the activation} other {off}} neither twin has such a layer.',
  'opt.layer': 'Layer {layer, number}',
  'opt.outputLayer': 'Output layer',
  'opt.layerLabel': '{measure} of {layer} over training, {networks}',
  'opt.off': 'The measures are off: choose how often to take them.',
  'opt.waiting':
    'This run’s numbers appear here once both twins have been measured (every {every, number} steps).',
  'opt.lost':
    'The {twins} blew up at step {step, number}, before its first measurement: these measures compare the twins where both train (a lower η).',
  'opt.lostTwins':
    '{which, select, plain {plain twin} batchNorm {BN twin} other {plain twin and the BN twin}}',
  'opt.window':
    'On this run (seed {seed, number, ::group-off}), medians of the last {recent, number} measurements, steps {from, number} to {to, number}.',
  'opt.value': '{network} {value}',
  'opt.change':
    'Gradient change from the earlier layers’ step, ‖G − G′‖/‖G‖ averaged over layers 2 on (Santurkar’s internal covariate shift): {values} — {verdict, select, larger {larger with BN at these steps: here, by this measure, BN does not reduce internal covariate shift} smaller {smaller with BN at these steps: here, by this measure, BN reduces internal covariate shift} other {about the same with and without BN at these steps}}.',
  'opt.band':
    'Loss band, the spread of the loss at ¼η to 4η along the gradient: {values} — {verdict, select, larger {at these steps the loss changes more along the gradient with BN: no smoother here} smaller {at these steps the loss changes less along the gradient with BN: a smoother landscape here} other {about as smooth with and without BN at these steps}}.',
  'opt.smoothness': 'Effective β-smoothness (lower: the gradient is more predictive): {values}.',
  'opt.seeds':
    'Over {seeds, number} seeds of this setup, measured ahead of time, BN’s ‖G − G′‖/‖G‖ against the plain twin’s: {windows}.',
  'opt.seedWindow': 'at steps {from, number}–{to, number} {parts}',
  'opt.seedSmaller': 'smaller on {count, number} of {seeds, number} seeds',
  'opt.seedLarger': 'larger on {count, number} of {seeds, number}',
  'opt.seedSame': 'about the same on {count, number} of {seeds, number}',
  'opt.seedNone': 'not measured on {count, number} of {seeds, number} (a twin blew up)',
} as const;
