/**
 * The guided tour (src/page/tour.ts, src/ui/Tour.tsx): each step's title, idea, what to look for
 * and its question, by step id. `{eta}` is the setup's η, `{activation}` its hidden layers'
 * activation as the page names it, `{placement}` BN's (`before`, `after`).
 */
export const tourEn = {
  'tour.count': 'Tour · step {step, number} of {total, number}',
  'tour.lookFor': 'Look for:',
  'tour.measuredNow': 'Measured now:',
  'tour.setup': 'Setup: <b>{title}</b>{changed, select, yes { (changed for this step)} other {}}',
  'tour.back': 'Back',
  'tour.next': 'Next',
  'tour.finish': 'Finish',
  'tour.close': 'Close the tour',
  'tour.playRun': 'Play the run',
  'tour.pauseRun': 'Pause the run',
  'tour.switchPlacement': 'Switch BN to {to, select, after {after} other {before}} the activation',
  'tour.runMeasurement': 'Run the measurement',
  'testTime.measure': 'Measure test accuracy by batch size',
  'tour.mixedActivations': 'mixed activations',
  'tour.picture.title': 'Batch Normalization in one picture',
  'tour.picture.idea':
    'Batch Normalization normalizes the values of every hidden layer over the mini-batch — with the batch’s own mean and variance — right before (or right after) the activation. The two twins here are the same network, from the same initial weights, on the same batches; only one has BN.',
  'tour.picture.lookFor':
    'Press Play and watch the loss and accuracy chart. At η = {eta}, a learning rate above what the plain twin tolerates, one twin trains and the other fails within the first steps. The line below says which, as it happens.',
  'tour.picture.prompt': 'At η = {eta}, what will the two twins do in their first 100 steps?',
  'tour.picture.choice1': 'Both train',
  'tour.picture.choice2': 'Only the BN twin trains',
  'tour.picture.choice3': 'Only the plain twin trains',
  'tour.picture.choice4': 'Neither',
  'tour.inputs.title': 'Normalized inputs: the same idea at layer 0',
  'tour.inputs.idea':
    'When the inputs have very different scales (cgpa near 5–10, iq near 60–120), gradient descent converges slowly or not at all, so inputs are standardized (mean 0, variance 1) before training. Batch Normalization applies the same idea inside the network, to every layer’s inputs, for every batch.',
  'tour.inputs.lookFor':
    'This step turns input normalization off on the worked example (raw cgpa and iq), with BN {placement, select, after {after} other {before}} the activation, at η = {eta}. Press Play: the plain twin’s first layer gets the raw scales; the BN twin normalizes its first Dense layer’s output before the {activation}. Then turn “{normalizeInputs}” back on in the setup (Data) and compare.',
  'tour.covariateShift.title': 'Covariate shift',
  'tour.covariateShift.idea':
    'A model learns a mapping X → Y from examples. When the distribution of X changes between training and use — students from another school, say — what was learned may no longer fit: that is covariate shift. Inside a network, every layer learns a mapping from the previous layer’s outputs, and those outputs change as the earlier layers learn.',
  'tour.covariateShift.lookFor':
    'Each heatmap column is one moment of training: how a layer’s values were spread (dark: many). Layer 1 receives the data, which never change; every later layer receives what the layers before it make, and those change as they learn. Here η = {eta}, where both twins train: press Play.',
  'tour.internalShift.title': 'Internal covariate shift',
  'tour.internalShift.idea':
    'Ioffe & Szegedy (2015) define internal covariate shift as the change in the distribution of network activations due to the change in network parameters during training. Without BN, training copes with it by low learning rates and careful initialization.',
  'tour.internalShift.lookFor':
    'The view shows what BN receives: each layer’s Dense output before normalization, and the plain twin’s at the same place. The drift bars measure how far each layer’s distribution has moved from step 0, in units of its step-0 spread (σ₀). With BN {placement, select, after {after} other {before}} the {activation}, the BN twin passes on normalized values whatever it receives.',
  'tour.computes.title': 'What BN computes per mini-batch',
  'tour.computes.idea':
    'For every feature over the mini-batch B: μ_B and σ²_B, then x̂ = (x − μ_B)/√(σ²_B + ε), then y = γ·x̂ + β. A BN layer is a layer like any other, with four numbers per feature.',
  'tour.computes.lookFor':
    'The table counts the lecture’s model’s parameters as Keras’ model.summary() does: each BN layer has 4 numbers per feature — γ and β trainable, the running mean and variance not (3 × 4 = 12 for the first: 6 and 6).',
  'tour.gammaBeta.title': 'γ and β are learned by gradient descent',
  'tour.gammaBeta.idea':
    'γ and β get gradients like any weight, γ ← γ − η ∂L/∂γ and β ← β − η ∂L/∂β, so the network can undo the normalization where that helps (γ = σ, β = μ gives back the input).',
  'tour.gammaBeta.lookFor':
    'Press Play and watch the γ and β charts: every feature starts at γ = 1 and β = 0, and each moves its own way as training goes on.',
  'tour.placement.title': 'Where BN sits: before or after the activation',
  'tour.placement.idea':
    'The paper puts BN between the Dense layer and its activation (Dense → BN → activation); a common Keras pattern puts it after (Dense(activation) → BN). Both are used; they do not behave the same.',
  'tour.placement.lookFor':
    'Switch the placement (the “{placementControl}” control, or the button here): the run restarts, and the previous placement’s BN twin stays as a dotted ghost on the loss chart and under the slider. The bands of both placements were measured for this setup ({activation}).',
  'tour.placement.prompt':
    'With {activation} units, which placement trains at the higher learning rates?',
  'tour.placement.choice1': 'BN before the activation',
  'tour.placement.choice2': 'BN after the activation',
  'tour.placement.choice3': 'About the same',
  'tour.testTime.title': 'BN at test time',
  'tour.testTime.idea':
    'Training normalizes with the batch’s own statistics. At test time BN uses the running averages of μ and σ² kept during training, so one example’s prediction does not depend on its batch.',
  'tour.testTime.lookFor':
    'Press “{measureButton}”: the BN twin’s test accuracy in inference mode (running averages) beside its accuracy when each test batch is normalized by its own statistics, for batches of 2 to 256.',
  'tour.testTime.prompt':
    'Normalize test batches of 2 by their own statistics instead of the running averages: will the BN twin’s test accuracy be higher, lower or the same?',
  'tour.testTime.choice1': 'Higher',
  'tour.testTime.choice2': 'Lower',
  'tour.testTime.choice3': 'The same',
  'tour.stable.title': 'Advantage 1 — stable: a wider range of learning rates',
  'tour.stable.idea': 'With BN a wider range of learning rates (and other settings) trains.',
  'tour.stable.lookFor':
    'The bands under the learning-rate slider show each twin’s outcome at every learning rate, over several seeds. Drag η across the plain twin’s edge and watch it fail live; it is at η = {eta} now.',
  'tour.faster.title': 'Advantage 2 — faster: higher learning rates work',
  'tour.faster.idea':
    'Because it tolerates higher learning rates, the BN twin can take bigger steps and reach a target accuracy in fewer steps.',
  'tour.faster.lookFor':
    'The scoreboard counts the steps to 90% test accuracy at η = {eta}, checked after every step, over several seeds.',
  'tour.regularizer.title': 'Advantage 3 — a regularizing effect',
  'tour.regularizer.idea':
    'Each example is normalized with the statistics of a random mini-batch, which adds noise a little like dropout and can shrink the gap between train and test accuracy.',
  'tour.regularizer.lookFor':
    'The scoreboard’s train − test gap for both twins, over several seeds. Judge the numbers, not the slogan: on data this easy the effect may not show.',
  'tour.regularizer.prompt':
    'Will BN shrink the gap between train and test accuracy on this setup?',
  'tour.regularizer.choice1': 'Yes, clearly',
  'tour.regularizer.choice2': 'No clear difference',
  'tour.regularizer.choice3': 'The gap grows with BN',
  'tour.init.title': 'Advantage 4 — less sensitive to weight initialization',
  'tour.init.idea':
    'BN rescales every layer’s inputs, so initial weights too small or too large matter much less.',
  'tour.init.lookFor':
    'Initial weights here are tiny (Gaussian, σ = {sigma}) in a deep {activation} net. Press Play and watch the loss chart; the scoreboard counts the init scales (×0.01 to ×100) that train.',
  'tour.init.prompt': 'With initial weights this small (σ = {sigma}), which twin will learn?',
  'tour.init.choice1': 'Both',
  'tour.init.choice2': 'Only the BN twin',
  'tour.init.choice3': 'Only the plain twin',
  'tour.init.choice4': 'Neither',
  'tour.landscape.title': 'A second view: a smoother loss landscape',
  'tour.landscape.idea':
    'Santurkar et al. (2018) argue BN helps less by removing covariate shift than by making the loss and its gradient change more gently along the gradient.',
  'tour.landscape.lookFor':
    'Press Play, then read their measures on this same run: how much the loss changes along the gradient (the loss band), how predictive the gradient is (β-smoothness), and their covariate shift ‖G − G′‖/‖G‖ per layer. The caption says which way each goes, and when.',
} as const;
