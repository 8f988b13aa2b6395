import { NAMED_DATASETS } from '../data/registry';
import { ACTIVATIONS } from '../engine/activations';
import { INIT_SCHEMES } from '../engine/initializers';
import { OPTIMIZERS } from '../engine/optimizers';

/** The choices a learner can make, with the labels the page shows. */
export const DATASET_OPTIONS = NAMED_DATASETS.map((value) => ({
  value,
  label:
    value === 'placement'
      ? 'Student placement (cgpa, iq)'
      : value === 'mnist'
        ? 'MNIST digits (10,000)'
        : value[0].toUpperCase() + value.slice(1),
}));

export const ACTIVATION_OPTIONS = ACTIVATIONS.map((value) => ({
  value,
  label: {
    relu: 'ReLU',
    leakyRelu: 'Leaky ReLU',
    tanh: 'tanh',
    sigmoid: 'sigmoid',
    linear: 'linear',
  }[value],
}));

export const INIT_OPTIONS = INIT_SCHEMES.map((value) => ({
  value,
  label: { heNormal: 'He normal', glorotUniform: 'Glorot uniform', gaussian: 'Gaussian N(0, σ²)' }[
    value
  ],
}));

export const OPTIMIZER_OPTIONS = OPTIMIZERS.map((value) => ({
  value,
  label: { sgd: 'SGD', momentum: 'SGD + momentum (0.9)', adam: 'Adam' }[value],
}));
