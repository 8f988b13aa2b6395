/**
 * The channel between the page and the training worker: commands one way, frames, measurements
 * and faults the other. Plain data only.
 */
import type { Experiment } from '../experiment/schema';
import type { BatchNoise, TestTimeAccuracy } from '../run/measurements';
import type { WorkedBatch } from '../run/workedBatch';
import type { Frame, RunInfo } from './frames';
import type { HelperPort } from './helper';

export type { BatchNoise, TestTimeAccuracy, WorkedBatch };

/** Steps per animation frame, or as many as fit in the worker's time slice. */
export type Speed = number | 'max';

/** The hidden layer (−1: the last) and unit that Figure 1 and the BN-statistics panel follow. */
export interface FollowedUnit {
  layer: number;
  unit: number;
}

export type ToTrainer =
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
  /** Take the optimization measures on every step that is a multiple of `every` (0: never). */
  | { type: 'setOptimizationEvery'; every: number }
  | { type: 'follow'; unit: FollowedUnit }
  /** A one-off measurement of the BN twin, answered with a `measured` message. */
  | ({ type: 'measure' } & MeasureRequest)
  /**
   * A channel to a helper worker that trains the BN twin while this worker trains the plain twin
   * (two cores). Sent before `load`; without it one worker trains both.
   */
  | { type: 'attachHelper'; port: HelperPort };

/**
 * A one-off measurement of the BN twin: its test accuracy by test batch size, the noise of its
 * batch statistics, or its next batch worked through the BN layer of hidden layer `layer`.
 */
export type MeasureRequest =
  { what: 'testTime' | 'batchNoise' } | { what: 'workedBatch'; layer: number };

/** A measurement's answer (null: it does not apply, e.g. the twin blew up). */
export interface Measured {
  type: 'measured';
  testTime?: TestTimeAccuracy | null;
  batchNoise?: BatchNoise | null;
  workedBatch?: WorkedBatch | null;
}

export type FromTrainer =
  /** Data being fetched before a run can start (bytes so far, and in all if known, else 0). */
  | { type: 'progress'; label: string; loaded: number; total: number }
  | { type: 'loaded'; info: RunInfo; frame: Frame }
  | Measured
  | { type: 'frame'; frame: Frame }
  /**
   * Sent at most once a second from inside long work (a slow step, evaluation or measurement),
   * so the page can tell a busy worker from one that is gone.
   */
  | { type: 'busy'; step: number }
  /** This machine's training speed, measured once (see measureFlopsPerSecond). */
  | { type: 'calibrated'; flopsPerSecond: number }
  | { type: 'error'; message: string };
