import { formatFieldError } from '../experiment/fields';
import { findPreset } from '../experiment/presets';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import { parseExperiment } from '../experiment/validate';
import type { Frame, FromWorker, HalfPort, Speed, Tap, ToWorker } from '../protocol/messages';
import { FrameHistory } from './history';
import type { LabStore } from './store';
import { SweepClient } from './sweepClient';
import type { SweepWorkerPort } from './sweepPool';

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
    if (this.createHelper) {
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
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
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
        this.store.setState((s) => ({
          notices: [...s.notices, `Training stopped: ${message.message}`],
          status: 'paused',
          loading: null,
        }));
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
