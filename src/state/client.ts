import { formatFieldError } from '../experiment/fields';
import { findPreset } from '../experiment/presets';
import { experimentFromJson, experimentToJson } from '../experiment/file';
import { cloneExperiment, DEFAULT_EXPERIMENT, type Experiment } from '../experiment/schema';
import { parseExperiment } from '../experiment/validate';
import type { Frame, FromWorker, HalfPort, Speed, Tap, ToWorker } from '../protocol/messages';
import { FrameHistory } from './history';
import type { LabStore } from './store';
import { SweepClient } from './sweepClient';
import type { SweepWorkerPort } from './sweepPool';

/** Commands the worker answers (with a frame, `loaded` or `probe`). */
const ANSWERED = new Set<ToWorker['type']>(['load', 'reset', 'step', 'pause', 'measure']);
/** A worker silent this long while it owes an answer is reported as stopped. */
export const SILENCE_MS = 10_000;

/** Bins per histogram (must match what the worker sends). */
export const HISTOGRAM_BINS = 48;

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A helper worker (two-core mode): it is handed one end of a channel to the training worker. */
export interface HelperPort {
  postMessage(message: { type: 'serve'; port: MessagePort }, transfer: Transferable[]): void;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * The page's side of the worker bridge: owns the Worker, turns its messages into store updates
 * and history, and offers every action the controls need (callable without React).
 */
export class LabClient {
  readonly history = new FrameHistory();
  readonly sweeps: SweepClient;
  private worker: WorkerPort | null = null;
  /** When the worker last sent anything, and since when it owes an answer (null: nothing owed). */
  private lastHeard = 0;
  private awaitingSince: number | null = null;
  private helper: HelperPort | null = null;

  constructor(
    readonly store: LabStore,
    private readonly createWorker: () => WorkerPort,
    createSweepWorker: () => SweepWorkerPort = () => {
      throw new Error('this page has no sweep workers');
    },
    sweepPoolSize = 1,
    /** When given, the plain twin trains in this second worker, in parallel with the BN twin. */
    private readonly createHelper?: () => HelperPort,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweeps = new SweepClient(store, createSweepWorker, sweepPoolSize);
  }

  /** Starts (or restarts) the worker with the current setup. */
  start(): void {
    this.stop();
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    const onError = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.store.setState({
        workerError: event.message || 'the training worker stopped',
        status: 'paused',
      });
    };
    worker.onerror = onError;
    this.worker = worker;
    this.lastHeard = this.now();
    this.awaitingSince = null;
    if (this.createHelper && this.store.getState().workers === 2) {
      const helper = this.createHelper();
      helper.onerror = onError;
      const channel = new MessageChannel();
      helper.postMessage({ type: 'serve', port: channel.port2 }, [channel.port2]);
      worker.postMessage({ type: 'attachHelper', port: channel.port1 as HalfPort }, [
        channel.port1,
      ]);
      this.helper = helper;
    }
    this.store.setState({ workerError: null, status: 'loading' });
    this.send({ type: 'setSpeed', speed: this.store.getState().speed });
    const { probe } = this.store.getState();
    this.send({ type: 'setProbe', layer: probe.layer, unit: probe.unit });
    this.send({ type: 'load', experiment: this.store.getState().experiment });
  }

  stop(): void {
    this.worker?.terminate();
    this.helper?.terminate();
    this.worker = null;
    this.helper = null;
  }

  private send(message: ToWorker): void {
    if (!this.worker) return;
    if (ANSWERED.has(message.type)) this.awaitingSince ??= this.now();
    this.worker.postMessage(message);
  }

  /**
   * The watchdog (called every few seconds): a worker that has gone silent while it owes an
   * answer or should be streaming frames — killed by the browser, or its helper gone — is
   * reported with the Restart action, as an exception would be.
   */
  checkAlive(now = this.now()): void {
    const state = this.store.getState();
    if (!this.worker || state.workerError !== null) return;
    const since = Math.max(this.lastHeard, this.awaitingSince ?? -Infinity);
    const owed = this.awaitingSince !== null || state.status === 'running';
    if (owed && now - since > SILENCE_MS) {
      this.store.setState({
        workerError: `it stopped responding (nothing for ${Math.round((now - since) / 1000)} s)`,
        status: 'paused',
      });
    }
  }

  private receive(message: FromWorker): void {
    this.lastHeard = this.now();
    this.awaitingSince = null;
    switch (message.type) {
      case 'progress':
        this.store.setState({
          loading: { label: message.label, loaded: message.loaded, total: message.total },
        });
        return;
      case 'loaded':
        this.history.reset(message.info, HISTOGRAM_BINS);
        this.store.setState({
          info: message.info,
          loading: null,
          divergedAt: { plain: null, batchNorm: null },
        });
        this.applyFrame(message.frame);
        return;
      case 'frame':
        this.applyFrame(message.frame);
        return;
      case 'probe':
        if (message.testTime !== undefined) this.store.setState({ testTime: message.testTime });
        if (message.batchNoise !== undefined)
          this.store.setState({ batchNoise: message.batchNoise });
        return;
      case 'error':
        this.store.setState({ workerError: message.message, status: 'paused', loading: null });
        return;
    }
  }

