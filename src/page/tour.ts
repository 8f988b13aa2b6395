import { ACTIVATION_CHOICES } from '../experiment/choices';
import { findPreset, PRESETS } from '../experiment/presets';
import { cloneExperiment } from '../experiment/schema';
import type { Experiment } from '../experiment/schema';
import type { Tap } from '../experiment/taps';

/** Where a tour step points: a panel of the page, found by its `data-tour` mark. */
export type TourTarget =
  | 'distributions'
  | 'loss'
  | 'parameters'
  | 'gamma-beta'
  | 'test-time'
  | 'slider'
  | 'placement'
  | 'scoreboard'
  | 'optimization';

/** The page's views a step may open (the ids of state/pageHash's VIEWS). */
type TourView = 'live' | 'test-time' | 'stable-range' | 'optimization' | 'notes';

/**
 * What a step asks the learner to do, which the tour box offers as a button of its own (named
 * as the page's control is): play the run, switch BN's placement, or measure the test-time
 * accuracy.
 */
export type TourAction = 'play' | 'switchPlacement' | 'measureTestTime';

/** Which live measurement the tour box states under a step (see ui/tourReadings). */
export type TourReading =
  | 'outcome'
  | 'inputs'
  | 'layerInputs'
  | 'drift'
  | 'parameters'
  | 'gammaBeta'
  | 'placements'
  | 'testTime'
  | 'edge'
  | 'speed'
  | 'gap'
  | 'init'
  | 'landscape';

/** One step of the guided tour: a lecture point, the setup that shows it, and where to look. */
export interface TourStep {
  title: string;
  /** The idea, as the lecture states it. */
  idea: string;
  /** What to look for on the screen, in this step's setup (which the text names as it is). */
  lookFor: (e: Experiment) => string;
  /** The preset the step loads (the first preset when absent), and changes to it. */
  preset?: string;
  patch?: (e: Experiment) => void;
  view: TourView;
  target: TourTarget;
  /** The distributions' view the step shows, when it matters. */
  tap?: Tap;
  action?: TourAction;
  /** The measurement stated under the step, computed from what the page shows now. */
  reading: TourReading;
  /**
   * A question asked before the step shows its result (predict, then reveal): the learner picks
   * a choice, then the run and the measurement answer it. Nothing here says which is right.
   */
  question?: TourQuestion;
}

export interface TourQuestion {
  prompt: (e: Experiment) => string;
  choices: readonly string[];
}

/** The hidden layers' activation as the page names it ("ReLU"), or "mixed activations". */
export function activationName(e: Experiment): string {
  const kinds = [...new Set(e.model.hidden.map((l) => l.activation))];
  if (kinds.length !== 1) return 'mixed activations';
  return ACTIVATION_CHOICES.find((c) => c.value === kinds[0])?.label ?? kinds[0];
}

/** η as the tour writes it. */
const eta = (e: Experiment) => `η = ${e.optimizer.learningRate}`;

/** The opening's setup at a learning rate where both twins train. */
const BOTH_TRAIN = 0.3;
const bothTrain = (e: Experiment) => void (e.optimizer.learningRate = BOTH_TRAIN);

