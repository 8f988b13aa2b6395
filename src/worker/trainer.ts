import { MNIST_ASSET, parseMnistAsset } from '../data/mnist';
import { needsMnist, type DataAssets } from '../data/registry';
import { VARIANTS } from '../engine/twin';
import { ExperimentRun, type EvaluationRecord } from '../experiment/runner';
import type { Experiment } from '../experiment/schema';
import type {
  BoundaryFrame,
  Evaluation,
  Frame,
  FromWorker,
  RunInfo,
  Speed,
  ToWorker,
} from '../protocol/messages';
import { boundaryDomain, BOUNDARY_RESOLUTION, predictGrid } from './boundary';
import { buildVariantFrames } from './frameBuilder';
import { batchNoise, bnLayerFrame, testTimeAccuracy, unitPercentiles } from './probes';

/** At most this many frames per second reach the page, however fast training runs. */
export const FRAME_INTERVAL_MS = 1000 / 30;
/** How long one slice of training may hold the worker before it looks at its messages. */
export const SLICE_MS = 12;
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

/**
 * The training loop behind the worker: holds one ExperimentRun, obeys the page's commands and
 * streams frames at display rate. Knows nothing of `self` or `postMessage`, so tests drive it with
 * a fake host and clock.
 */
export class Trainer {
  private run: ExperimentRun | null = null;
  private experiment: Experiment | null = null;
  private running = false;
  private speed: Speed = 'max';
  /** Playing pauses on reaching the description's step count; Play goes on past it. */
  private stopAt = Infinity;
  private tickScheduled = false;
  private lastFrameAt = 0;
  private lastBoundaryAt = -Infinity;
  private stepsAtLastFrame = 0;
  private stepsPerSecond = 0;
  private lossSteps: number[] = [];
  private losses: Record<(typeof VARIANTS)[number], number[]> = { plain: [], batchNorm: [] };
  private evaluations: Evaluation[] = [];
  private boundaryScratch = new Float64Array(0);

  private assets: DataAssets = {};
  /** Commands that arrived while data was loading, replayed in order once it is in. */
  private queued: ToWorker[] | null = null;

  constructor(private readonly host: TrainerHost) {}

  handle(message: ToWorker): void {
    if (this.queued) {
      this.queued.push(message);
      return;
    }
    if (message.type === 'load' && needsMnist(message.experiment.data) && !this.assets.mnist) {
      this.queued = [message];
      void this.loadMnist();
      return;
    }
    try {
      this.dispatch(message);
    } catch (error) {
      this.running = false;
      this.host.post({ type: 'error', message: describe(error) }, []);
    }
  }

  /** Fetches and parses the MNIST digits once, then replays what came in meanwhile. */
  private async loadMnist(): Promise<void> {
    const label = 'Loading MNIST digits';
    this.host.post({ type: 'progress', label, loaded: 0, total: 0 }, []);
    try {
      const bytes = await this.host.loadAsset(MNIST_ASSET, (loaded, total) =>
        this.host.post({ type: 'progress', label, loaded, total }, []),
      );
      this.assets = { mnist: parseMnistAsset(bytes) };
    } catch (error) {
      this.queued = null;
      this.host.post(
        { type: 'error', message: `the MNIST digits could not be loaded: ${describe(error)}` },
        [],
      );
      return;
    }
    const queued = this.queued ?? [];
    this.queued = null;
    for (const message of queued) this.handle(message);
  }

  private dispatch(message: ToWorker): void {
    switch (message.type) {
      case 'load':
        this.load(message.experiment);
        return;
      case 'reset':
        if (this.experiment) this.load(this.experiment);
        return;
      case 'play': {
        const run = this.requireRun();
        this.running = true;
        if (run.stepCount >= this.stopAt) this.stopAt = Infinity;
        this.stepsAtLastFrame = run.stepCount;
        this.lastFrameAt = this.host.now();
        this.requestTick();
        return;
      }
      case 'pause':
        this.running = false;
        this.emitFrame();
        return;
      case 'step':
        for (let i = 0; i < message.count; i++) this.trainOneStep(i === message.count - 1);
        this.emitFrame();
        return;
      case 'setLearningRate':
        if (!(message.learningRate > 0) || !Number.isFinite(message.learningRate)) {
          throw new RangeError(
            `learning rate must be a positive number, got ${message.learningRate}`,
          );
        }
        this.requireRun().learningRate = message.learningRate;
        if (this.experiment) this.experiment.optimizer.learningRate = message.learningRate;
        if (!this.running) this.emitFrame();
        return;
      case 'setSpeed':
        this.speed = message.speed;
        return;
      case 'setProbe':
        this.probe = { layer: message.layer, unit: message.unit };
        if (!this.running && this.run) this.emitFrame();
        return;
      case 'measure': {
        const run = this.requireRun();
        this.host.post(
          message.what === 'testTime'
            ? { type: 'probe', testTime: testTimeAccuracy(run) }
            : { type: 'probe', batchNoise: batchNoise(run, this.probeLayer(run)) },
          [],
        );
        return;
      }
    }
  }

