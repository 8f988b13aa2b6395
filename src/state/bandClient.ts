import { bandKey, bandPlan, isHeavy } from '../experiment/bands';
import {
  DEFAULT_FLOPS_PER_SECOND,
  estimateCost,
  formatSeconds,
  secondsPerStep,
} from '../experiment/cost';
import type { Experiment } from '../experiment/schema';
import { defaultThreshold, sweepCells, type CellResult, type SweepCell } from '../experiment/sweep';
import { dataShape } from '../experiment/shape';
import type { LabStore } from './store';
import { SweepPool, type SweepEnd, type SweepWorkerPort } from './sweepPool';

/** The slider's bands: a background sweep of the live setup over the slider's learning rates. */
export interface BandState {
  /** `held`: a heavy setup's bands wait while the live run plays (they go on when it pauses). */
  status: 'idle' | 'waiting' | 'running' | 'held' | 'done' | 'failed';
  /** The setup's band key (see bandKey); results belong to it. */
  key: string | null;
  learningRates: number[];
  seeds: number;
  steps: number;
  /** Results by cell index (holes while running). */
  results: (CellResult | undefined)[];
  cells: number;
  threshold: number;
  message: string | null;
  /** Init-scale sensitivity at the current η: the same short runs at INIT_SCALES × the init. */
  init: InitProbe;
}

/** Short runs of the setup at the current η over init scales (advantage 4: less sensitivity). */
export interface InitProbe {
  status: 'idle' | 'waiting' | 'running' | 'done';
  learningRate: number | null;
  results: (CellResult | undefined)[];
  cells: number;
}

/** The init scales the probe tries (multiples of the scheme's weights). */
export const INIT_SCALES = [0.01, 0.1, 1, 10, 100];

const IDLE_PROBE: InitProbe = { status: 'idle', learningRate: null, results: [], cells: 0 };

export const IDLE_BANDS: BandState = {
  status: 'idle',
  key: null,
  learningRates: [],
  seeds: 0,
  steps: 0,
  results: [],
  cells: 0,
  threshold: 0.52,
  message: null,
  init: IDLE_PROBE,
};

/** How long the setup must stay unchanged before its band sweep starts. */
export const BAND_DELAY_MS = 700;

/**
 * Keeps the bands of the live setup: when the setup changes in anything but η, the running band
 * sweep is cancelled and, once the setup has stayed put for BAND_DELAY_MS, a new one starts on
 * its own worker (one, so the live run keeps a core). The same key keeps its bands (the cells are
 * pure functions of the setup), so a Reset or a changed η costs nothing.
 */
/** The background sweep is skipped for setups whose short runs would take longer than this. */
export const MAX_BAND_SECONDS = 600;

