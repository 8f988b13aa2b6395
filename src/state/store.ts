import { DEFAULT_LOCALE, type Digits, type Locale } from '../i18n/locale';
import type { Lesson } from '../experiment/lesson';
import { subscribeWithSelector } from 'zustand/middleware';
import { shallow } from 'zustand/vanilla/shallow';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_OPTIMIZATION_EVERY } from '../experiment/optimizationSettings';
import type { Experiment } from '../experiment/schema';
import type { Tap } from '../experiment/taps';
import { perTwin, type PerMember } from '../experiment/members';
import type { RunInfo } from '../protocol/frames';
import type {
  BatchNoise,
  FollowedUnit,
  Speed,
  TestTimeAccuracy,
  WorkedBatch,
} from '../protocol/training';
import { IDLE_EVIDENCE, type EvidenceState } from './evidenceClient';
import { IDLE_TABLE, type TableSlice } from './fileImport';
import type { OwnDataStatus } from './ownData';
import type { Ghost } from './ghost';
import { DEFAULT_VIEW, type PageKeys, type ViewId } from './pageHash';
import { IDLE_SWEEP, type SweepState } from './sweepClient';
import type { Said } from '../i18n/translate';

export type RunStatus = 'loading' | 'paused' | 'running';

/** What the learner chose: the setup, and how the page shows it. */
export interface SettingsSlice {
  experiment: Experiment;
  presetId: string;
  tap: Tap;
  logScale: boolean;
  speed: Speed;
  /**
   * Workers training the live run: 1 (both twins in one) or 2 (one twin each, two cores; the
   * numbers are the same bit for bit). On a 2-core machine two busy workers leave the page no
   * core of its own, so 2 is the default only from 3 cores up.
   */
  workers: 1 | 2;
  /** The hidden layer (−1: last) and unit the Figure 1 and BN-statistics panels follow. */
  follow: FollowedUnit;
  /** Santurkar et al.'s measures are taken on every step that is a multiple of this (0: off). */
  optimizationEvery: number;
  /** The view shown beside the controls (`#view=…`). */
  view: ViewId;
  /** The guided tour's step (1-based; `#tour=N`), or null when the tour is closed. */
  tour: number | null;
  /** Presenter mode (`#present`): one panel at a time, large type, few controls. */
  present: boolean;
  /** A teacher's lesson over the setup (`#lesson=…`, or a file's), kept across setups. */
  lesson: Lesson | null;
  /** The claims gallery's card a link points at (`#claim=…`), or null. */
  claim: string | null;
  /** The page's language (`lang=…` in a link, remembered on the device). */
  locale: Locale;
  /** The digits numbers are written in (Western by default; Bengali digits are a choice). */
  digits: Digits;
}

/** The live run, low-rate: per-frame data lives in FrameHistory, announced by `frameCount`. */
export interface RunSlice {
  status: RunStatus;
  step: number;
  stepsPerSecond: number;
  /** η the worker used for the latest frame. */
  learningRateInUse: number;
  /** Each network's divergence step (null while it trains). */
  divergedAt: PerMember<number | null>;
  info: RunInfo | null;
  /** Data being fetched before the run can start. */
  loading: { label: string; loaded: number; total: number } | null;
  /** Bumped whenever FrameHistory changes; canvases subscribe to it. */
  frameCount: number;
  /** This machine's training speed as the worker measured it (null until it has). */
  flopsPerSecond: number | null;
}

/** What the page tells the learner: problems with links, files and settings; worker faults. */
export interface MessagesSlice {
  /** Newest last, as messages (said in the page's language when shown). */
  notices: Said[];
  /** A fault of a training worker, shown with a Restart action (English, for the console). */
  workerError: string | null;
  /** The same fault as a message, when the page words it (not an exception's own text). */
  workerSaid: Said | null;
  /**
   * Whether that fault is only the watchdog's (the worker went silent): it may be busy with a
   * long step, and the fault clears itself when the worker speaks again.
   */
  workerSilent: boolean;
  /**
   * The setup shown is past what the page trains interactively and waits for the learner: run it
   * anyway (`confirm`) or go back; `refuse`: it cannot run in a page at all. The reason gives
   * the estimate. The workers keep the previous setup meanwhile.
   */
  /** A setup too heavy to run at once: why (English, and as a message to say), or null. */
  heavy: { kind: 'confirm' | 'refuse'; reason: string; said?: Said } | null;
}

