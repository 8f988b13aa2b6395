import { MNIST_ASSET, parseMnistAsset } from '../data/mnist';
import { needsMnist, type DataAssets } from '../data/registry';
import { VARIANTS, type Variant } from '../engine/twin';
import type { Experiment } from '../experiment/schema';
import type {
  Evaluation,
  Frame,
  FromWorker,
  ProbeTarget,
  RunInfo,
  SlicePlan,
  SliceResult,
  Speed,
  ToWorker,
  VariantCapture,
} from '../protocol/messages';
import { BOUNDARY_RESOLUTION, boundaryDomain } from './boundary';
import { assembleVariantFrames, probeLayer } from './frameBuilder';
import { hasBoundary, TwinHalf } from './half';
import { batchNoise, testTimeAccuracy } from './probes';
import { RemoteHalf } from './remoteHalf';

/** At most this many frames per second reach the page, however fast training runs. */
export const FRAME_INTERVAL_MS = 1000 / 30;
/** How long one slice of training may hold the worker before it looks at its messages. */
export const SLICE_MS = 12;
/** Two-core mode: a slice never takes more steps than this (the worked example: ~10 ms). */
const MAX_SLICE_STEPS = 4096;
/** The decision boundary is recomputed at most this often. */
const BOUNDARY_INTERVAL_MS = 150;

export interface TrainerHost {
  post(message: FromWorker, transfer: Transferable[]): void;
  now(): number;
  /** Calls `task` after `delayMs` (0: as soon as pending messages are handled). */
  schedule(task: () => void, delayMs: number): void;
  /** Fetches a data file (e.g. the MNIST asset), reporting bytes loaded. */
  loadAsset(path: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array>;
}

type Transferable = ArrayBuffer;
/** A unit of the trainer's work: synchronous, or a promise when it waits for the helper. */
type Task = () => void | Promise<void>;

/** The local half's and (in two-core mode) the helper's results of one slice, merged. */
interface MergedSlice {
  step: number;
  losses: Record<Variant, Float64Array>;
  evaluations: Evaluation[];
  status: Record<Variant, { diverged: boolean; divergedAtStep: number | null }>;
  captures?: Record<Variant, VariantCapture>;
  boundary?: Record<Variant, Float32Array | null>;
}

/**
 * The training loop behind the worker: obeys the page's commands and streams frames at display
 * rate. Trains both twins itself, or (after `attachHelper`) the BN twin while a helper worker
 * trains the plain twin in parallel, slice by slice; either way every twin's numbers are the
 * same bit for bit. Knows nothing of `self` or `postMessage`, so tests drive it with a fake host
 * and clock. Commands run in order: while one waits for the helper, later ones queue.
 */
export class Trainer {
  private half: TwinHalf | null = null;
  private remote: RemoteHalf | null = null;
  private experiment: Experiment | null = null;
  private learningRate = 0;
  private running = false;
  private speed: Speed = 'max';
  /** Playing pauses on reaching the description's step count; Play goes on past it. */
  private stopAt = Infinity;
  private tickScheduled = false;
  private lastFrameAt = 0;
  private lastBoundaryAt = -Infinity;
  private stepsAtLastFrame = 0;
  private stepsPerSecond = 0;
  /** Two-core mode: steps per millisecond of the last slice, to size the next one. */
  private stepsPerMs = 0;
  private lossSteps: number[] = [];
  private losses: Record<Variant, number[]> = { plain: [], batchNorm: [] };
  private evaluations: Evaluation[] = [];
  private status: MergedSlice['status'] = {
    plain: { diverged: false, divergedAtStep: null },
    batchNorm: { diverged: false, divergedAtStep: null },
  };
  /** Layer and unit followed by the Figure 1 panel; layer −1 means the last hidden layer. */
  private probe: ProbeTarget = { layer: -1, unit: 0 };

  private assets: DataAssets = {};
  private mnistBytes: Uint8Array | null = null;
  private mnistSentToHelper = false;

  private readonly tasks: Task[] = [];
  /** A task's promise is pending. */
  private busy = false;
  /** Inside drain: tasks queued now run after the current one. */
  private draining = false;

  constructor(private readonly host: TrainerHost) {}

  handle(message: ToWorker): void {
    this.enqueue(() => this.dispatch(message));
  }

