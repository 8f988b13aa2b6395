import {
  ACTIVATION_CHOICES,
  CONVENTION_CHOICES,
  DATA_TYPE_CHOICES,
  DATASET_CHOICES,
  HEAD_CHOICES,
  INIT_CHOICES,
  MEMBER_CHOICES,
  OPTIMIZER_CHOICES,
  PLACEMENT_CHOICES,
  TASK_CHOICES,
  TRAIN_ONLY_CHOICES,
  type Choice,
} from './choices';
import type { NumberRule } from './fieldReader';

interface Described {
  /** What the page calls the field. */
  label: string;
  /** One sentence for the learner (shown beside the control and in docs/command-line.md). */
  help: string;
  /** For `data.*`: the kind of data the field belongs to. */
  only?: 'named' | 'inline';
}

/**
 * One field of a description. `number`, `boolean` and `choice` fields are leaves with a default;
 * `json` fields hold structures (layer lists, weights, rows) read by their own readers and written
 * whole in URLs; `constant` and `text` are the file's version and optional name.
 */
export type FieldSpec = Described &
  (
    | { kind: 'number'; rule: NumberRule; default: number }
    | { kind: 'boolean'; default: boolean }
    | { kind: 'choice'; choices: readonly Choice[]; default: string }
    | { kind: 'json'; default?: unknown }
    | { kind: 'constant'; default: number }
    | { kind: 'text' }
  );

/**
 * Every field of an experiment description, declared once: path, type, limits, default, label
 * and help. Validation, the URL codec, the setup form, the code export and the default
 * description (the worked example) all read this table; `[]` stands for any index of a list.
 * Keys are in the order files are written.
 */
