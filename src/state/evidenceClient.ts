import { bandKey, bandPlan, isHeavy } from '../experiment/bands';
import { estimateCost, formatSeconds, secondsPerStep } from '../experiment/cost';
import { DEFAULT_FLOPS_PER_SECOND } from '../experiment/cost';
import {
  initPlan,
  lossThreshold,
  matchEvidence,
  planned,
  scorePlan,
  type IcsEvidence,
  type MeasuredSweep,
  type PresetEvidence,
} from '../experiment/evidence';
import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepSpec } from '../experiment/sweep';
import type { LabStore } from './store';
import { SweepPool, type SweepEnd, type SweepWorkerPort } from './sweepPool';

/**
 * One sweep of the evidence: its plan and its results by cell index (holes while it runs).
 * `held`: a heavy setup's runs wait while the live run plays (they go on when it pauses).
 */
export interface SweepState {
  status: 'idle' | 'waiting' | 'running' | 'held' | 'done' | 'failed';
  /** Shipped with the preset (measured ahead of time by the same code), or measured here. */
  source: 'preset' | 'measured';
  spec: SweepSpec | null;
  results: (CellResult | undefined)[];
  cells: number;
}

/**
 * What the slider's bands and the scoreboard show, for the live setup: the bands (every rate of
 * the slider, independent of η), then at the setup's η the score runs and the init probe.
 * `source` says where the numbers come from: shipped with the preset (measured ahead of time by
 * the same code) or measured here in the background for the learner's own setup.
 */
export interface EvidenceState {
  /** The setup's band key (see bandKey); the bands belong to it. */
  key: string | null;
  /** The loss under which a run counts as trained. */
  threshold: number;
  bands: SweepState;
  /** η of the score runs and the init probe (they are measured again when η changes). */
  learningRate: number | null;
  scores: SweepState;
  init: SweepState;
  /** Why the evidence could not be measured, when it could not. */
  message: string | null;
  /** The live preset's shipped evidence (every setup it ships), once loaded; null: none. */
  shipped: PresetEvidence | null;
  /** Santurkar et al.'s ICS over seeds at the setup's η, when shipped (not measured here). */
  ics: IcsEvidence | null;
}

const IDLE_SWEEP: SweepState = {
  status: 'idle',
  source: 'measured',
  spec: null,
  results: [],
  cells: 0,
};

export const IDLE_EVIDENCE: EvidenceState = {
  key: null,
  threshold: 0.52,
  bands: IDLE_SWEEP,
  learningRate: null,
  scores: IDLE_SWEEP,
  init: IDLE_SWEEP,
  message: null,
  shipped: null,
  ics: null,
};

/** How long the setup must stay unchanged before its measurement starts. */
export const EVIDENCE_DELAY_MS = 700;
/** The background measurement is skipped for setups whose short runs would take longer than this. */
export const MAX_EVIDENCE_SECONDS = 900;

/** A shipped sweep as the evidence state holds it: done, from the preset. */
export const shippedSweep = (sweep: MeasuredSweep): SweepState => ({
  status: 'done',
  source: 'preset',
  spec: sweep.spec,
  results: sweep.results,
  cells: sweep.results.length,
});

/** Loads a preset's shipped evidence (undefined: none ships). */
export type EvidenceLoader = (presetId: string) => Promise<PresetEvidence | undefined>;

/**
 * Keeps the evidence of the live setup. A preset (at either placement, and at the η values it
 * ships) takes its shipped evidence at once. Any other setup is measured in the background once
 * it has stayed put for a moment: bands, then score runs, then the init probe, on one worker
 * (so the live run keeps a core); a heavy setup's runs only while the live run is paused. When
 * the setup changes in anything but η, the measurement starts over; a change of η keeps the
 * bands and redoes the rest.
 */
export class EvidenceClient {
  private pool: SweepPool | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Releases a wait for the live run to pause (when the setup changes meanwhile). */
  private release: (() => void) | null = null;
  private readonly shipped = new Map<string, PresetEvidence | null>();

  constructor(
    private readonly store: LabStore,
    private readonly createWorker: (() => SweepWorkerPort) | null,
    private readonly loadEvidence: EvidenceLoader = () => Promise.resolve(undefined),
    private readonly delayMs = EVIDENCE_DELAY_MS,
  ) {}

  private set(patch: Partial<EvidenceState>): void {
    this.store.setState((s) => ({ evidence: { ...s.evidence, ...patch } }));
  }

  /** Starts watching the setup (call once). Returns the unsubscribe function. */
  watch(): () => void {
    const check = () => this.setupChanged();
    check();
    const unsubscribe = this.store.subscribe((s) => s.settings.experiment, check);
    return () => {
      unsubscribe();
      this.stop();
    };
  }

  /** The shipped evidence that fits the live setup; undefined while its preset's is loading. */
  private match(experiment: Experiment) {
    const { presetId } = this.store.getState().settings;
    if (!this.shipped.has(presetId)) {
      this.shipped.set(presetId, null);
      void this.loadEvidence(presetId).then(
        (evidence) => {
          this.shipped.set(presetId, evidence ?? null);
          if (evidence) this.restart();
        },
        () => undefined,
      );
      return undefined;
    }
    const shipped = this.shipped.get(presetId) ?? null;
    if (this.store.getState().evidence.shipped !== shipped) this.set({ shipped });
    return matchEvidence(experiment, shipped ?? undefined);
  }

  /** Starts over for the live setup (its preset's evidence just arrived). */
  private restart(): void {
    if (this.store.getState().evidence.bands.source === 'preset') return;
    this.stop();
    this.set({ key: null });
    this.setupChanged();
  }