  /** Runs tasks in order; synchronously until one returns a promise, then after it settles. */
  private enqueue(task: Task): void {
    this.tasks.push(task);
    if (!this.busy && !this.draining) this.drain();
  }

  private drain(): void {
    this.draining = true;
    try {
      this.drainTasks();
    } finally {
      this.draining = false;
    }
  }

  private drainTasks(): void {
    while (this.tasks.length > 0) {
      const task = this.tasks.shift()!;
      let result: void | Promise<void>;
      try {
        result = task();
      } catch (error) {
        this.fail(error);
        continue;
      }
      if (result instanceof Promise) {
        this.busy = true;
        result
          .catch((error: unknown) => this.fail(error))
          .finally(() => {
            this.busy = false;
            this.drain();
          });
        return;
      }
    }
  }

  private fail(error: unknown): void {
    this.running = false;
    this.host.post({ type: 'error', message: describe(error) }, []);
  }

  /** Fetches and parses the MNIST digits once. */
  private async loadMnist(): Promise<void> {
    const label = 'Loading MNIST digits';
    this.host.post({ type: 'progress', label, loaded: 0, total: 0 }, []);
    try {
      const bytes = await this.host.loadAsset(MNIST_ASSET, (loaded, total) =>
        this.host.post({ type: 'progress', label, loaded, total }, []),
      );
      this.assets = { mnist: parseMnistAsset(bytes) };
      this.mnistBytes = bytes;
    } catch (error) {
      throw new Error(`the MNIST digits could not be loaded: ${describe(error)}`, { cause: error });
    }
  }

  private dispatch(message: ToWorker): void | Promise<void> {
    switch (message.type) {
      case 'attachHelper':
        this.remote = new RemoteHalf(message.port);
        this.mnistSentToHelper = false;
        return;
      case 'load':
        if (needsMnist(message.experiment.data) && !this.assets.mnist) {
          return this.loadMnist().then(() => this.load(message.experiment));
        }
        return this.load(message.experiment);
      case 'reset':
        if (this.experiment) return this.load(this.experiment);
        return;
      case 'play': {
        const half = this.requireHalf();
        this.running = true;
        if (half.step >= this.stopAt) this.stopAt = Infinity;
        this.stepsAtLastFrame = half.step;
        this.lastFrameAt = this.host.now();
        this.requestTick();
        return;
      }
      case 'pause':
        this.running = false;
        return this.slice(0, true);
      case 'step':
        return this.slice(Math.max(0, Math.floor(message.count)), true);
      case 'setLearningRate':
        if (!(message.learningRate > 0) || !Number.isFinite(message.learningRate)) {
          throw new RangeError(
            `learning rate must be a positive number, got ${message.learningRate}`,
          );
        }
        this.requireHalf();
        this.learningRate = message.learningRate;
        if (this.experiment) this.experiment.optimizer.learningRate = message.learningRate;
        if (!this.running) return this.slice(0, true);
        return;
      case 'setSpeed':
        this.speed = message.speed;
        return;
      case 'setProbe':
        this.probe = { layer: message.layer, unit: message.unit };
        if (!this.running && this.half) return this.slice(0, true);
        return;
      case 'measure': {
        const { run } = this.requireHalf();
        this.host.post(
          message.what === 'testTime'
            ? { type: 'probe', testTime: testTimeAccuracy(run) }
            : { type: 'probe', batchNoise: batchNoise(run, probeLayer(run, this.probe)) },
          [],
        );
        return;
      }
    }
  }

  private requireHalf(): TwinHalf {
    if (!this.half) throw new Error('no experiment loaded');
    return this.half;
  }