export const FIELDS = {
  version: {
    kind: 'constant',
    default: 1,
    label: 'Format version',
    help: 'Version of the experiment file format.',
  },
  name: { kind: 'text', label: 'Name', help: 'An optional name for the setup (ignored).' },
  seed: {
    kind: 'number',
    rule: { min: 0, max: 4294967295, integer: true },
    default: 1,
    label: 'Seed',
    help: 'Seeds initialization, data generation, the split and shuffling.',
  },
  'data.type': {
    kind: 'choice',
    choices: DATA_TYPE_CHOICES,
    default: 'named',
    label: 'Data',
    help: 'A named dataset, or rows given in the file.',
  },
  'data.name': {
    kind: 'choice',
    choices: DATASET_CHOICES,
    default: 'placement',
    label: 'Dataset',
    help: 'The worked example’s table, a generated 2-D set, or the MNIST digits.',
    only: 'named',
  },
  'data.samples': {
    kind: 'number',
    rule: { min: 8, max: 100_000, integer: true },
    default: 400,
    label: 'Samples',
    help: 'Points to generate (2-D sets).',
    only: 'named',
  },
  'data.noise': {
    kind: 'number',
    rule: { min: 0, max: 2 },
    default: 0.1,
    label: 'Noise',
    help: 'Standard deviation of the jitter added to each coordinate (2-D sets).',
    only: 'named',
  },
  'data.task': {
    kind: 'choice',
    choices: TASK_CHOICES,
    default: 'binary',
    label: 'Task',
    help: 'What y holds: 0/1, a class index, or numbers to predict.',
    only: 'inline',
  },
  'data.featureNames': {
    kind: 'json',
    label: 'Feature names',
    help: 'One name per column of x.',
    only: 'inline',
  },
  'data.x': { kind: 'json', label: 'Inputs', help: 'Rows of numbers.', only: 'inline' },
  'data.y': { kind: 'json', label: 'Targets', help: 'One target per row.', only: 'inline' },
  'data.testFraction': {
    kind: 'number',
    rule: { min: 0, max: 0.9 },
    default: 0.25,
    label: 'Test fraction',
    help: 'Share of the rows held out for testing.',
  },
  'data.normalizeInputs': {
    kind: 'boolean',
    default: true,
    label: 'Normalize inputs',
    help: 'Standardize each input with the training split’s mean and standard deviation.',
  },
  'model.hidden': {
    kind: 'json',
    default: [
      { units: 3, activation: 'relu' },
      { units: 2, activation: 'relu' },
    ],
    label: 'Hidden layers',
    help: 'The hidden layers in order, each { units, activation }.',
  },
  'model.hidden[].units': {
    kind: 'number',
    rule: { min: 1, max: 1024, integer: true },
    default: 8,
    label: 'Units',
    help: 'Width of a hidden layer.',
  },
  'model.hidden[].activation': {
    kind: 'choice',
    choices: ACTIVATION_CHOICES,
    default: 'relu',
    label: 'Activation',
    help: 'The nonlinearity of a hidden layer.',
  },
  'model.head': {
    kind: 'choice',
    choices: HEAD_CHOICES,
    default: 'sigmoid',
    label: 'Output head',
    help: 'Output and loss; the number of output units follows from the data.',
  },
  'batchNorm.placement': {
    kind: 'choice',
    choices: PLACEMENT_CHOICES,
    default: 'after',
    label: 'BN placement',
    help: 'Where Batch Norm sits in the BN twin’s hidden layers.',
  },
  'batchNorm.momentum': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 1 },
    default: 0.1,
    label: 'BN momentum',
    help: 'Weight of the newest batch in the running statistics (PyTorch’s convention).',
  },
  'batchNorm.epsilon': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 1 },
    default: 1e-5,
    label: 'BN ε',
    help: 'Added to the variance before its square root.',
  },
  'batchNorm.convention': {
    kind: 'choice',
    choices: CONVENTION_CHOICES,
    default: 'pytorch',
    label: 'Momentum convention',
    help: 'How the page writes BN momentum: Keras’ 0.99 is PyTorch’s 0.01 (the run is the same).',
  },
  'cohort.third': {
    kind: 'choice',
    choices: MEMBER_CHOICES,
    default: 'none',
    label: 'Third network',
    help: 'Trains beside the twins from the same initial weights on the same batches.',
  },
  'cohort.fourth': {
    kind: 'choice',
    choices: MEMBER_CHOICES,
    default: 'none',
    label: 'Fourth network',
    help: 'A fourth network beside the twins (not the same as the third).',
  },
  'cohort.noiseScale': {
    kind: 'number',
    rule: { min: 0, max: 0.99 },
    default: 0.5,
    label: 'Noisy BN scale ±',
    help: 'Noisy BN multiplies every value by its own scale; each step, each unit’s scales have a mean from U(1 − this, 1 + this) and a spread from U(0, this).',
  },
  'cohort.noiseShift': {
    kind: 'number',
    rule: { min: 0, max: 100 },
    default: 1,
    label: 'Noisy BN shift ±',
    help: 'Noisy BN then adds every value its own shift; each step, each unit’s shifts have a mean from U(−this, this) and a spread from U(0, this).',
  },
  'cohort.groups': {
    kind: 'number',
    rule: { min: 1, max: 1024, integer: true },
    default: 2,
    label: 'Group Norm groups',
    help: 'Group Norm splits each hidden layer’s units into this many groups (it must divide them).',
  },
  'cohort.dropout': {
    kind: 'number',
    rule: { min: 0, max: 0.95 },
    default: 0.5,
    label: 'Dropout rate',
    help: 'The dropout members drop each hidden unit with this probability in every training step.',
  },
  'init.scheme': {
    kind: 'choice',
    choices: INIT_CHOICES,
    default: 'glorotUniform',
    label: 'Initialization',
    help: 'How the initial weights are drawn (biases start at 0).',
  },
  'init.scale': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 100 },
    default: 1,
    label: 'Init scale',
    help: 'Multiplies every initial weight.',
  },
  'init.sigma': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 100 },
    default: 0.01,
    label: 'Init σ',
    help: 'Standard deviation of the Gaussian initialization.',
  },
  'init.weights': {
    kind: 'json',
    label: 'Initial weights',
    help: 'Optional: one { kernel, bias } per Dense layer, kernel [inputs][outputs].',
  },
  'optimizer.kind': {
    kind: 'choice',
    choices: OPTIMIZER_CHOICES,
    default: 'sgd',
    label: 'Optimizer',
    help: 'Plain SGD, SGD with momentum, or Adam.',
  },
  'optimizer.learningRate': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 100 },
    default: 0.1,
    label: 'Learning rate',
    help: 'Step size η; it may change between any two steps.',
  },
  'optimizer.momentum': {
    kind: 'number',
    rule: { min: 0, max: 0.999 },
    default: 0.9,
    label: 'Momentum',
    help: 'Momentum μ of SGD + momentum.',
  },
  'optimizer.beta1': {
    kind: 'number',
    rule: { min: 0, max: 0.999999 },
    default: 0.9,
    label: 'Adam β₁',
    help: 'Decay of Adam’s first-moment estimate.',
  },
  'optimizer.beta2': {
    kind: 'number',
    rule: { min: 0, max: 0.999999 },
    default: 0.999,
    label: 'Adam β₂',
    help: 'Decay of Adam’s second-moment estimate.',
  },
  'optimizer.epsilon': {
    kind: 'number',
    rule: { min: 0, exclusiveMin: true, max: 1 },
    default: 1e-8,
    label: 'Adam ε',
    help: 'Added to Adam’s denominator.',
  },
  'training.batchSize': {
    kind: 'number',
    rule: { min: 1, max: 4096, integer: true },
    default: 8,
    label: 'Batch size',
    help: 'Rows per mini-batch (at least 2 with Batch Norm).',
  },
  'training.steps': {
    kind: 'number',
    rule: { min: 0, max: 100_000_000, integer: true },
    default: 500,
    label: 'Steps',
    help: 'Steps the command line runs and the page pauses at (0: no pause).',
  },
  'training.shuffle': {
    kind: 'boolean',
    default: true,
    label: 'Shuffle',
    help: 'A fresh row order every epoch (off: rows in order).',
  },
  'training.trainOnly': {
    kind: 'choice',
    choices: TRAIN_ONLY_CHOICES,
    default: 'all',
    label: 'Which weights learn',
    help: 'Every weight, only the normalizations’ γ and β, or only the output layer (the rest stay at init).',
  },
  'training.evalEvery': {
    kind: 'number',
    rule: { min: 1, max: 1_000_000, integer: true },
    default: 10,
    label: 'Evaluate every',
    help: 'Steps between evaluations of train and test loss and accuracy.',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldPath = keyof typeof FIELDS;

/** Limits of structures (rather than of one field), in their own module. */
export { LIMITS } from './limits';

/** The spec of a field by path (a list index written `[]`, e.g. `model.hidden[].units`). */
export function fieldSpec(path: FieldPath): FieldSpec {
  return FIELDS[path];
}

/**
 * The keys a description may hold in the object at `objectPath` ('' for the root), from the
 * table; for `data`, those of the given data type.
 */
export function knownKeys(objectPath: string, dataType?: 'named' | 'inline'): string[] {
  const prefix = objectPath ? `${objectPath}.` : '';
  const keys: string[] = [];
  for (const [path, spec] of Object.entries(FIELDS) as [string, FieldSpec][]) {
    if (!path.startsWith(prefix)) continue;
    if (dataType && spec.only && spec.only !== dataType) continue;
    const key = path.slice(prefix.length).split(/[.[]/)[0];
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