  private setupChanged(): void {
    const experiment = this.store.getState().settings.experiment;
    const key = bandKey(experiment);
    if (key === this.store.getState().evidence.key) return this.rateChanged(experiment);
    this.stop();
    const shipped = this.match(experiment);
    // A new setup starts from nothing but its key, its threshold and the preset's evidence file.
    const start = (patch: Partial<EvidenceState>) =>
      this.set({
        ...IDLE_EVIDENCE,
        shipped: this.store.getState().evidence.shipped,
        key,
        threshold: lossThreshold(experiment),
        ...patch,
      });
    if (shipped) {
      start({ bands: shippedSweep(shipped.setup.bands) });
      return this.rateChanged(experiment);
    }
    if (!this.createWorker) return;
    const cost = this.secondsOfRuns(experiment);
    if (cost > MAX_EVIDENCE_SECONDS) {
      start({
        bands: { ...IDLE_SWEEP, status: 'failed' },
        message: `this setup is too costly to measure in the background (≈ ${formatSeconds(cost)} of short runs); run a sweep in the Stable range view, or on the command line`,
      });
      return;
    }
    start({ bands: { ...IDLE_SWEEP, status: 'waiting' } });
    this.later(() => void this.measureBands(experiment, key));
  }

  /** The background runs' total time at the default speed, roughly. */
  private secondsOfRuns(experiment: Experiment): number {
    const seconds = secondsPerStep(estimateCost(experiment), DEFAULT_FLOPS_PER_SECOND);
    return [bandPlan(experiment), scorePlan(experiment), initPlan(experiment)]
      .map((spec) => planned(experiment, spec).cells.length * spec.steps * seconds)
      .reduce((a, b) => a + b, 0);
  }

  private later(task: () => void): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      task();
    }, this.delayMs);
  }

  private async measureBands(experiment: Experiment, key: string): Promise<void> {
    const end = await this.measure(experiment, bandPlan(experiment), 'bands');
    if (end?.status === 'done' && this.store.getState().evidence.key === key)
      this.rateChanged(this.store.getState().settings.experiment);
  }

  /** The η-dependent sweeps: shipped, or measured once the bands are in (again when η changes). */
  private rateChanged(experiment: Experiment): void {
    const { evidence } = this.store.getState();
    if (evidence.bands.status !== 'done' || evidence.key !== bandKey(experiment)) return;
    const learningRate = experiment.optimizer.learningRate;
    if (evidence.learningRate === learningRate) return;
    this.stop();
    const shipped = this.match(experiment);
    if (shipped?.rate) {
      this.set({
        learningRate,
        scores: shippedSweep(shipped.rate.scores),
        init: shippedSweep(shipped.rate.init),
        ics: shipped.rate.ics,
      });
      return;
    }
    if (!this.createWorker) return;
    this.set({
      learningRate,
      ics: null,
      scores: { ...IDLE_SWEEP, status: 'waiting' },
      init: { ...IDLE_SWEEP, status: 'waiting' },
    });
    this.later(() => void this.measureAtRate(experiment));
  }

  private async measureAtRate(experiment: Experiment): Promise<void> {
    const end = await this.measure(experiment, scorePlan(experiment), 'scores');
    if (end?.status === 'done') await this.measure(experiment, initPlan(experiment), 'init');
  }

  /**
   * Runs one sweep of the evidence on its own pool, filling its results as they come. A light
   * setup's cells run all at once; a heavy setup's (MNIST) one at a time, each only while the
   * live run is not playing, so the evidence never halves the speed of a run that needs both
   * cores. Resolves with null when a newer measurement took over.
   */
  private async measure(
    experiment: Experiment,
    spec: SweepSpec,
    which: 'bands' | 'scores' | 'init',
  ): Promise<SweepEnd | null> {
    if (!this.createWorker) return null;
    const { cells } = planned(experiment, spec);
    const pool = new SweepPool(this.createWorker, 1);
    this.pool = pool;
    const current = () => this.pool === pool;
    const update = (change: (sweep: SweepState) => SweepState) =>
      this.store.setState((s) => ({
        evidence: { ...s.evidence, [which]: change(s.evidence[which]) },
      }));
    update(() => ({
      status: 'running',
      source: 'measured',
      spec,
      results: [],
      cells: cells.length,
    }));
    const report = (result: CellResult) => {
      if (!current()) return;
      update((sweep) => {
        const results = [...sweep.results];
        results[result.index] = result;
        return { ...sweep, results };
      });
    };
    let end: SweepEnd = { status: 'done', lost: [] };
    if (!isHeavy(experiment)) end = await pool.run(experiment, cells, spec.steps, report);
    else
      for (const cell of cells) {
        if (this.store.getState().run.status === 'running') {
          update((sweep) => ({ ...sweep, status: 'held' }));
          await this.untilNotPlaying();
          if (!current()) return null;
          update((sweep) => ({ ...sweep, status: 'running' }));
        }
        end = await pool.run(experiment, [cell], spec.steps, report);
        if (end.status !== 'done' || !current()) break;
      }
    if (!current()) return null;
    this.pool = null;
    if (end.status === 'failed') {
      update((sweep) => ({ ...sweep, status: 'failed' }));
      this.set({ message: end.message });
    } else if (end.status === 'done') update((sweep) => ({ ...sweep, status: 'done' }));
    return end;
  }

  private untilNotPlaying(): Promise<void> {
    return new Promise((resolve) => {
      const unsubscribe = this.store.subscribe(
        (s) => s.run.status,
        (status) => {
          if (status !== 'running') finish();
        },
      );
      const finish = () => {
        unsubscribe();
        this.release = null;
        resolve();
      };
      this.release = finish;
    });
  }

  private stop(): void {
    this.release?.();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pool = this.pool;
    this.pool = null;
    pool?.cancel();
  }
}
