/**
 * The channel between the training worker and its helper (two cores): the helper trains some of
 * the cohort's networks (helperMembers: the BN twin, and the fourth network of four) burst by
 * burst; each request is a call (src/calls/) answered with one BurstResult. Plain data.
 */
import type { Experiment } from '../experiment/schema';
import type { Member } from '../experiment/members';
import type { BnStatistics, ValueRange } from '../run/measurements';
import type { OptimizationMeasure } from '../run/optimization';
import type { TapSummary } from '../run/tapSummaries';
import type { Evaluation } from './frames';
import type { FollowedUnit, MeasureRequest } from './training';

/**
 * The part of a MessagePort the training worker and its helper use (declared here because the
 * protocol compiles without DOM types).
 */
export interface HelperPort {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** What a helper is asked to do next; executed in order, each answered with a BurstResult. */
export type ToHelper =
  /** Build the given twins from the description; answered with the step-0 evaluation and capture. */
  | {
      type: 'load';
      experiment: Experiment;
      members: Member[];
      follow: FollowedUnit;
      /** The MNIST asset's bytes, sent once when the description needs them. */
      mnist?: Uint8Array;
    }
  /** Train a burst (zero steps: only capture). */
  | { type: 'burst'; plan: BurstPlan }
  /** Measure the BN twin where it trains (answered with a Measured, not a BurstResult). */
  | { type: 'measure'; request: MeasureRequest; followLayer: number };

/** One burst of training for a half: `steps` steps at η, then optionally a capture. */
export interface BurstPlan {
  steps: number;
  /**
   * When given (one worker only), stop early once this many milliseconds have passed: halves in
   * two workers cannot share a clock, so they take exactly `steps`.
   */
  budgetMs?: number;
  learningRate: number;
  /** Summarize the taps after the last step (before an evaluation due there overwrites them). */
  capture: boolean;
  /** Also predict the decision-boundary grid (2-D data). */
  boundary: boolean;
  follow: FollowedUnit;
  /** Take the optimization measures on steps that are multiples of this (0: never). */
  optimizationEvery: number;
}

/** One tap as captured in a half: its summary and its sorted values (for the shared histogram). */
export interface TapCapture extends TapSummary {
  sorted: Float64Array;
}

/** Everything the frame needs from one twin at one step, before the twins' ranges are shared. */
export interface MemberCapture {
  diverged: boolean;
  divergedAtStep: number | null;
  /** Empty once diverged. */
  layers: {
    preActivation: TapCapture;
    postActivation: TapCapture;
    bnInput?: TapCapture;
    gamma?: ValueRange;
    beta?: ValueRange;
  }[];
  /** The followed layer actually used. */
  followedLayer: number;
  /** The BN twin's statistics at the followed layer (BN twin only). */
  bn?: BnStatistics | null;
}

/** What a half did in one burst, for the twins it trains. */
export interface BurstResult {
  /** Steps taken so far. */
  step: number;
  /** This half's twins: whether and when each diverged. */
  status: Partial<Record<Member, { diverged: boolean; divergedAtStep: number | null }>>;
  /** Batch loss of each step of the burst (NaN once diverged). */
  losses: Partial<Record<Member, Float64Array>>;
  /** Evaluations due in the burst, this half's twins filled in. */
  evaluations: Evaluation[];
  /** Optimization measures taken in the burst, this half's twins only. */
  optimization: { step: number; measures: Partial<Record<Member, OptimizationMeasure | null>> }[];
  captures?: Partial<Record<Member, MemberCapture>>;
  /** Milliseconds the captures took (to space them on big networks). */
  captureMs?: number;
  boundary?: Partial<Record<Member, Float32Array | null>>;
}
