import type { Experiment } from './schema';

/** Where a tour step points: a panel of the page, found by its `data-tour` mark. */
export type TourTarget =
  | 'distributions'
  | 'loss'
  | 'parameters'
  | 'test-time'
  | 'slider'
  | 'stable-range'
  | 'scoreboard'
  | 'optimization';

/** The page's views a step may open (the ids of state/pageHash's VIEWS). */
type TourView = 'live' | 'test-time' | 'stable-range' | 'optimization' | 'notes';

/** One step of the guided tour: a lecture point, the setup that shows it, and where to look. */
export interface TourStep {
  title: string;
  /** The idea, as the lecture states it. */
  idea: string;
  /** What to look for on the screen, in this setup. */
  lookFor: string;
  /** The preset the step loads (the first preset when absent), and changes to it. */
  preset?: string;
  patch?: (e: Experiment) => void;
  view: TourView;
  target: TourTarget;
}

export const TOUR: readonly TourStep[] = [
  {
    title: 'Internal covariate shift',
    idea: 'Internal covariate shift is the change in the distribution of a layer’s activations caused by the updates of the earlier layers’ parameters (Ioffe & Szegedy, 2015). Each layer keeps chasing a moving target.',
    lookFor:
      'Press Play. In the plain twin’s rows the percentile lines wander and the band spreads into the flat ends of the sigmoid (the “saturated” readout climbs); the BN twin’s rows stay centred and narrow. The drift readouts put a number on it.',
    view: 'live',
    target: 'distributions',
  },
  {
    title: 'What BN computes per mini-batch',
    idea: 'For every feature over the mini-batch B: μ_B and σ²_B, then x̂ = (x − μ_B)/√(σ²_B + ε), then y = γ·x̂ + β. A BN layer is a layer like any other, with four numbers per feature.',
    lookFor:
      'The table counts the worked example’s parameters as Keras’ model.summary() does: each BN layer has 4 numbers per feature — γ and β trainable, the running mean and variance not. Three features give 3 × 4 = 12.',
    preset: 'worked-example',
    view: 'notes',
    target: 'parameters',
  },
  {
    title: 'γ and β are learned by gradient descent',
    idea: 'γ and β get gradients like any weight, γ ← γ − η ∂L/∂γ and β ← β − η ∂L/∂β, so the network can undo the normalization where that helps (γ = σ, β = μ gives back the input).',
    lookFor:
      'Press Play and watch the γ and β readouts beside each layer, and the γ/β charts of the test-time view, move away from 1 and 0 as training goes on.',
    view: 'test-time',
    target: 'test-time',
  },
  {
    title: 'BN at test time',
    idea: 'Training normalizes with the batch’s own statistics. At test time BN uses the running averages of μ and σ² kept during training, so one example’s prediction does not depend on its batch.',
    lookFor:
      'Compare the accuracy in inference mode (running averages) with the accuracy when each test batch uses its own statistics, and the running mean and variance converging on the batch statistics.',
    view: 'test-time',
    target: 'test-time',
  },
  {
    title: 'Advantage 1 — stable: a wider range of hyperparameters',
    idea: 'With BN a wider range of learning rates (and other settings) trains.',
    lookFor:
      'The bands on the learning-rate slider show each twin’s outcome per learning rate, measured in the background on a few seeds: the BN twin’s green band reaches further right. Drag η across the plain twin’s edge and watch it fail live.',
    view: 'live',
    target: 'slider',
  },
  {
    title: 'Advantage 2 — faster: higher learning rates work',
    idea: 'Because it tolerates higher learning rates, the BN twin can take bigger steps and reach a target accuracy in fewer steps.',
    lookFor:
      'At η = 2 in this deep ReLU net the plain twin’s units die and it stays at chance, while the BN twin trains. The scoreboard counts each twin’s steps to the target accuracy.',
    preset: 'high-learning-rate',
    view: 'live',
    target: 'scoreboard',
  },
  {
    title: 'Advantage 3 — a regularizing effect',
    idea: 'Each example is normalized with the statistics of a random mini-batch, which adds noise a little like dropout and can shrink the gap between train and test.',
    lookFor:
      'The scoreboard’s train − test gap for both twins; in the loss chart, dashed lines are the test loss. The effect is small on data this easy: judge the numbers, not the slogan.',
    view: 'live',
    target: 'scoreboard',
  },
  {
    title: 'Advantage 4 — less sensitive to weight initialization',
    idea: 'BN rescales every layer’s inputs, so initial weights too small or too large matter much less.',
    lookFor:
      'With tiny initial weights (σ = 0.001) the plain twin’s signal vanishes and its loss stays flat, while the BN twin trains. The stable-range view’s learning rate × init scale map shows it over many runs.',
    preset: 'bad-init',
    view: 'live',
    target: 'loss',
  },
  {
    title: 'A second view: a smoother loss landscape',
    idea: 'Santurkar et al. (2018) argue BN helps less by removing covariate shift than by making the loss and its gradient change more gently along the gradient.',
    lookFor:
      'Their measures, on this same run: the loss band along the gradient and β-smoothness (narrower and lower with BN means smoother), and their covariate shift ‖G − G′‖/‖G‖ per layer — often not smaller with BN.',
    view: 'optimization',
    target: 'optimization',
  },
];