export class BandClient {
  private pool: SweepPool | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private initPool: SweepPool | null = null;
  private initTimer: ReturnType<typeof setTimeout> | null = null;
  /** Releases a wait for the live run to pause (when the setup changes meanwhile). */
  private release: (() => void) | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly createWorker: (() => SweepWorkerPort) | null,
    private readonly delayMs = BAND_DELAY_MS,
  ) {}

  private set(patch: Partial<BandState>): void {
    this.store.setState((s) => ({ bands: { ...s.bands, ...patch } }));
  }

  /** Starts watching the setup (call once). Returns the unsubscribe function. */
  watch(): () => void {
    const check = (experiment: Experiment) => this.setupChanged(experiment);
    check(this.store.getState().settings.experiment);
    const unsubscribe = this.store.subscribe((s) => s.settings.experiment, check);
    return () => {
      unsubscribe();
      this.stop();
    };
  }

  private setupChanged(experiment: Experiment): void {
    if (!this.createWorker) return;
    const key = bandKey(experiment);
    if (key === this.store.getState().bands.key) {
      this.learningRateChanged(experiment);
      return;
    }
    this.stop();
    // Short runs of a net this costly would hold a core for minutes: say so instead.
    const spec = bandPlan(experiment);
    const cost = estimateCost(experiment);
    const seconds =
      sweepCells(experiment, spec).length *
      spec.steps *
      secondsPerStep(cost, DEFAULT_FLOPS_PER_SECOND);
    if (seconds > MAX_BAND_SECONDS) {
      this.set({
        ...IDLE_BANDS,
        status: 'failed',
        key,
        message: `this setup is too costly to sweep in the background (≈ ${formatSeconds(seconds)} of short runs); run a sweep in the Stable range view, or on the command line`,
      });
      return;
    }
    this.set({ ...IDLE_BANDS, status: 'waiting', key });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run(experiment, key);
    }, this.delayMs);
  }

  private async run(experiment: Experiment, key: string): Promise<void> {
    if (!this.createWorker) return;
    const spec = bandPlan(experiment);
    const cells = sweepCells(experiment, spec);
    const pool = new SweepPool(this.createWorker, 1);
    this.pool = pool;
    this.set({
      status: 'running',
      key,
      learningRates: spec.learningRates,
      seeds: spec.seeds,
      steps: spec.steps,
      results: [],
      cells: cells.length,
      threshold: defaultThreshold(experiment.model.head, dataShape(experiment.data).classes),
      message: null,
    });
    const end = await this.runCells(
      pool,
      () => this.pool === pool,
      experiment,
      cells,
      spec.steps,
      (result) =>
        this.store.setState((s) => {
          const results = [...s.bands.results];
          results[result.index] = result;
          return { bands: { ...s.bands, results } };
        }),
      (held) => this.set({ status: held ? 'held' : 'running' }),
    );
    if (this.pool !== pool) return;
    this.pool = null;
    if (end.status === 'failed') this.set({ status: 'failed', message: end.message });
    else if (end.status === 'done') {
      this.set({ status: 'done' });
      this.learningRateChanged(this.store.getState().settings.experiment);
    }
  }

  /** Probes the init scales at the setup's η once the bands are in (again when η changes). */
  private learningRateChanged(experiment: Experiment): void {
    const { bands } = this.store.getState();
    if (bands.status !== 'done' || bands.key !== bandKey(experiment)) return;
    if (bands.init.learningRate === experiment.optimizer.learningRate) return;
    this.stopInit();
    this.set({
      init: { ...IDLE_PROBE, status: 'waiting', learningRate: experiment.optimizer.learningRate },
    });
    this.initTimer = setTimeout(() => {
      this.initTimer = null;
      void this.runInit(experiment);
    }, this.delayMs);
  }

  private async runInit(experiment: Experiment): Promise<void> {
    if (!this.createWorker) return;
    const { bands } = this.store.getState();
    const spec = {
      learningRates: [experiment.optimizer.learningRate],
      initScales: INIT_SCALES.map((k) => k * experiment.init.scale),
      seeds: bands.seeds,
      steps: bands.steps,
    };
    const cells = sweepCells(experiment, spec);
    const pool = new SweepPool(this.createWorker, 1);
    this.initPool = pool;
    const learningRate = experiment.optimizer.learningRate;
    this.set({ init: { status: 'running', learningRate, results: [], cells: cells.length } });
    const end = await this.runCells(
      pool,
      () => this.initPool === pool,
      experiment,
      cells,
      spec.steps,
      (result) =>
        this.store.setState((s) => {
          const results = [...s.bands.init.results];
          results[result.index] = result;
          return { bands: { ...s.bands, init: { ...s.bands.init, results } } };
        }),
      () => undefined,
    );
    if (this.initPool !== pool) return;
    this.initPool = null;
    if (end.status === 'done')
      this.store.setState((s) => ({
        bands: { ...s.bands, init: { ...s.bands.init, status: 'done' } },
      }));
  }

  /**
   * Runs the cells on the pool. A light setup's run all at once; a heavy setup's (MNIST) one at a
   * time, each only while the live run is not playing, so the bands never halve the speed of a
   * run that needs both cores. `current` says whether this run is still the wanted one.
   */
  private async runCells(
    pool: SweepPool,
    current: () => boolean,
    experiment: Experiment,
    cells: SweepCell[],
    steps: number,
    onResult: (result: CellResult) => void,
    onHeld: (held: boolean) => void,
  ): Promise<SweepEnd> {
    const report = (result: CellResult) => {
      if (current()) onResult(result);
    };
    if (!isHeavy(experiment)) return pool.run(experiment, cells, steps, report);
    for (const cell of cells) {
      if (this.store.getState().run.status === 'running') {
        onHeld(true);
        await this.untilNotPlaying();
        if (!current()) return { status: 'cancelled', lost: [] };
        onHeld(false);
      }
      const end = await pool.run(experiment, [cell], steps, report);
      if (end.status !== 'done' || !current()) return end;
    }
    return { status: 'done', lost: [] };
  }

  private untilNotPlaying(): Promise<void> {
    return new Promise((resolve) => {
      const unsubscribe = this.store.subscribe(
        (s) => s.run.status,
        (status) => {
          if (status !== 'running') done();
        },
      );
      const done = () => {
        unsubscribe();
        this.release = null;
        resolve();
      };
      this.release = done;
    });
  }

  private stopInit(): void {
    if (this.initTimer !== null) clearTimeout(this.initTimer);
    this.initTimer = null;
    const pool = this.initPool;
    this.initPool = null;
    pool?.cancel();
  }

  private stop(): void {
    this.release?.();
    this.stopInit();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pool = this.pool;
    this.pool = null;
    pool?.cancel();
  }
}