/** The step under the pointer (or chosen by the keyboard) on any chart over steps: one crosshair for all. */
export interface HoverSlice {
  step: number | null;
  /** The step being replayed (the charts show the recorded frame nearest to it), or null: live. */
  replay: number | null;
}

/** One-off measurements of the BN twin. */
export interface MeasurementsSlice {
  testTime: TestTimeAccuracy | null;
  batchNoise: BatchNoise | null;
  workedBatch: WorkedBatch | null;
}

/**
 * The page's state as slices, each replaced only when one of its values changes (see
 * `patchSlice`), so a component re-renders only when what it selects changes.
 */
export interface LabState {
  settings: SettingsSlice;
  run: RunSlice;
  messages: MessagesSlice;
  measurements: MeasurementsSlice;
  sweep: SweepState;
  /** The live setup's evidence: the slider's bands and the scoreboard's runs. */
  evidence: EvidenceState;
  hover: HoverSlice;
  /** A table being imported: the column picker's state. */
  table: TableSlice;
  /** Whether the learner's own rows are kept on this device (see ownData.ts). */
  ownData: OwnDataStatus;
  /** The BN twin of the previous placement, until Reset or another change of the setup. */
  ghost: Ghost | null;
}

export type LabStore = Mutate<StoreApi<LabState>, [['zustand/subscribeWithSelector', never]]>;

export function createLabStore(
  initial: Pick<SettingsSlice, 'experiment' | 'presetId'> &
    Partial<Pick<SettingsSlice, 'workers' | 'digits'>> &
    Partial<PageKeys> & { notices?: Said[] },
): LabStore {
  const state: LabState = {
    settings: {
      experiment: initial.experiment,
      presetId: initial.presetId,
      tap: 'preActivation',
      logScale: false,
      speed: 10,
      workers: initial.workers ?? 1,
      follow: { layer: -1, unit: 0 },
      optimizationEvery: DEFAULT_OPTIMIZATION_EVERY,
      view: initial.view ?? DEFAULT_VIEW,
      tour: initial.tour ?? null,
      present: initial.present ?? false,
      lesson: initial.lesson ?? null,
      claim: initial.claim ?? null,
      locale: initial.locale ?? DEFAULT_LOCALE,
      digits: initial.digits ?? 'latn',
    },
    run: {
      status: 'loading',
      step: 0,
      stepsPerSecond: 0,
      learningRateInUse: initial.experiment.optimizer.learningRate,
      divergedAt: perTwin(() => null),
      info: null,
      loading: null,
      frameCount: 0,
      flopsPerSecond: null,
    },
    messages: {
      notices: initial.notices ?? [],
      workerError: null,
      workerSaid: null,
      workerSilent: false,
      heavy: null,
    },
    measurements: { testTime: null, batchNoise: null, workedBatch: null },
    sweep: IDLE_SWEEP,
    evidence: IDLE_EVIDENCE,
    hover: { step: null, replay: null },
    table: IDLE_TABLE,
    ownData: { kind: 'none' },
    ghost: null,
  };
  return createStore<LabState>()(subscribeWithSelector(() => state));
}

/** The state's slices that are records of values (patchSlice's targets). */
export type SliceKey = Exclude<keyof LabState, 'ghost' | 'table' | 'ownData'>;

/**
 * Sets some values of one slice. Values equal to the current ones (Zustand's `shallow`: the same
 * value, or a record or array of the same values) are left as they are, and a slice with no
 * change keeps its identity, so selectors of unchanged values never see a new object.
 */
export function patchSlice<K extends SliceKey>(
  store: LabStore,
  key: K,
  changes: Partial<LabState[K]>,
): void {
  const current = store.getState()[key];
  const changed = (Object.keys(changes) as (keyof LabState[K])[]).filter(
    (name) => !shallow(current[name], changes[name]),
  );
  if (changed.length === 0) return;
  const next = { ...current };
  for (const name of changed) next[name] = changes[name] as LabState[K][keyof LabState[K]];
  store.setState({ [key]: next } as unknown as Partial<LabState>);
}
