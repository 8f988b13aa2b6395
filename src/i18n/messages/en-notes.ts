/** The view “Network and notes”: short notes for a student. */
export const notesEn = {
  'notes.title': 'What you are looking at',
  'notes.icsTitle': 'Internal covariate shift',
  'notes.ics':
    'Each layer learns on the outputs of the layers before it. When their weights change, the distribution of this layer’s inputs changes too (Ioffe & Szegedy, 2015): the layer keeps chasing a moving target. Watch the plain twin’s percentile lines wander while the BN twin’s stay put.',
  'notes.computesTitle': 'What Batch Norm computes',
  'notes.computes':
    'For every feature over a mini-batch B: the mean μ<sub>B</sub> and variance σ²<sub>B</sub>, the normalized value x̂ = (x − μ<sub>B</sub>) / √(σ²<sub>B</sub> + ε), and the output y = γ·x̂ + β. γ and β are learned by gradient descent like any weight (γ ← γ − η ∂L/∂γ). Per feature, a BN layer holds four numbers: γ, β, and the running mean and variance.',
  'notes.modesTitle': 'Training vs test mode',
  'notes.modes':
    'Training uses the batch’s own statistics. At test time BN uses running averages of μ and σ² kept during training, so one example’s prediction does not depend on which batch it came in. The test curves here use that mode.',
  'notes.secondTitle': 'A second view',
  'notes.second':
    'Santurkar et al. (2018) argue that BN helps less by removing covariate shift than by making the loss landscape smoother. The optimization panel measures both views on the same run. Their internal covariate shift is how much a layer’s gradient changes when only the layers before it take their step (‖G − G′‖/‖G‖, and the cosine of G and G′): if BN worked by removing shift, it would be smaller with BN. Their smoothness is how much the loss and its gradient change along the gradient (the loss band from ¼η to 4η, gradient predictiveness, β-smoothness): if BN works by smoothing, those are smaller with BN. Add noisy BN (Cohort in the setup) to see a network whose distributions shift on purpose and still train. Compare the drift readouts, these measures and the loss curves, and judge for yourself.',
} as const;
