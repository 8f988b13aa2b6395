/**
 * What the training worker streams to the page: frames of both twins at display rate, and the
 * shape of a freshly loaded run. Plain data (structured-cloned; typed arrays transferred).
 */
import type { Experiment } from '../experiment/schema';
import type { Member, PerMember } from '../experiment/members';
import type { PlaneDomain } from '../run/boundary';
import type { Scores } from '../run/evaluate';
import type { FollowedPercentiles } from '../run/runner';
import type { ValueRange } from '../run/measurements';
import type { OptimizationMeasure } from '../run/optimization';

export type { FollowedPercentiles, OptimizationMeasure, Scores, ValueRange };

/** One tap of one layer of one twin at one frame. */
export interface TapFrame {
  /** Counts of equal-width bins over [low, high] (RunInfo.histogramBins of them), shared by both twins for this tap. */
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
  /** 1-Wasserstein distance to this tap at step 0, in its units. */
  driftFromStart: number;
  /**
   * Per-unit drift from step 0 in units of each unit's step-0 spread (scale-free); null when
   * the step-0 values had vanished (no spread to measure by).
   */
  relativeDrift: number | null;
  /** Every value is too small to be more than rounding noise (see run/tapSummaries' VANISHED). */
  vanished: boolean;
}

export interface LayerFrame {
  preActivation: TapFrame;
  postActivation: TapFrame;
  /** What BN receives (the plain twin: the same place); absent when the twins have no BN. */
  bnInput?: TapFrame;
  /** γ and β summaries of this layer's BN (BN twin only). */
  gamma?: ValueRange;
  beta?: ValueRange;
}

export interface MemberFrame {
  diverged: boolean;
  divergedAtStep: number | null;
  /** Hidden layers, in order; empty once diverged (the last finite frame is kept by the page). */
  layers: LayerFrame[];
}

export interface Evaluation {
  step: number;
  train: PerMember<Scores | null>;
  test: PerMember<Scores | null>;
  /** The followed unit's 15/50/85th input percentiles over the test rows (Figure 1 b, c). */
  followed?: FollowedPercentiles;
}

/** Santurkar et al.'s measures of one step, for each twin (null: not trained or diverged). */
export interface OptimizationSample {
  step: number;
  measures: PerMember<OptimizationMeasure | null>;
}

/** The 2-D decision function of both twins on a grid (BN twin in inference mode). */
export interface BoundaryFrame extends PlaneDomain {
  /** Grid points per side; values are row-major from (xMin, yMax) to (xMax, yMin). */
  resolution: number;
  /** Predicted probability of class 1 (null for a twin that diverged). */
  values: PerMember<Float32Array | null>;
}

/** The BN twin's statistics at the followed layer, per feature. */
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

export interface Frame {
  step: number;
  learningRate: number;
  running: boolean;
  stepsPerSecond: number;
  /** Batch losses of the steps since the previous frame, with their step numbers. */
  lossSteps: Float64Array;
  losses: PerMember<Float64Array>;
  networks: PerMember<MemberFrame>;
  /** Evaluations made since the previous frame. */
  evaluations: Evaluation[];
  /** Optimization measures taken since the previous frame. */
  optimization: OptimizationSample[];
  boundary?: BoundaryFrame;
  /** The BN twin's statistics at the followed layer. */
  bn?: BnLayerFrame;
  /**
   * A frame between two captures of the taps (whose cost is held to a share of the time): the
   * step, losses, scores and measures only; every variant's `layers` is empty.
   */
  light?: boolean;
}

/** What the page needs to know about a freshly loaded run. */
export interface RunInfo {
  experiment: Experiment;
  /** The networks of the run, the twins first, in the order every panel lists them. */
  members: Member[];
  featureNames: string[];
  /** Hidden layers: units and activation. */
  layers: { units: number; activation: string }[];
  /** Bins of every histogram in this run's frames. */
  histogramBins: number;
  /** Training rows every tap is measured on (the same rows at every step). */
  measuredRows: number;
  trainCount: number;
  testCount: number;
  /** Test rows each evaluation scores (the first of the test split, at most 10,000). */
  evaluatedTestRows?: number;
  /** Training rows each evaluation scores (the first of the split, at most 2,000). */
  evaluatedTrainRows?: number;
  /** 2-D datasets: the (possibly normalized) points to draw under the decision boundary. */
  points?: { x: Float32Array; y: Float32Array; count: number };
}
