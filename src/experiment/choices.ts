import type { ExtraMember } from './members';
import type { Activation } from '../engine/activations';
import type { HeadKind } from '../engine/heads';
import type { InitScheme } from '../engine/initializers';
import type { Placement } from '../engine/network';
import type { OptimizerKind } from '../engine/optimizers';
import type { TrainOnly } from '../engine/cohort';
import { DATASETS, NAMED_DATASETS, type NamedDataset } from './catalog';
import type { Task } from './schema';

/** One option of a choice field: its value in a description, and how the page names it. */
export interface Choice<T extends string = string> {
  value: T;
  label: string;
  /** A longer explanation (shown as the option's description). */
  hint?: string;
}

/**
 * The options of a field, in the order the page lists them, built from a record keyed by every
 * value of the engine's type: the compiler rejects a missing or an unknown value, so the engine's
 * vocabulary and the description's cannot drift apart.
 */
function choices<T extends string, Extra>(table: Record<T, { label: string } & Extra>) {
  return (Object.keys(table) as T[]).map((value) => ({ value, ...table[value] }));
}

export const ACTIVATION_CHOICES = choices<Activation, { keras: string; torch: string }>({
  relu: { label: 'ReLU', keras: 'relu', torch: 'nn.ReLU()' },
  leakyRelu: { label: 'Leaky ReLU', keras: 'leaky_relu', torch: 'nn.LeakyReLU(0.01)' },
  tanh: { label: 'tanh', keras: 'tanh', torch: 'nn.Tanh()' },
  sigmoid: { label: 'sigmoid', keras: 'sigmoid', torch: 'nn.Sigmoid()' },
  linear: { label: 'linear', keras: 'linear', torch: 'nn.Identity()' },
});

export const HEAD_CHOICES = choices<HeadKind, { kerasLoss: string; torchLoss: string }>({
  sigmoid: {
    label: 'sigmoid (binary)',
    kerasLoss: '"binary_crossentropy"',
    torchLoss: 'nn.BCEWithLogitsLoss()  # the model outputs logits',
  },
  softmax: {
    label: 'softmax (classes)',
    kerasLoss: '"sparse_categorical_crossentropy"',
    torchLoss: 'nn.CrossEntropyLoss()  # the model outputs logits',
  },
  linear: { label: 'linear (regression)', kerasLoss: '"mse"', torchLoss: 'nn.MSELoss()' },
});

export const PLACEMENT_CHOICES = choices<Placement, { hint: string }>({
  before: { label: 'Before activation', hint: 'Dense → BN → activation (the paper)' },
  after: { label: 'After activation', hint: 'Dense → activation → BN (common in Keras)' },
  none: { label: 'None', hint: 'no BN: the twins are identical' },
});

/** How BN momentum is written: the weight of the new batch, or the share of the old average kept. */
export type MomentumConvention = 'pytorch' | 'keras';
export const CONVENTION_CHOICES = choices<MomentumConvention, { hint: string }>({
  pytorch: { label: 'PyTorch', hint: '0.1 weights the new batch' },
  keras: { label: 'Keras', hint: '0.99 keeps 99% of the old average' },
});

/** BN momentum in a convention (stored as PyTorch's; Keras' is 1 − it, rounded to 12 digits). */
export function momentumIn(convention: MomentumConvention, momentum: number): number {
  return convention === 'keras' ? Number((1 - momentum).toPrecision(12)) : momentum;
}

/** The stored momentum (PyTorch's convention) of a value written in `convention`. */
export const momentumFrom = momentumIn;

export const MEMBER_CHOICES = choices<ExtraMember | 'none', { hint: string }>({
  none: { label: 'None', hint: 'the twins only' },
  batchNormBefore: { label: 'BN before activation', hint: 'Dense → BN → activation' },
  batchNormAfter: { label: 'BN after activation', hint: 'Dense → activation → BN' },
  noisyBatchNorm: {
    label: 'Noisy BN (Santurkar et al. 2018)',
    hint: 'BN, then a random scale and shift per value, from a distribution new every step',
  },
  layerNorm: { label: 'Layer Norm (Ba et al. 2016)', hint: 'each example over its features' },
  groupNorm: { label: 'Group Norm (Wu & He 2018)', hint: 'each example over groups of features' },
  plainDropout: { label: 'Plain + dropout', hint: 'the plain twin with dropout after each layer' },
  batchNormDropout: { label: 'BN + dropout', hint: 'the BN twin with dropout after each layer' },
  batchRenorm: {
    label: 'Batch Renorm (Ioffe 2017)',
    hint: 'BN corrected towards its running averages (r ≤ 3, |d| ≤ 5)',
  },
});

export const INIT_CHOICES = choices<InitScheme, object>({
  heNormal: { label: 'He normal' },
  glorotUniform: { label: 'Glorot uniform' },
  gaussian: { label: 'Gaussian N(0, σ²)' },
});

export const OPTIMIZER_CHOICES = choices<OptimizerKind, object>({
  sgd: { label: 'SGD' },
  momentum: { label: 'SGD + momentum' },
  adam: { label: 'Adam' },
});

export const TRAIN_ONLY_CHOICES = choices<TrainOnly, { hint: string }>({
  all: { label: 'Every weight', hint: 'ordinary training' },
  normalization: {
    label: 'Only γ and β',
    hint: 'every other weight frozen at its random initial value (Frankle et al. 2021)',
  },
  output: { label: 'Only the output layer', hint: 'the hidden layers frozen at initialization' },
});

export const TASK_CHOICES = choices<Task, object>({
  binary: { label: 'binary (0/1)' },
  multiclass: { label: 'classes (0 … k−1)' },
  regression: { label: 'regression' },
});

export const DATA_TYPE_CHOICES = choices<'named' | 'inline', object>({
  named: { label: 'a named dataset' },
  inline: { label: 'rows given inline' },
});

export const DATASET_CHOICES: Choice<NamedDataset>[] = NAMED_DATASETS.map((value) => ({
  value,
  label: DATASETS[value].label,
}));

/** The option of `list` with this value (every value of a field's type has one). */
export function choiceOf<C extends Choice>(list: readonly C[], value: string): C {
  const found = list.find((c) => c.value === value);
  if (!found) throw new Error(`no option ${value}`);
  return found;
}
