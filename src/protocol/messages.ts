/**
 * The messages between the page and the training worker: plain data only (structured-cloned, typed
 * arrays transferred). Both sides import this file and nothing else of each other.
 */
import type { TapSummary } from '../experiment/probe';
import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepCell } from '../experiment/sweep';

export type Variant = 'plain' | 'batchNorm';
export const VARIANT_LIST: readonly Variant[] = ['plain', 'batchNorm'];
export type Tap = 'preActivation' | 'postActivation';

/** Steps per animation frame, or as many as fit in the worker's time slice. */
export type Speed = number | 'max';

export type ToWorker =
  /** Build the twins for a description (from scratch: same seed → same run). */
  | { type: 'load'; experiment: Experiment }
  | { type: 'play' }
  | { type: 'pause' }
  /** Take `count` steps now (paused or not) and send a frame. */
  | { type: 'step'; count: number }
  /** Rebuild from the current description: the run starts over identically. */
  | { type: 'reset' }
  /** Used from the next step on. */
  | { type: 'setLearningRate'; learningRate: number }
  | { type: 'setSpeed'; speed: Speed }
  /** Which hidden layer (and unit) the Figure 1 and BN-statistics panels follow. */
  | { type: 'setProbe'; layer: number; unit: number }
  /** One-off measurements on the BN twin, answered with a `probe` message. */
  | { type: 'measure'; what: 'testTime' | 'batchNoise' }
  /**
   * A channel to a helper worker that trains the plain twin while this worker trains the BN twin
   * (two cores). Sent before `load`; without it one worker trains both.
   */
  | { type: 'attachHelper'; port: HalfPort };

/**
 * The part of a MessagePort the training worker and its helper use (declared here because the
 * protocol compiles without DOM types).
 */
