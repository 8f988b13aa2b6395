import type { Experiment } from '../experiment/schema';
import type { RunInfo } from '../protocol/frames';
import type { BurstPlan } from '../protocol/helper';
import type {
  FollowedUnit,
  FromTrainer,
  MeasureRequest,
  Speed,
  ToTrainer,
} from '../protocol/training';
import { MNIST_ASSET, mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { boundaryDomain, planePoints } from '../run/boundary';
import { DEFAULT_OPTIMIZATION_EVERY } from '../experiment/optimizationSettings';
import { HISTOGRAM_BINS, mergeBursts, type MergedBurst } from './frames';
import { FrameStream, frameTransferables } from './frameStream';
import { LocalHalf, RemoteHalf, type Half } from './halves';
import { CaptureSchedule } from './captureSchedule';
import { TaskQueue } from './taskQueue';

/** At most this many frames per second reach the page, however fast training runs. */
export const FRAME_INTERVAL_MS = 1000 / 30;
/** A worker busy with long work says so at most this often (see the `busy` message). */
export const PULSE_MS = 1000;
/** How long one burst of training may hold the worker before it looks at its messages. */
export const BURST_MS = 12;
/** Two-core mode: a burst never takes more steps than this (the worked example: ~10 ms). */
const MAX_SLICE_STEPS = 4096;
/** The decision boundary is recomputed at most this often. */
const BOUNDARY_INTERVAL_MS = 150;

export interface TrainerHost {
  post(message: FromTrainer, transfer: ArrayBuffer[]): void;
  now(): number;
  /** Calls `task` after `delayMs` (0: as soon as pending messages are handled). */
  schedule(task: () => void, delayMs: number): void;
  /** Fetches a data file (e.g. the MNIST asset), reporting bytes loaded. */
  loadAsset(path: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array>;
  /** Measures this machine's training speed in FLOPs per second (once, after the first load). */
  calibrate?: () => number;
}

/**
 * The training loop behind the worker: obeys the page's commands in order and streams frames at
 * display rate. Trains both twins itself, or (after `attachHelper`) the plain twin while a helper
 * worker trains the BN twin in parallel, burst by burst; either way every twin's numbers are
 * the same bit for bit. Knows nothing of `self` or `postMessage`, so tests drive it with a fake
 * host and clock.
 */
export class Trainer {
  private readonly queue = new TaskQueue((error) => this.fail(error));
  private readonly local: LocalHalf;
  private remote: RemoteHalf | null = null;
  private readonly stream = new FrameStream();
  private experiment: Experiment | null = null;
  private learningRate = 0;
  private running = false;
  private speed: Speed = 'max';
  /** Playing pauses on reaching the description's step count; Play goes on past it. */
  private stopAt = Infinity;
  private tickScheduled = false;
  private lastBoundaryAt = -Infinity;
  /** Two-core mode: steps per millisecond of the last burst, to size the next one. */
  private stepsPerMs = 0;
  private readonly captures = new CaptureSchedule(FRAME_INTERVAL_MS);
  private follow: FollowedUnit = { layer: -1, unit: 0 };
  private optimizationEvery = DEFAULT_OPTIMIZATION_EVERY;
  private assets: DataAssets = {};
  private mnistBytes: Uint8Array | null = null;
  /** The newest load received (loads queued behind a newer one are skipped). */
  private loadTicket = 0;
  /** When this worker last posted anything (or started). */
  private lastPost: number;
  private calibrated = false;

  constructor(private readonly host: TrainerHost) {
    this.lastPost = host.now();
    this.local = new LocalHalf(
      false,
      () => this.assets,
      () => host.now(),
    );
    this.local.pulse = () => {
      if (this.host.now() - this.lastPost < PULSE_MS) return;
      this.post({ type: 'busy', step: this.local.half?.step ?? 0 }, []);
    };
  }

  private post(message: FromTrainer, transfer: ArrayBuffer[]): void {
    this.lastPost = this.host.now();
    this.host.post(message, transfer);
  }

  handle(message: ToTrainer): void {
    if (message.type === 'load') {
      // Loads coalesce: a load still queued when a newer one arrives is dropped, so a storm of
      // setup changes builds only the latest setup (commands between them still run, in order).
      const ticket = ++this.loadTicket;
      this.queue.push(() =>
        ticket === this.loadTicket ? this.dispatch(message) : Promise.resolve(),
      );
      return;
    }
    this.queue.push(() => this.dispatch(message));
  }

  /** Settles when every command received so far (and the bursts they started) has run. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private fail(error: unknown): void {
    this.running = false;
    this.post({ type: 'error', message: describe(error) }, []);
  }

  /** The halves training the twins: the helper's first, so it works while this worker does. */
  private halves(): Half[] {
    return this.remote ? [this.remote, this.local] : [this.local];
  }

  private async dispatch(message: ToTrainer): Promise<void> {
    switch (message.type) {
      case 'attachHelper':
        this.remote = new RemoteHalf(message.port);
        this.local.shared = true;
        if (this.mnistBytes) this.remote.provideMnist(this.mnistBytes);
        return;
      case 'load':
        if (needsMnist(message.experiment) && !this.assets.mnist) await this.loadMnist();
        return this.load(message.experiment);
      case 'reset':
        if (this.experiment) return this.load(this.experiment);
        return;
      case 'play': {
        const half = this.local.require();
        this.running = true;
        if (half.step >= this.stopAt) this.stopAt = Infinity;
        this.stream.restart(this.host.now(), half.step, true);
        this.requestTick();
        return;
      }
      case 'pause':
        this.running = false;
        return this.burst(0, true);
      case 'step':
        return this.burst(Math.max(0, Math.floor(message.count)), true);
      case 'setLearningRate':
        if (!(message.learningRate > 0) || !Number.isFinite(message.learningRate)) {
          throw new RangeError(
            `learning rate must be a positive number, got ${message.learningRate}`,
          );
        }
        this.local.require();
        this.learningRate = message.learningRate;
        if (this.experiment) this.experiment.optimizer.learningRate = message.learningRate;
        if (!this.running) return this.burst(0, true);
        return;
      case 'setSpeed':
        this.speed = message.speed;
        return;
      case 'setOptimizationEvery':
        if (!Number.isInteger(message.every) || message.every < 0) {
          throw new RangeError(
            `the measures' interval must be a whole number of steps (0: off), got ${message.every}`,
          );
        }
        this.optimizationEvery = message.every;
        return;
      case 'follow':
        this.follow = { ...message.unit };
        if (!this.running && this.local.half) return this.burst(0, true);
        return;
      case 'measure': {
        // Where the BN twin trains: this worker, or the helper when two share the cohort.
        this.local.require();
        const request: MeasureRequest =
          message.what === 'workedBatch' ? { what: message.what, layer: message.layer } : message;
        const half = this.halves().find((h) => h.members.includes('batchNorm')) ?? this.local;
        this.post(await half.measure(request, this.follow.layer), []);
        return;
      }
    }
  }

  /** Fetches and parses the MNIST digits once. */
  private async loadMnist(): Promise<void> {
    const label = 'Loading MNIST digits';
    this.post({ type: 'progress', label, loaded: 0, total: 0 }, []);
    try {
      const bytes = await this.host.loadAsset(MNIST_ASSET, (loaded, total) =>
        this.post({ type: 'progress', label, loaded, total }, []),
      );
      this.assets = mnistAssets(bytes);
      this.mnistBytes = bytes;
      this.remote?.provideMnist(bytes);
    } catch (error) {
      throw new Error(`the MNIST digits could not be loaded: ${describe(error)}`, { cause: error });
    }
  }

  private async load(experiment: Experiment): Promise<void> {
    const wasRunning = this.running;
    this.running = false;
    this.experiment = structuredClone(experiment);
    this.learningRate = experiment.optimizer.learningRate;
    this.stopAt = experiment.training.steps > 0 ? experiment.training.steps : Infinity;
    this.lastBoundaryAt = -Infinity;
    this.stepsPerMs = 0;
    this.captures.reset();
    this.stream.restart(this.host.now(), 0);
    const description = this.experiment;
    const results = await Promise.all(this.halves().map((h) => h.load(description, this.follow)));
    const merged = mergeBursts(results);
    this.stream.accept(merged);
    const frame = this.takeFrame(merged);
    this.post({ type: 'loaded', info: this.runInfo(), frame }, frameTransferables(frame));
    const { calibrate } = this.host;
    if (calibrate && !this.calibrated) {
      this.calibrated = true;
      this.queue.push(() => {
        this.post({ type: 'calibrated', flopsPerSecond: calibrate() }, []);
        return Promise.resolve();
      });
    }
    if (wasRunning) await this.dispatch({ type: 'play' });
  }

  private runInfo(): RunInfo {
    const { run, hasBoundary } = this.local.require();
    const { dataset } = run;
    const info: RunInfo = {
      experiment: run.experiment,
      members: [...run.members],
      featureNames: dataset.featureNames,
      layers: run.experiment.model.hidden.map((l) => ({
        units: l.units,
        activation: l.activation,
      })),
      histogramBins: HISTOGRAM_BINS,
      measuredRows: run.meters.batchNorm.rows,
      trainCount: dataset.train.count,
      testCount: dataset.test.count,
      evaluatedTestRows: run.testSample.count,
      evaluatedTrainRows: run.trainSample.count,
    };
    if (hasBoundary) {
      info.points = {
        x: Float32Array.from(planePoints(dataset.train)),
        y: Float32Array.from(dataset.train.y),
        count: dataset.train.count,
      };
    }
    return info;
  }

  private requestTick(): void {
    if (this.tickScheduled || !this.running) return;
    this.tickScheduled = true;
    const delay = this.speed === 'max' ? 0 : FRAME_INTERVAL_MS;
    this.host.schedule(() => {
      this.tickScheduled = false;
      this.queue.push(() => this.tick());
    }, delay);
  }

  /** One burst of training: N steps (fixed speed) or about BURST_MS worth (max speed). */
  private async tick(): Promise<void> {
    if (!this.running) return;
    const half = this.local.require();
    const start = this.host.now();
    const left = this.stopAt - half.step;
    if (this.speed !== 'max') return this.burst(Math.min(this.speed, left), true);
    const { capture, frame } = this.captures.due(start, this.stream.lastFrameAt, BURST_MS);
    if (!this.remote) return this.burst(left, capture, BURST_MS, frame);
    // Two workers cannot share a clock check per step, so the burst is sized from the last one.
    const steps = Math.max(
      1,
      Math.min(left, MAX_SLICE_STEPS, Math.round(this.stepsPerMs * BURST_MS)),
    );
    await this.burst(steps, capture, undefined, frame);
    const perMs = steps / Math.max(0.05, this.host.now() - start);
    this.stepsPerMs = this.stepsPerMs === 0 ? perMs : Math.min(perMs, 4 * this.stepsPerMs);
  }

  /**
   * Trains `steps` steps on every half (a zero-step burst only captures), merges their results,
   * and sends a frame if it captured or `frameDue` (a light one then); then, while playing,
   * schedules the next burst.
   */
  private async burst(
    steps: number,
    capture: boolean,
    budgetMs?: number,
    frameDue = capture,
  ): Promise<void> {
    const half = this.local.require();
    const boundary =
      capture && half.hasBoundary && this.host.now() - this.lastBoundaryAt >= BOUNDARY_INTERVAL_MS;
    const plan: BurstPlan = {
      steps,
      learningRate: this.learningRate,
      capture,
      boundary,
      follow: this.follow,
      optimizationEvery: this.optimizationEvery,
    };
    if (budgetMs !== undefined) plan.budgetMs = budgetMs;
    const merged = mergeBursts(await Promise.all(this.halves().map((h) => h.burst(plan))));
    if (merged.captures) this.captures.captured(this.host.now(), merged.captureMs);
    this.stream.accept(merged);
    if (this.stream.allDiverged || half.step >= this.stopAt) this.running = false;
    if (!merged.captures && !this.running) return this.burst(0, true);
    if (merged.captures || frameDue) {
      const frame = this.takeFrame(merged);
      this.post({ type: 'frame', frame }, frameTransferables(frame));
    }
    this.requestTick();
  }

  private takeFrame(merged: MergedBurst) {
    const { run, hasBoundary, resolution } = this.local.require();
    const now = this.host.now();
    if (merged.boundary) this.lastBoundaryAt = now;
    return this.stream.take(merged, {
      now,
      running: this.running,
      learningRate: this.learningRate,
      domain: hasBoundary ? boundaryDomain(run.dataset.train) : null,
      resolution,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