  private load(experiment: Experiment): void | Promise<void> {
    const wasRunning = this.running;
    this.running = false;
    this.experiment = structuredClone(experiment);
    this.learningRate = experiment.optimizer.learningRate;
    const half = new TwinHalf(this.experiment, this.assets, this.remote ? ['batchNorm'] : VARIANTS);
    this.half = half;
    this.stopAt = experiment.training.steps > 0 ? experiment.training.steps : Infinity;
    this.lossSteps = [];
    this.losses = { plain: [], batchNorm: [] };
    this.evaluations = [];
    this.lastBoundaryAt = -Infinity;
    this.stepsAtLastFrame = 0;
    this.stepsPerSecond = 0;
    this.stepsPerMs = 0;
    let pending: Promise<SliceResult> | null = null;
    if (this.remote) {
      let mnist: Uint8Array | undefined;
      if (this.mnistBytes && needsMnist(experiment.data) && !this.mnistSentToHelper) {
        mnist = this.mnistBytes;
        this.mnistSentToHelper = true;
      }
      pending = this.remote.load(this.experiment, ['plain'], this.probe, mnist);
    }
    const local = half.start(this.probe);
    const finish = (remote: SliceResult | null) => {
      if (this.half !== half) return;
      const merged = this.accept(local, remote);
      const frame = this.buildFrame(merged);
      this.host.post({ type: 'loaded', info: this.runInfo(half), frame }, transferables(frame));
      if (wasRunning) this.handle({ type: 'play' });
    };
    if (pending) return pending.then(finish);
    finish(null);
  }

  private runInfo(half: TwinHalf): RunInfo {
    const { dataset } = half.run;
    const info: RunInfo = {
      experiment: half.run.experiment,
      featureNames: dataset.featureNames,
      layers: half.run.experiment.model.hidden.map((l) => ({
        units: l.units,
        activation: l.activation,
      })),
      trainCount: dataset.train.count,
      testCount: dataset.test.count,
    };
    if (hasBoundary(half.run)) {
      info.points = {
        x: Float32Array.from(dataset.train.x),
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
      this.enqueue(() => this.tick());
    }, delay);
  }

  /** One slice of training: N steps (fixed speed) or about SLICE_MS worth (max speed). */
  tick(): void | Promise<void> {
    if (!this.running) return;
    const half = this.requireHalf();
    const start = this.host.now();
    const left = this.stopAt - half.step;
    if (this.speed !== 'max') return this.slice(Math.min(this.speed, left), true);
    const capture = start - this.lastFrameAt + SLICE_MS >= FRAME_INTERVAL_MS;
    if (!this.remote) {
      const until = start + SLICE_MS;
      return this.slice(left, capture, () => this.host.now() >= until || half.allDiverged);
    }
    // Two workers cannot share a clock check per step, so the slice is sized from the last one.
    const steps = Math.max(
      1,
      Math.min(left, MAX_SLICE_STEPS, Math.round(this.stepsPerMs * SLICE_MS)),
    );
    const done = this.slice(steps, capture);
    const measure = () => {
      const perMs = steps / Math.max(0.05, this.host.now() - start);
      this.stepsPerMs = this.stepsPerMs === 0 ? perMs : Math.min(perMs, 4 * this.stepsPerMs);
    };
    if (done instanceof Promise) return done.then(measure);
    measure();
  }

  /**
   * Trains `steps` steps on both halves (a zero-step slice only captures), merges their results,
   * and sends a frame if `capture`; then, while playing, schedules the next slice.
   */
  private slice(steps: number, capture: boolean, stopEarly?: () => boolean): void | Promise<void> {
    const half = this.requireHalf();
    const boundary =
      capture &&
      hasBoundary(half.run) &&
      this.host.now() - this.lastBoundaryAt >= BOUNDARY_INTERVAL_MS;
    const plan: SlicePlan = {
      steps,
      learningRate: this.learningRate,
      capture,
      boundary,
      probe: this.probe,
    };
    const finish = (local: SliceResult, remote: SliceResult | null) => {
      if (this.half !== half) return;
      const merged = this.accept(local, remote);
      if (this.allDiverged() || half.step >= this.stopAt) this.running = false;
      if (merged.captures) this.emit(merged);
      else if (!this.running) return this.slice(0, true);
      this.requestTick();
    };
    if (this.remote) {
      const pending = this.remote.slice(plan);
      const local = half.runSlice(plan);
      return pending.then((remote) => finish(local, remote));
    }
    return finish(half.runSlice(plan, stopEarly), null);
  }

  private allDiverged(): boolean {
    return this.status.plain.diverged && this.status.batchNorm.diverged;
  }