  private applyFrame(frame: Frame): void {
    this.history.apply(frame);
    const { plain, batchNorm } = frame.variants;
    this.store.setState((s) => ({
      step: frame.step,
      stepsPerSecond: frame.stepsPerSecond,
      learningRateInUse: frame.learningRate,
      status: frame.running ? 'running' : 'paused',
      divergedAt: { plain: plain.divergedAtStep, batchNorm: batchNorm.divergedAtStep },
      frameCount: s.frameCount + 1,
    }));
  }

  play(): void {
    this.store.setState({ status: 'running' });
    this.send({ type: 'play' });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  togglePlay(): void {
    if (this.store.getState().status === 'running') this.pause();
    else this.play();
  }

  step(count = 1): void {
    this.send({ type: 'step', count });
  }

  reset(): void {
    this.store.setState({ status: 'loading' });
    this.send({ type: 'reset' });
  }

  /** Live: the worker uses η from its next step; the run is not restarted. */
  setLearningRate(learningRate: number): void {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) return;
    this.store.setState((s) => ({
      experiment: { ...s.experiment, optimizer: { ...s.experiment.optimizer, learningRate } },
    }));
    this.send({ type: 'setLearningRate', learningRate });
  }

  setSpeed(speed: Speed): void {
    this.store.setState({ speed });
    this.send({ type: 'setSpeed', speed });
  }

  /** Whether this page can train the twins in two workers. */
  get canUseTwoWorkers(): boolean {
    return this.createHelper !== undefined;
  }

  /** Switches between one and two training workers; the run restarts with the same setup. */
  setWorkers(workers: 1 | 2): void {
    if (workers === this.store.getState().workers) return;
    this.store.setState({ workers });
    this.start();
  }

  setTap(tap: Tap): void {
    this.store.setState((s) => ({ tap, frameCount: s.frameCount + 1 }));
  }

  setLogScale(logScale: boolean): void {
    this.store.setState((s) => ({ logScale, frameCount: s.frameCount + 1 }));
  }

  /**
   * Applies a change to the setup and restarts the run with it (playing on if it was playing).
   * Returns the problems instead when the changed setup is invalid; nothing is applied then.
   */
  update(change: (experiment: Experiment) => void): string[] {
    const next = cloneExperiment(this.store.getState().experiment);
    change(next);
    const { experiment, errors } = parseExperiment(next, this.store.getState().experiment);
    if (errors.length > 0) return errors.map(formatFieldError);
    this.load(experiment, this.store.getState().presetId);
    return [];
  }

  loadPreset(id: string): void {
    const preset = findPreset(id);
    if (preset) this.load(cloneExperiment(preset.experiment), id);
  }

  /** Loads a whole setup (from a preset, a shared URL or a file). */
  load(experiment: Experiment, presetId: string, notices: string[] = []): void {
    this.store.setState({
      testTime: null,
      batchNoise: null,
      experiment,
      presetId,
      notices,
      status: 'loading',
      learningRateInUse: experiment.optimizer.learningRate,
    });
    this.send({ type: 'load', experiment });
  }

  /** The current setup as an experiment file (JSON). */
  exportExperiment(): string {
    return experimentToJson(this.store.getState().experiment);
  }

  /**
   * Loads an experiment file's text (null: it could not be read). Fields in error are named and
   * take the default; a file that is not an experiment at all leaves the setup as it was.
   */
  importExperiment(text: string | null, fileName: string): void {
    const name = fileName.slice(0, 80);
    if (text === null) {
      this.notify(`Could not read ${name}.`);
      return;
    }
    const { experiment, errors } = experimentFromJson(text, DEFAULT_EXPERIMENT);
    if (!experiment) {
      this.notify(`Could not import ${name}: ${errors.join('; ')}. The setup is unchanged.`);
      return;
    }
    this.load(
      experiment,
      this.store.getState().presetId,
      errors.map((e) => `${name}: the setting ${e} — the default is used instead.`),
    );
  }

  private notify(notice: string): void {
    this.store.setState((s) => ({ notices: [...s.notices, notice] }));
  }

  /** Follows another hidden layer (−1: the last) and unit in the Figure 1 and BN panels. */
  setProbe(layer: number, unit: number): void {
    this.store.setState({ probe: { layer, unit } });
    this.send({ type: 'setProbe', layer, unit });
  }

  measure(what: 'testTime' | 'batchNoise'): void {
    this.send({ type: 'measure', what });
  }

  dismissNotices(): void {
    this.store.setState({ notices: [] });
  }
}
