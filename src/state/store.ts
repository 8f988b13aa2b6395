import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { Experiment } from '../experiment/schema';
import type {
  BatchNoiseResult,
  RunInfo,
  Speed,
  Tap,
  TestTimeResult,
  Variant,
} from '../protocol/messages';
import { IDLE_SWEEP, type SweepState } from './sweepClient';

export type RunStatus = 'loading' | 'paused' | 'running';

/**
 * The page's state, low-rate only: settings, run status and the latest scalar readouts. Per-frame
 * data lives in FrameHistory; `frameCount` ticks when it changes, and canvases subscribe to that.
 */
export interface LabState {
  experiment: Experiment;
  presetId: string;
  /** Problems to show the learner (bad URL fields, rejected settings), newest last. */
  notices: string[];
  tap: Tap;
  logScale: boolean;
  speed: Speed;
  /**
   * Workers training the live run: 1 (both twins in one) or 2 (one twin each, two cores; the
   * numbers are the same bit for bit). On a 2-core machine two busy workers leave the page no
   * core of its own, so 2 is the default only from 3 cores up.
   */
  workers: 1 | 2;
  status: RunStatus;
  step: number;
  stepsPerSecond: number;
  /** η the worker used for the latest frame. */
  learningRateInUse: number;
  divergedAt: Record<Variant, number | null>;
  /** A fault in the worker, shown with a Restart action. */
  workerError: string | null;
  info: RunInfo | null;
  /** Data being fetched before the run can start. */
  loading: { label: string; loaded: number; total: number } | null;
  frameCount: number;
  sweep: SweepState;
  /** The hidden layer (−1: last) and unit the Figure 1 and BN-statistics panels follow. */
  probe: { layer: number; unit: number };
  testTime: TestTimeResult | null;
  batchNoise: BatchNoiseResult | null;
}

export type LabStore = Mutate<StoreApi<LabState>, [['zustand/subscribeWithSelector', never]]>;

export function createLabStore(
  initial: Pick<LabState, 'experiment' | 'presetId' | 'notices'> &
    Partial<Pick<LabState, 'workers'>>,
): LabStore {
  const state: LabState = {
    workers: 1,
    ...initial,
    tap: 'preActivation',
    logScale: false,
    speed: 10,
    status: 'loading',
    step: 0,
    stepsPerSecond: 0,
    learningRateInUse: initial.experiment.optimizer.learningRate,
    divergedAt: { plain: null, batchNorm: null },
    workerError: null,
    info: null,
    loading: null,
    frameCount: 0,
    sweep: IDLE_SWEEP,
    probe: { layer: -1, unit: 0 },
    testTime: null,
    batchNoise: null,
  };
  return createStore<LabState>()(subscribeWithSelector(() => state));
}