  /** Merges a slice's results into the pending frame data; returns them merged. */
  private accept(local: SliceResult, remote: SliceResult | null): MergedSlice {
    if (remote && remote.step !== local.step) {
      throw new Error(
        `the twins' workers fell out of step (${local.step} and ${remote.step}); press Reset`,
      );
    }
    const pick = <T>(part: (r: SliceResult) => Partial<Record<Variant, T>> | undefined) => {
      const a = part(local);
      const b = remote ? part(remote) : undefined;
      if (!a && !b) return undefined;
      return { ...b, ...a } as Record<Variant, T>;
    };
    const merged: MergedSlice = {
      step: local.step,
      losses: pick((r) => r.losses)!,
      status: pick((r) => r.status)!,
      evaluations: local.evaluations.map((e, i) => {
        const other = remote?.evaluations[i];
        if (!other) return e;
        return {
          step: e.step,
          train: either(e.train, other.train),
          test: either(e.test, other.test),
        };
      }),
    };
    const captures = pick((r) => r.captures);
    if (captures) merged.captures = captures;
    const boundary = pick((r) => r.boundary);
    if (boundary) merged.boundary = boundary;
    this.status = merged.status;
    const count = merged.losses.batchNorm.length;
    for (let i = 0; i < count; i++) {
      this.lossSteps.push(merged.step - count + 1 + i);
      for (const v of VARIANTS) this.losses[v].push(merged.losses[v][i]);
    }
    this.evaluations.push(...merged.evaluations);
    return merged;
  }

  private emit(merged: MergedSlice): void {
    const frame = this.buildFrame(merged);
    this.host.post({ type: 'frame', frame }, transferables(frame));
  }

  private buildFrame(merged: MergedSlice): Frame {
    const half = this.requireHalf();
    const captures = merged.captures!;
    const now = this.host.now();
    const elapsed = now - this.lastFrameAt;
    const steps = merged.step - this.stepsAtLastFrame;
    if (elapsed > 0 && steps > 0) {
      const rate = (1000 * steps) / elapsed;
      this.stepsPerSecond =
        this.stepsPerSecond === 0 ? rate : 0.7 * this.stepsPerSecond + 0.3 * rate;
    }
    if (!this.running) this.stepsPerSecond = 0;
    this.lastFrameAt = now;
    this.stepsAtLastFrame = merged.step;
    const frame: Frame = {
      step: merged.step,
      learningRate: this.learningRate,
      running: this.running,
      stepsPerSecond: this.stepsPerSecond,
      lossSteps: Float64Array.from(this.lossSteps),
      losses: {
        plain: Float64Array.from(this.losses.plain),
        batchNorm: Float64Array.from(this.losses.batchNorm),
      },
      variants: assembleVariantFrames(captures),
      evaluations: this.evaluations,
      unit: {
        layer: captures.batchNorm.probeLayer,
        unit: this.probe.unit,
        percentiles: {
          plain: captures.plain.unitPercentiles,
          batchNorm: captures.batchNorm.unitPercentiles,
        },
      },
    };
    if (captures.batchNorm.bn) frame.bn = captures.batchNorm.bn;
    this.lossSteps = [];
    this.losses = { plain: [], batchNorm: [] };
    this.evaluations = [];
    if (merged.boundary) {
      frame.boundary = {
        resolution: BOUNDARY_RESOLUTION,
        ...boundaryDomain(half.run.dataset.train.x),
        values: merged.boundary,
      };
      this.lastBoundaryAt = now;
    }
    return frame;
  }
}

/** Each twin's value from whichever half trains it (the other half has null there). */
function either<T>(
  a: Record<Variant, T | null>,
  b: Record<Variant, T | null>,
): Record<Variant, T | null> {
  return { plain: a.plain ?? b.plain, batchNorm: a.batchNorm ?? b.batchNorm };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The typed-array buffers of a frame, handed over instead of copied. */
function transferables(frame: Frame): Transferable[] {
  const buffers: ArrayBuffer[] = [
    frame.lossSteps.buffer as ArrayBuffer,
    frame.losses.plain.buffer as ArrayBuffer,
    frame.losses.batchNorm.buffer as ArrayBuffer,
  ];
  for (const variant of VARIANTS) {
    for (const layer of frame.variants[variant].layers) {
      buffers.push(
        layer.preActivation.counts.buffer as ArrayBuffer,
        layer.postActivation.counts.buffer as ArrayBuffer,
      );
    }
    const grid = frame.boundary?.values[variant];
    if (grid) buffers.push(grid.buffer as ArrayBuffer);
  }
  return buffers;
}