  private requireRun(): ExperimentRun {
    if (!this.run) throw new Error('no experiment loaded');
    return this.run;
  }

  private load(experiment: Experiment): void {
    const wasRunning = this.running;
    this.running = false;
    this.experiment = structuredClone(experiment);
    const run = new ExperimentRun(this.experiment, this.assets);
    this.run = run;
    this.stopAt = experiment.training.steps > 0 ? experiment.training.steps : Infinity;
    this.lossSteps = [];
    this.losses = { plain: [], batchNorm: [] };
    this.evaluations = [toEvaluation(run.evaluate())];
    this.lastBoundaryAt = -Infinity;
    this.stepsAtLastFrame = 0;
    this.stepsPerSecond = 0;
    this.boundaryScratch = new Float64Array(run.twins.networks.plain.capacity * 2);
    this.previewTaps(run);
    const frame = this.buildFrame();
    this.host.post({ type: 'loaded', info: this.runInfo(run), frame }, transferables(frame));
    if (wasRunning) this.dispatch({ type: 'play' });
  }

  /** Taps at step 0: the first training rows passed forward without touching any statistics. */
  private previewTaps(run: ExperimentRun): void {
    const rows = run.sampler.batchSize;
    const x = run.dataset.train.x.subarray(0, rows * run.dataset.inputSize);
    for (const variant of VARIANTS) {
      const network = run.twins.networks[variant];
      for (const block of network.blocks)
        if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
      network.forward(x, rows, true);
      for (const block of network.blocks)
        if (block.batchNorm) block.batchNorm.freezeRunningStatistics = false;
    }
  }