export interface HalfPort {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** What a helper is asked to do next; executed in order, each answered by one FromHalf. */
export type ToHalf =
  /** Build the given twins from the description; answered with the step-0 evaluation and capture. */
  | {
      type: 'load';
      experiment: Experiment;
      variants: Variant[];
      probe: ProbeTarget;
      /** The MNIST asset's bytes, sent once when the description needs them. */
      mnist?: Uint8Array;
    }
  /** Train a slice (zero steps: only capture). */
  | { type: 'slice'; plan: SlicePlan };

export type FromHalf = { type: 'result'; result: SliceResult } | { type: 'error'; message: string };

/** The Figure 1 probe: a hidden layer (−1: the last) and a unit in it. */
export interface ProbeTarget {
  layer: number;
  unit: number;
}

/** One slice of training for a half: exactly `steps` steps at η, then optionally a capture. */
export interface SlicePlan {
  steps: number;
  learningRate: number;
  /** Summarize the taps after the last step (before an evaluation due there overwrites them). */
  capture: boolean;
  /** Also predict the decision-boundary grid (2-D data). */
  boundary: boolean;
  probe: ProbeTarget;
}

/** One tap as captured in a half: its summary and its sorted values (for the shared histogram). */
export interface TapCapture extends TapSummary {
  sorted: Float64Array;
}

/** Everything the frame needs from one twin at one step, before the twins' ranges are shared. */
export interface VariantCapture {
  diverged: boolean;
  divergedAtStep: number | null;
  /** Empty once diverged. */
  layers: {
    preActivation: TapCapture;
    postActivation: TapCapture;
    gamma?: { mean: number; min: number; max: number };
    beta?: { mean: number; min: number; max: number };
  }[];
  /** The probed unit's 15/50/85th percentiles (null when diverged or out of range). */
  unitPercentiles: number[] | null;
  /** The probed layer index actually used. */
  probeLayer: number;
  /** The BN twin's statistics at the probed layer (BN twin only). */
  bn?: BnLayerFrame | null;
}

/** What a half did in one slice, for the twins it trains. */
export interface SliceResult {
  /** Steps taken so far. */
  step: number;
  /** This half's twins: whether and when each diverged. */
  status: Partial<Record<Variant, { diverged: boolean; divergedAtStep: number | null }>>;
  /** Batch loss of each step of the slice (NaN once diverged). */
  losses: Partial<Record<Variant, Float64Array>>;
  /** Evaluations due in the slice, this half's twins filled in. */
  evaluations: Evaluation[];
  captures?: Partial<Record<Variant, VariantCapture>>;
  boundary?: Partial<Record<Variant, Float32Array | null>>;
}

/** The BN twin's statistics at the probed layer, per feature. */
export interface BnLayerFrame {
  layer: number;
  runningMean: Float32Array;
  runningVariance: Float32Array;
  /** Mean and biased variance of the last training batch. */
  batchMean: Float32Array;
  batchVariance: Float32Array;
  gamma: Float32Array;
  beta: Float32Array;
}

export interface TestTimeResult {
  step: number;
  /** Accuracy with running statistics (what inference uses): independent of the batch size. */
  inferenceAccuracy: number;
  batchSizes: number[];
  /** Accuracy when each test batch is normalized by its own statistics. */
  trainModeAccuracy: number[];
}

export interface BatchNoiseResult {
  step: number;
  layer: number;
  batchSizes: number[];
  /** Standard deviation of the batch mean across random batches, averaged over units. */
  batchMeanStd: number[];
}

/** One tap of one layer of one twin at one frame. */
export interface TapFrame {
  /** Counts of `bins` equal-width bins over [low, high], shared by both twins for this tap. */
  counts: Float32Array;
  low: number;
  high: number;
  /** Values below `low` / above `high`. */
  below: number;
  above: number;
  /** 2nd, 15th, 50th, 85th and 98th percentiles. */
  percentiles: number[];
  mean: number;
  std: number;
  fractionSaturated: number;
  /** 1-Wasserstein distance to this tap at the previous frame (null at the first). */
  drift: number | null;
  /** 1-Wasserstein distance to this tap at step 0. */
  driftFromStart: number;
}

export interface LayerFrame {
  preActivation: TapFrame;
  postActivation: TapFrame;
  /** γ and β summaries of this layer's BN (BN twin only). */
  gamma?: { mean: number; min: number; max: number };
  beta?: { mean: number; min: number; max: number };
}

export interface VariantFrame {
  diverged: boolean;
  divergedAtStep: number | null;
  /** Hidden layers, in order; empty once diverged (the last finite frame is kept by the page). */
  layers: LayerFrame[];
}

export interface Scores {
  loss: number;
  accuracy: number | null;
}

export interface Evaluation {
  step: number;
  train: Record<Variant, Scores | null>;
  test: Record<Variant, Scores | null>;
}

/** The 2-D decision function of both twins on a grid (BN twin in inference mode). */
export interface BoundaryFrame {
  /** Grid points per side; values are row-major from (xMin, yMax) to (xMax, yMin). */
  resolution: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** Predicted probability of class 1 (null for a twin that diverged). */
  values: Record<Variant, Float32Array | null>;
}

export interface Frame {
  step: number;
  learningRate: number;
  running: boolean;
  stepsPerSecond: number;
  /** Batch losses of the steps since the previous frame, with their step numbers. */
  lossSteps: Float64Array;
  losses: Record<Variant, Float64Array>;
  variants: Record<Variant, VariantFrame>;
  /** Evaluations made since the previous frame. */
  evaluations: Evaluation[];
  boundary?: BoundaryFrame;
  /** The probed unit's 15/50/85th percentiles (Figure 1 b, c). */
  unit?: { layer: number; unit: number; percentiles: Record<Variant, number[] | null> };
  /** The BN twin's statistics at the probed layer. */
  bn?: BnLayerFrame;
}

/** What the page needs to know about a freshly loaded run. */
export interface RunInfo {
  experiment: Experiment;
  featureNames: string[];
  /** Hidden layers: units and activation. */
  layers: { units: number; activation: string }[];
  trainCount: number;
  testCount: number;
  /** 2-D datasets: the (possibly normalized) points to draw under the decision boundary. */
  points?: { x: Float32Array; y: Float32Array; count: number };
}

export type FromWorker =
  /** Data being fetched before a run can start (bytes so far, and in all if known, else 0). */
  | { type: 'progress'; label: string; loaded: number; total: number }
  | { type: 'loaded'; info: RunInfo; frame: Frame }
  | { type: 'probe'; testTime?: TestTimeResult | null; batchNoise?: BatchNoiseResult | null }
  | { type: 'frame'; frame: Frame }
  | { type: 'error'; message: string };

/** Sweep workers: one cell at a time, results keyed by the cell's index. */
export type SweepToWorker = {
  type: 'cell';
  experiment: Experiment;
  cell: SweepCell;
  steps: number;
};

export type SweepFromWorker =
  { type: 'result'; result: CellResult } | { type: 'error'; index: number; message: string };
