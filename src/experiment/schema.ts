import type { DataSpec } from '../data/registry';
import type { Activation } from '../engine/activations';
import type { HeadKind } from '../engine/heads';
import type { InitScheme } from '../engine/initializers';
import type { Placement } from '../engine/network';
import type { OptimizerKind } from '../engine/optimizers';
import type { ExplicitDenseWeights } from '../engine/twin';

/** Version of the description format; bumped on incompatible changes. */
export const EXPERIMENT_VERSION = 1;

/**
 * Everything that determines a run: the same description gives the same numbers in the browser
 * and on the command line. JSON-serializable; see the README for the file format.
 */
export interface Experiment {
  version: typeof EXPERIMENT_VERSION;
  /** Seeds every random stream: initialization, data generation, split, shuffling. */
  seed: number;
  data: DataSpec;
  model: {
    hidden: { units: number; activation: Activation }[];
    /** Output head; the number of output units follows from the data. */
    head: HeadKind;
  };
  batchNorm: {
    placement: Placement;
    momentum: number;
    epsilon: number;
  };
  init: {
    scheme: InitScheme;
    scale: number;
    sigma: number;
    /** Explicit initial weights, one entry per Dense layer (hidden layers, then output). */
    weights?: ExplicitDenseWeights[];
  };
  optimizer: {
    kind: OptimizerKind;
    learningRate: number;
    momentum: number;
    beta1: number;
    beta2: number;
    epsilon: number;
  };
  training: {
    batchSize: number;
    /** Steps to run (the command line's default; the page pauses there). 0 in the page: no pause. */
    steps: number;
    shuffle: boolean;
    /** Evaluate train and test loss/accuracy every this many steps. */
    evalEvery: number;
  };
}

/** The default experiment: the lecture's worked example (see presets). */
export const DEFAULT_EXPERIMENT: Experiment = {
  version: EXPERIMENT_VERSION,
  seed: 1,
  data: {
    type: 'named',
    name: 'placement',
    samples: 400,
    noise: 0.1,
    testFraction: 0.25,
    normalizeInputs: true,
  },
  model: {
    hidden: [
      { units: 3, activation: 'relu' },
      { units: 2, activation: 'relu' },
    ],
    head: 'sigmoid',
  },
  batchNorm: { placement: 'after', momentum: 0.1, epsilon: 1e-5 },
  init: { scheme: 'glorotUniform', scale: 1, sigma: 0.01 },
  optimizer: {
    kind: 'sgd',
    learningRate: 0.1,
    momentum: 0.9,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-8,
  },
  training: { batchSize: 8, steps: 500, shuffle: true, evalEvery: 10 },
};

/** A deep copy of a description (it is plain JSON data). */
export function cloneExperiment(experiment: Experiment): Experiment {
  return JSON.parse(JSON.stringify(experiment)) as Experiment;
}

/** Number of output units the head needs for a dataset. */
export function outputUnits(head: HeadKind, classes: number, targetSize: number): number {
  if (head === 'softmax') return classes;
  return head === 'sigmoid' ? 1 : targetSize;
}