  private runInfo(run: ExperimentRun): RunInfo {
    const { dataset } = run;
    const info: RunInfo = {
      experiment: run.experiment,
      featureNames: dataset.featureNames,
      layers: run.experiment.model.hidden.map((l) => ({
        units: l.units,
        activation: l.activation,
      })),
      trainCount: dataset.train.count,
      testCount: dataset.test.count,
    };
    if (dataset.inputSize === 2 && dataset.task === 'binary') {
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
      try {
        this.tick();
      } catch (error) {
        this.running = false;
        this.host.post({ type: 'error', message: describe(error) }, []);
      }
    }, delay);
  }

  /** One slice of training: N steps (fixed speed) or until the slice's time is up (max speed). */
  tick(): void {
    if (!this.running) return;
    const run = this.requireRun();
    if (this.speed === 'max') {
      const until = this.host.now() + SLICE_MS;
      let last = false;
      while (!last) {
        last = this.trainOneStep(
          () => this.host.now() >= until || this.allDiverged(run) || run.stepCount >= this.stopAt,
        );
      }
    } else {
      const count = Math.min(this.speed, this.stopAt - run.stepCount);
      for (let i = 0; i < count; i++) this.trainOneStep(i === count - 1);
    }
    if (this.allDiverged(run) || run.stepCount >= this.stopAt) this.running = false;
    if (
      this.speed !== 'max' ||
      this.host.now() - this.lastFrameAt >= FRAME_INTERVAL_MS ||
      !this.running
    ) {
      this.emitFrame();
    }
    this.requestTick();
  }

  private allDiverged(run: ExperimentRun): boolean {
    return run.twins.status.plain.diverged && run.twins.status.batchNorm.diverged;
  }

  /**
   * One step of both twins, recording its losses and any evaluation due. `isLast` says whether
   * a frame may follow this step: then the taps are summarized before an evaluation overwrites
   * them. Returns whether it was the last.
   */
  private trainOneStep(isLast: boolean | (() => boolean)): boolean {
    const run = this.requireRun();
    const losses = run.step();
    this.lossSteps.push(run.stepCount);
    this.losses.plain.push(losses.plain ?? Number.NaN);
    this.losses.batchNorm.push(losses.batchNorm ?? Number.NaN);
    const last = typeof isLast === 'boolean' ? isLast : isLast();
    this.pendingVariants = null;
    this.pendingProbe = null;
    if (run.stepCount % run.experiment.training.evalEvery === 0) {
      if (last) {
        this.pendingVariants = buildVariantFrames(run);
        this.pendingProbe = this.probeFrame(run);
      }
      this.evaluations.push(toEvaluation(run.evaluate()));
    }
    return last;
  }

  private pendingVariants: Frame['variants'] | null = null;
  private pendingProbe: Pick<Frame, 'unit' | 'bn'> | null = null;
  /** Layer and unit followed by the Figure 1 panel; layer −1 means the last hidden layer. */
  private probe = { layer: -1, unit: 0 };

  private probeLayer(run: ExperimentRun): number {
    const layers = run.twins.networks.plain.blocks.length;
    return this.probe.layer < 0 || this.probe.layer >= layers ? layers - 1 : this.probe.layer;
  }

  /** Taps of the probed layer, read with the layer summaries (before an evaluation). */
  private probeFrame(run: ExperimentRun): Pick<Frame, 'unit' | 'bn'> {
    const layer = this.probeLayer(run);
    const unit = this.probe.unit;
    const frame: Pick<Frame, 'unit' | 'bn'> = {
      unit: {
        layer,
        unit,
        percentiles: {
          plain: unitPercentiles(run, 'plain', layer, unit),
          batchNorm: unitPercentiles(run, 'batchNorm', layer, unit),
        },
      },
    };
    const bn = bnLayerFrame(run, layer);
    if (bn) frame.bn = bn;
    return frame;
  }

  private emitFrame(): void {
    const frame = this.buildFrame();
    this.host.post({ type: 'frame', frame }, transferables(frame));
  }

  private buildFrame(): Frame {
    const run = this.requireRun();
    const now = this.host.now();
    const elapsed = now - this.lastFrameAt;
    const steps = run.stepCount - this.stepsAtLastFrame;
    if (elapsed > 0 && steps > 0) {
      const rate = (1000 * steps) / elapsed;
      this.stepsPerSecond =
        this.stepsPerSecond === 0 ? rate : 0.7 * this.stepsPerSecond + 0.3 * rate;
    }
    if (!this.running) this.stepsPerSecond = 0;
    this.lastFrameAt = now;
    this.stepsAtLastFrame = run.stepCount;
    const variants = this.pendingVariants ?? buildVariantFrames(run);
    const probe = this.pendingProbe ?? this.probeFrame(run);
    this.pendingVariants = null;
    this.pendingProbe = null;
    const frame: Frame = {
      step: run.stepCount,
      learningRate: run.learningRate,
      running: this.running,
      stepsPerSecond: this.stepsPerSecond,
      lossSteps: Float64Array.from(this.lossSteps),
      losses: {
        plain: Float64Array.from(this.losses.plain),
        batchNorm: Float64Array.from(this.losses.batchNorm),
      },
      variants,
      evaluations: this.evaluations,
      ...probe,
    };
    this.lossSteps = [];
    this.losses = { plain: [], batchNorm: [] };
    this.evaluations = [];
    if (
      run.dataset.inputSize === 2 &&
      run.dataset.task === 'binary' &&
      now - this.lastBoundaryAt >= BOUNDARY_INTERVAL_MS
    ) {
      frame.boundary = this.boundary(run);
      this.lastBoundaryAt = now;
    }
    return frame;
  }

  private boundary(run: ExperimentRun): BoundaryFrame {
    const domain = boundaryDomain(run.dataset.train.x);
    const values = {} as BoundaryFrame['values'];
    for (const variant of VARIANTS) {
      values[variant] = run.twins.status[variant].diverged
        ? null
        : predictGrid(
            run.twins.networks[variant],
            domain,
            BOUNDARY_RESOLUTION,
            this.boundaryScratch,
          );
    }
    return { resolution: BOUNDARY_RESOLUTION, ...domain, values };
  }
}

function toEvaluation(record: EvaluationRecord): Evaluation {
  return { step: record.step, train: record.train, test: record.test };
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