export const TOUR: readonly TourStep[] = [
  {
    title: 'Batch Normalization in one picture',
    idea: 'Batch Normalization normalizes the values of every hidden layer over the mini-batch — with the batch’s own mean and variance — right before (or right after) the activation. The two twins here are the same network, from the same initial weights, on the same batches; only one has BN.',
    lookFor: (e) =>
      `Press Play and watch the loss and accuracy chart. At ${eta(e)}, a learning rate above what the plain twin tolerates, one twin trains and the other fails within the first steps. The line below says which, as it happens.`,
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'outcome',
    question: {
      prompt: (e) => `At ${eta(e)}, what will the two twins do in their first 100 steps?`,
      choices: ['Both train', 'Only the BN twin trains', 'Only the plain twin trains', 'Neither'],
    },
  },
  {
    title: 'Normalized inputs: the same idea at layer 0',
    idea: 'When the inputs have very different scales (cgpa near 5–10, iq near 60–120), gradient descent converges slowly or not at all, so inputs are standardized (mean 0, variance 1) before training. Batch Normalization applies the same idea inside the network, to every layer’s inputs, for every batch.',
    lookFor: (e) =>
      `This step turns input normalization off on the worked example (raw cgpa and iq), with BN ${e.batchNorm.placement} the activation, at ${eta(e)}. Press Play: the plain twin’s first layer gets the raw scales; the BN twin normalizes its first Dense layer’s output before the ${activationName(e)}. Then turn “Normalize inputs” back on in the setup (Data) and compare.`,
    preset: 'worked-example',
    patch: (e) => {
      if (e.data.type === 'named') e.data.normalizeInputs = false;
      e.batchNorm.placement = 'before';
      e.optimizer.learningRate = 0.3;
      e.training.steps = 2000;
    },
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'inputs',
  },
  {
    title: 'Covariate shift',
    idea: 'A model learns a mapping X → Y from examples. When the distribution of X changes between training and use — students from another school, say — what was learned may no longer fit: that is covariate shift. Inside a network, every layer learns a mapping from the previous layer’s outputs, and those outputs change as the earlier layers learn.',
    lookFor: (e) =>
      `Each heatmap column is one moment of training: how a layer’s values were spread (dark: many). Layer 1 receives the data, which never change; every later layer receives what the layers before it make, and those change as they learn. Here ${eta(e)}, where both twins train: press Play.`,
    patch: bothTrain,
    view: 'live',
    target: 'distributions',
    tap: 'preActivation',
    action: 'play',
    reading: 'layerInputs',
  },
  {
    title: 'Internal covariate shift',
    idea: 'Ioffe & Szegedy (2015) define internal covariate shift as the change in the distribution of network activations due to the change in network parameters during training. Without BN, training copes with it by low learning rates and careful initialization.',
    lookFor: (e) =>
      `The view shows what BN receives: each layer’s Dense output before normalization, and the plain twin’s at the same place. The drift bars measure how far each layer’s distribution has moved from step 0, in units of its step-0 spread (σ₀). With BN ${e.batchNorm.placement === 'after' ? 'after' : 'before'} the ${activationName(e)}, the BN twin passes on normalized values whatever it receives.`,
    patch: bothTrain,
    view: 'live',
    target: 'distributions',
    tap: 'bnInput',
    action: 'play',
    reading: 'drift',
  },
  {
    title: 'What BN computes per mini-batch',
    idea: 'For every feature over the mini-batch B: μ_B and σ²_B, then x̂ = (x − μ_B)/√(σ²_B + ε), then y = γ·x̂ + β. A BN layer is a layer like any other, with four numbers per feature.',
    lookFor: () =>
      'The table counts the lecture’s model’s parameters as Keras’ model.summary() does: each BN layer has 4 numbers per feature — γ and β trainable, the running mean and variance not (3 × 4 = 12 for the first: 6 and 6).',
    preset: 'lecture-example',
    view: 'notes',
    target: 'parameters',
    reading: 'parameters',
  },
  {
    title: 'γ and β are learned by gradient descent',
    idea: 'γ and β get gradients like any weight, γ ← γ − η ∂L/∂γ and β ← β − η ∂L/∂β, so the network can undo the normalization where that helps (γ = σ, β = μ gives back the input).',
    lookFor: () =>
      'Press Play and watch the γ and β charts: every feature starts at γ = 1 and β = 0, and each moves its own way as training goes on.',
    preset: 'lecture-example',
    view: 'test-time',
    target: 'gamma-beta',
    action: 'play',
    reading: 'gammaBeta',
  },
  {
    title: 'Where BN sits: before or after the activation',
    idea: 'The paper puts BN between the Dense layer and its activation (Dense → BN → activation); a common Keras pattern puts it after (Dense(activation) → BN). Both are used; they do not behave the same.',
    lookFor: (e) =>
      `Switch the placement (the “BN placement” control, or the button here): the run restarts, and the previous placement’s BN twin stays as a dotted ghost on the loss chart and under the slider. The bands of both placements were measured for this setup (${activationName(e)}).`,
    view: 'live',
    target: 'placement',
    action: 'switchPlacement',
    reading: 'placements',
    question: {
      prompt: (e) =>
        `With ${activationName(e)} units, which placement trains at the higher learning rates?`,
      choices: ['BN before the activation', 'BN after the activation', 'About the same'],
    },
  },
  {
    title: 'BN at test time',
    idea: 'Training normalizes with the batch’s own statistics. At test time BN uses the running averages of μ and σ² kept during training, so one example’s prediction does not depend on its batch.',
    lookFor: () =>
      'Press “Measure test accuracy by batch size”: the BN twin’s test accuracy in inference mode (running averages) beside its accuracy when each test batch is normalized by its own statistics, for batches of 2 to 256.',
    preset: 'worked-example',
    view: 'test-time',
    target: 'test-time',
    action: 'measureTestTime',
    reading: 'testTime',
    question: {
      prompt: () =>
        'Normalize test batches of 2 by their own statistics instead of the running averages: will the BN twin’s test accuracy be higher, lower or the same?',
      choices: ['Higher', 'Lower', 'The same'],
    },
  },
  {
    title: 'Advantage 1 — stable: a wider range of learning rates',
    idea: 'With BN a wider range of learning rates (and other settings) trains.',
    lookFor: (e) =>
      `The bands under the learning-rate slider show each twin’s outcome at every learning rate, over several seeds. Drag η across the plain twin’s edge and watch it fail live; it is at ${eta(e)} now.`,
    view: 'live',
    target: 'slider',
    reading: 'edge',
  },
  {
    title: 'Advantage 2 — faster: higher learning rates work',
    idea: 'Because it tolerates higher learning rates, the BN twin can take bigger steps and reach a target accuracy in fewer steps.',
    lookFor: (e) =>
      `The scoreboard counts the steps to 90% test accuracy at ${eta(e)}, checked after every step, over several seeds.`,
    view: 'live',
    target: 'scoreboard',
    reading: 'speed',
  },
  {
    title: 'Advantage 3 — a regularizing effect',
    idea: 'Each example is normalized with the statistics of a random mini-batch, which adds noise a little like dropout and can shrink the gap between train and test accuracy.',
    lookFor: () =>
      'The scoreboard’s train − test gap for both twins, over several seeds. Judge the numbers, not the slogan: on data this easy the effect may not show.',
    preset: 'deep-saturating',
    view: 'live',
    target: 'scoreboard',
    reading: 'gap',
    question: {
      prompt: () => 'Will BN shrink the gap between train and test accuracy on this setup?',
      choices: ['Yes, clearly', 'No clear difference', 'The gap grows with BN'],
    },
  },
  {
    title: 'Advantage 4 — less sensitive to weight initialization',
    idea: 'BN rescales every layer’s inputs, so initial weights too small or too large matter much less.',
    lookFor: (e) =>
      `Initial weights here are tiny (Gaussian, σ = ${e.init.sigma}) in a deep ${activationName(e)} net. Press Play and watch the loss chart; the scoreboard counts the init scales (×0.01 to ×100) that train.`,
    preset: 'bad-init',
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'init',
    question: {
      prompt: (e) =>
        `With initial weights this small (σ = ${e.init.sigma}), which twin will learn?`,
      choices: ['Both', 'Only the BN twin', 'Only the plain twin', 'Neither'],
    },
  },
  {
    title: 'A second view: a smoother loss landscape',
    idea: 'Santurkar et al. (2018) argue BN helps less by removing covariate shift than by making the loss and its gradient change more gently along the gradient.',
    lookFor: () =>
      'Press Play, then read their measures on this same run: how much the loss changes along the gradient (the loss band), how predictive the gradient is (β-smoothness), and their covariate shift ‖G − G′‖/‖G‖ per layer. The caption says which way each goes, and when.',
    patch: bothTrain,
    view: 'optimization',
    target: 'optimization',
    action: 'play',
    reading: 'landscape',
  },
];

/** A step's setup as the tour loads it: its preset (the first when it names none), with its changes. */
export function stepSetup(step: TourStep): { presetId: string; experiment: Experiment } {
  const presetId = step.preset ?? PRESETS[0].id;
  const experiment = cloneExperiment(findPreset(presetId)!.experiment);
  step.patch?.(experiment);
  return { presetId, experiment };
}
