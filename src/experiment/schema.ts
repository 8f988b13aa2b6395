import type { ExplicitDenseWeights } from '../engine/cohort';
import type { Activation } from '../engine/activations';
import type { HeadKind } from '../engine/heads';
import type { InitScheme } from '../engine/initializers';
import type { Placement } from '../engine/network';
import type { OptimizerKind } from '../engine/optimizers';
import type { NamedDataset } from './catalog';
import type { ExtraMember } from './members';
import type { TrainOnly } from '../engine/cohort';
import type { MomentumConvention } from './choices';

/** Version of the description format; bumped on incompatible changes. */
export const EXPERIMENT_VERSION = 1;

export type Task = 'binary' | 'multiclass' | 'regression';

export interface NamedDataSpec {
  type: 'named';
  name: NamedDataset;
  /** Points to generate (2-D sets only; the placement table has 60 rows). */
  samples: number;
  /** Standard deviation of the coordinate jitter (2-D sets only). */
  noise: number;
  testFraction: number;
  normalizeInputs: boolean;
}

/** Rows given in the description itself. */
import type { PackedRows } from './packed';

export interface InlineDataSpec {
  type: 'inline';
  task: Task;
  featureNames: string[];
  x: number[][];
  /** Binary 0/1 or class index per row (binary, multiclass), or a row of targets (regression). */
  y: (number | number[])[];
  testFraction: number;
  normalizeInputs: boolean;
  /**
   * The rows and targets packed, in place of `x` and `y` (left empty): only in messages to
   * workers, never in a file or a link (see packed.ts).
   */
  packed?: PackedRows;
}

export type DataSpec = NamedDataSpec | InlineDataSpec;

export interface HiddenLayer {
  units: number;
  activation: Activation;
}

/**
 * Everything that determines a run: the same description gives the same numbers in the browser
 * and on the command line. JSON-serializable; every field is declared (type, limits, default,
 * label, help) in fields.ts, and docs/command-line.md shows the file format.
 */
export interface Experiment {
  version: typeof EXPERIMENT_VERSION;
  /** The learner's name for the setup (files only: a link carries the rest). */
  name?: string;
  /** Seeds every random stream: initialization, data generation, split, shuffling. */
  seed: number;
  data: DataSpec;
  model: {
    hidden: HiddenLayer[];
    /** Output head; the number of output units follows from the data. */
    head: HeadKind;
  };
  batchNorm: {
    placement: Placement;
    /** Weight of the new batch in the running averages (PyTorch's convention). */
    momentum: number;
    epsilon: number;
    /** How the page and the exports write the momentum (the number stored is PyTorch's). */
    convention: MomentumConvention;
  };
  /**
   * Up to two more networks beside the twins, trained from the same initial weights on the same
   * batches; the normalized ones sit at the BN placement (before the activation when it is none).
   */
  cohort: {
    third: ExtraMember | 'none';
    fourth: ExtraMember | 'none';
    /** Noisy BN's noise, per value, from a distribution redrawn every step (engine/bnNoise.ts). */
    noiseScale: number;
    noiseShift: number;
    /** Group Norm: groups per hidden layer. */
    groups: number;
    /** The dropout members' rate: each hidden unit is dropped with this probability per step. */
    dropout: number;
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
    /** Which parameters learn; the rest stay at their initial values. */
    trainOnly: TrainOnly;
  };
}

/** A deep copy of a description (it is plain JSON data), sharing inline rows (see below). */
export function cloneExperiment(experiment: Experiment): Experiment {
  const { data } = experiment;
  if (data.type !== 'inline') return JSON.parse(JSON.stringify(experiment)) as Experiment;
  // Inline rows and targets are never changed in place, only replaced: the copy shares them
  // (a table of 100,000 rows would otherwise be copied on every change of a setting).
  const { x, y, packed, ...fields } = data;
  const copy = JSON.parse(
    JSON.stringify({ ...experiment, data: { ...fields, x: [], y: [] } }),
  ) as Experiment;
  Object.assign(copy.data, { x, y }, packed ? { packed } : {});
  return copy;
}
