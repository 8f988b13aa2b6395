import {
  type CostEstimate,
  DEFAULT_FLOPS_PER_SECOND,
  estimateCost,
  longestTaskSeconds,
  pageVerdict,
  splitRows,
} from '../experiment/cost';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { boundedList, formatFieldError, visibleText } from '../experiment/fieldReader';
import {
  experimentFromJson,
  experimentToJson,
  type ImportedExperiment,
  MAX_EXPERIMENT_FILE_BYTES,
  tooLarge,
} from '../experiment/file';
import { findPreset } from '../experiment/presets';
import { headForData } from '../experiment/shape';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import type { Tap } from '../experiment/taps';
import { perMember, type Member } from '../experiment/variants';
import { parseExperiment } from '../experiment/validate';
import type { Frame } from '../protocol/frames';
import type { FromTrainer, Speed, ToTrainer } from '../protocol/training';
import { EvidenceClient, type EvidenceLoader } from './evidenceClient';
import { captureGhost } from './ghost';
import { FrameHistory } from './history';
import type { ViewId } from './pageHash';
import { patchSlice, type LabState, type LabStore, type SliceKey } from './store';
import { FileImport, type FileWorkerPort } from './fileImport';
import type { OwnDataKeeper } from './ownData';
import { SweepClient } from './sweepClient';
import type { SweepWorkerPort } from './sweepPool';
import { SILENCE_MS, TrainerBridge, type HelperWorkerPort, type WorkerPort } from './trainerBridge';

export { SILENCE_MS, type HelperWorkerPort, type WorkerPort };

export interface LabClientOptions {
  createWorker: () => WorkerPort;
  createSweepWorker?: () => SweepWorkerPort;
  /**
   * A worker for the background measurement of a setup's evidence: the slider's bands and the
   * scoreboard (only shipped evidence is shown without it).
   */
  createEvidenceWorker?: () => SweepWorkerPort;
  /** Loads a preset's shipped evidence. */
  loadEvidence?: EvidenceLoader;
  /** Sweep workers to run at once. */
  sweepPoolSize?: number;
  /** When given, the plain twin can train in this second worker, in parallel with the BN twin. */
  createHelper?: () => HelperWorkerPort;
  now?: () => number;
  /**
   * A worker that reads files off the page's thread (see file.worker.ts). Without it the page
   * reads files itself.
   */
  createFileWorker?: () => FileWorkerPort;
}

/**
 * The page's side of the workers: turns their messages into store updates and frame history,
 * and offers every action the controls need (callable without React).
 */
/** Notices shown at once: older ones give way to newer ones. */
export const MAX_NOTICES = 12;

export class LabClient {
  readonly history = new FrameHistory();
  readonly sweeps: SweepClient;
  readonly evidence: EvidenceClient;
  private readonly bridge: TrainerBridge;
  private readonly now: () => number;
  /** Files dropped, picked or pasted: experiment files and tables. */
  readonly files: FileImport;
  /** This machine's training speed: measured by the worker once it has loaded a setup. */
  private flopsPerSecond = DEFAULT_FLOPS_PER_SECOND;
  /**
   * Loads (and resets) sent and not yet answered, and the newest setup held back meanwhile: the
   * worker builds at most one setup at a time, then only the latest asked for, so a storm of link
   * changes costs two builds, however heavy each is.
   */
  private loadsInFlight = 0;
  private heldLoad: Experiment | null = null;
  /** Play, pause and step asked for while a setup is held: they apply to it, after its load. */
  private deferred: ToTrainer[] = [];
  /** The setup the worker was last asked to build (null before the first), and its preset. */
  private built: { experiment: Experiment; presetId: string } | null = null;

  constructor(
    readonly store: LabStore,
    options: LabClientOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.files = new FileImport(
      {
        store,
        notify: (notice) => this.notify(notice),
        applyExperiment: (result, name) => this.applyImport(result, name),
        applyData: (data) =>
          this.update((e) => {
            e.data = data;
            // A regression or 3-class table changes the head, as on the command line.
            e.model.head = headForData(e.model.head, data);
            // A small table has fewer training rows than the batch: take them all.
            e.training.batchSize = Math.max(
              1,
              Math.min(e.training.batchSize, splitRows(data).train),
            );
          }),
      },
      options.createFileWorker,
    );
    this.bridge = new TrainerBridge(
      { createWorker: options.createWorker, createHelper: options.createHelper, now: this.now },
      (message) => this.receive(message),
      (reason) => this.fault(reason),
    );
    this.sweeps = new SweepClient(
      store,
      options.createSweepWorker ??
        (() => {
          throw new Error('this page has no sweep workers');
        }),
      options.sweepPoolSize ?? 1,
    );
    this.evidence = new EvidenceClient(
      store,
      options.createEvidenceWorker ?? null,
      options.loadEvidence,
    );
  }

  private patch<K extends SliceKey>(key: K, changes: Partial<LabState[K]>): void {
    patchSlice(this.store, key, changes);
  }

  private get settings() {
    return this.store.getState().settings;
  }

  /** Starts (or restarts) the workers with the current setup. */
  start(): void {
    const { workers, speed, follow, experiment, optimizationEvery } = this.settings;
    this.bridge.start(workers === 2);
    this.patch('messages', { workerError: null, workerSilent: false });
    this.bridge.send({ type: 'setSpeed', speed });
    this.bridge.send({ type: 'follow', unit: follow });
    this.bridge.send({ type: 'setOptimizationEvery', every: optimizationEvery });
    this.built = null;
    this.loadsInFlight = 0;
    this.heldLoad = null;
    this.deferred = [];
    this.build(experiment);
  }

  /**
   * Sends a setup to the worker, unless it is past what the page trains interactively: then the
   * learner is asked first (see runHeavy) or told it cannot run here, and the worker keeps the
   * setup it has.
   */
  private build(experiment: Experiment, force = false): void {
    const verdict = pageVerdict(this.costOf(experiment), this.flopsPerSecond);
    if (verdict.kind !== 'ok' && !(force && verdict.kind === 'confirm')) {
      this.patch('messages', { heavy: verdict });
      if (this.built) this.bridge.send({ type: 'pause' });
      else this.patch('run', { status: 'paused' });
      return;
    }
    this.patch('messages', { heavy: null });
    this.patch('run', { status: 'loading' });
    this.built = { experiment, presetId: this.settings.presetId };
    if (this.loadsInFlight > 0) {
      this.heldLoad = experiment;
      return;
    }
    this.sendLoad(experiment);
  }

  private sendLoad(experiment: Experiment): void {
    this.heldLoad = null;
    this.loadsInFlight++;
    this.bridge.send({ type: 'load', experiment });
    for (const message of this.deferred.splice(0)) this.bridge.send(message);
  }

  /** Sends a command for the run, or keeps it for the held setup's run (see heldLoad). */
  private command(message: ToTrainer): void {
    if (this.heldLoad) this.deferred.push(message);
    else this.bridge.send(message);
  }

  /** A load or reset was answered (or failed): the held setup, if any, goes now. */
  private loadAnswered(all = false): void {
    this.loadsInFlight = all ? 0 : Math.max(0, this.loadsInFlight - 1);
    if (this.loadsInFlight === 0 && this.heldLoad) this.sendLoad(this.heldLoad);
  }

  /** The cost of the setup last asked about, kept: the watchdog asks every 2 s. */
  private cost: { experiment: Experiment; cost: CostEstimate } | null = null;

  private costOf(experiment: Experiment): CostEstimate {
    if (this.cost?.experiment !== experiment)
      this.cost = { experiment, cost: estimateCost(experiment) };
    return this.cost.cost;
  }

  /** Whether the worker has a setup (the charts show it). */
  get hasBuilt(): boolean {
    return this.built !== null;
  }

  /** Runs the heavy setup shown, as the learner confirmed with its estimate in view. */
  runHeavy(): void {
    this.build(this.settings.experiment, true);
  }

  /** Leaves a heavy setup for the one the worker still has (or the worked example). */
  backFromHeavy(): void {
    const back = this.built ?? { experiment: cloneExperiment(DEFAULT_EXPERIMENT), presetId: '' };
    this.patch('messages', { heavy: null });
    this.patch('settings', { experiment: back.experiment, presetId: back.presetId });
    if (!this.built) this.build(back.experiment);
  }

  stop(): void {
    this.bridge.stop();
  }

  private fault(reason: string, silent = false): void {
    this.patch('messages', { workerError: reason, workerSilent: silent });
    this.patch('run', { status: 'paused', loading: null });
  }

  /**
   * The watchdog (called every few seconds): a worker that has gone silent while it owes an
   * answer or should be streaming frames (killed by the browser, or its helper gone) is reported
   * with the Restart action, as an exception would be.
   */
  checkAlive(now = this.now()): void {
    if (this.store.getState().messages.workerError !== null) return;
    const silence = this.bridge.silence(now, this.store.getState().run.status === 'running');
    // A confirmed heavy setup may take longer than SILENCE_MS for one step: allow thrice that.
    const longest = longestTaskSeconds(this.costOf(this.settings.experiment), this.flopsPerSecond);
    if (silence !== null && silence > Math.max(SILENCE_MS, 3000 * longest))
      this.fault(
        `has not answered for ${Math.round(silence / 1000)} s: busy with a very long step, or gone`,
        true,
      );
  }

  private receive(message: FromTrainer): void {
    // A worker taken for gone was only busy: its alert clears itself once it speaks again.
    if (this.store.getState().messages.workerSilent && message.type !== 'error')
      this.patch('messages', { workerError: null, workerSilent: false });
    switch (message.type) {
      case 'progress':
        this.patch('run', {
          loading: { label: message.label, loaded: message.loaded, total: message.total },
        });
        return;
      case 'loaded':
        this.loadAnswered();
        this.history.reset(message.info);
        this.patch('run', { info: message.info, loading: null });
        this.patch('hover', { replay: null });
        this.applyFrame(message.frame);
        return;
      case 'frame':
        this.applyFrame(message.frame);
        return;
      case 'busy':
        return;
      case 'calibrated':
        if (message.flopsPerSecond > 0 && Number.isFinite(message.flopsPerSecond)) {
          this.flopsPerSecond = message.flopsPerSecond;
          this.patch('run', { flopsPerSecond: message.flopsPerSecond });
        }
        return;
      case 'measured':
        if (message.testTime !== undefined)
          this.patch('measurements', { testTime: message.testTime });
        if (message.batchNoise !== undefined)
          this.patch('measurements', { batchNoise: message.batchNoise });
        return;
      case 'error':
        this.loadAnswered(true);
        this.fault(message.message);
        return;
    }
  }

  private applyFrame(frame: Frame): void {
    this.history.apply(frame);
    this.patch('run', {
      step: frame.step,
      stepsPerSecond: frame.stepsPerSecond,
      learningRateInUse: frame.learningRate,
      status: frame.running ? 'running' : 'paused',
      divergedAt: perMember(
        Object.keys(frame.variants) as Member[],
        (v) => frame.variants[v]?.divergedAtStep ?? null,
      ),
      frameCount: this.store.getState().run.frameCount + 1,
    });
  }

  /** Whether a heavy setup waits for the learner's answer (then there is nothing to run). */
  private get waiting(): boolean {
    return this.store.getState().messages.heavy !== null;
  }

  play(): void {
    if (this.waiting) return;
    this.patch('run', { status: 'running' });
    this.command({ type: 'play' });
  }

  pause(): void {
    this.command({ type: 'pause' });
  }

  togglePlay(): void {
    if (this.store.getState().run.status === 'running') this.pause();
    else this.play();
  }

  step(count = 1): void {
    if (this.waiting) return;
    this.command({ type: 'step', count });
  }

  reset(): void {
    if (this.waiting) return;
    this.store.setState({ ghost: null });
    this.patch('run', { status: 'loading' });
    if (this.heldLoad) return this.sendLoad(this.heldLoad);
    this.loadsInFlight++;
    this.bridge.send({ type: 'reset' });
  }

  /** Live: the worker uses η from its next step; the run is not restarted. */
  setLearningRate(learningRate: number): void {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) return;
    const { experiment } = this.settings;
    this.patch('settings', {
      experiment: { ...experiment, optimizer: { ...experiment.optimizer, learningRate } },
    });
    // A held setup is built with the new η (the worker's current run is about to go).
    if (this.heldLoad) this.heldLoad = this.settings.experiment;
    else this.bridge.send({ type: 'setLearningRate', learningRate });
  }

  /** Takes Santurkar et al.'s measures every `every` steps from the next step on (0: off). */
  setOptimizationEvery(every: number): void {
    this.patch('settings', { optimizationEvery: every });
    this.bridge.send({ type: 'setOptimizationEvery', every });
  }

  setSpeed(speed: Speed): void {
    this.patch('settings', { speed });
    this.bridge.send({ type: 'setSpeed', speed });
  }

  /** Whether this page can train the twins in two workers. */
  get canUseTwoWorkers(): boolean {
    return this.bridge.canUseHelper;
  }

  /** Switches between one and two training workers; the run restarts with the same setup. */
  setWorkers(workers: 1 | 2): void {
    if (workers === this.settings.workers) return;
    this.patch('settings', { workers });
    this.start();
  }

  setTap(tap: Tap): void {
    this.patch('settings', { tap });
  }

  setLogScale(logScale: boolean): void {
    this.patch('settings', { logScale });
  }

  /** Puts the charts' shared crosshair at a step (null: none). */
  setHoverStep(step: number | null): void {
    this.patch('hover', { step: step === null ? null : Math.max(0, Math.round(step)) });
  }

  /**
   * Shows the distributions, histograms, boundary and readouts as they were at a recorded step
   * (the nearest kept frame), while training goes on; null snaps back to live.
   */
  setReplayStep(step: number | null): void {
    this.patch('hover', { replay: step === null ? null : Math.max(0, Math.round(step)) });
  }

  /** Shows another view beside the controls; the run goes on. */
  setView(view: ViewId): void {
    this.patch('settings', { view });
  }

  /** Opens the guided tour at a step (1-based), or closes it (null). */
  setTour(tour: number | null): void {
    this.patch('settings', { tour });
  }

  /**
   * Applies a change to the setup and restarts the run with it (playing on if it was playing).
   * Returns the problems instead when the changed setup is invalid; nothing is applied then.
   */
  update(change: (experiment: Experiment) => void): string[] {
    const next = cloneExperiment(this.settings.experiment);
    change(next);
    const before = this.settings.experiment;
    const { experiment, errors } = parseExperiment(next, before);
    if (errors.length > 0) return errors.map(formatFieldError);
    const ghost = onlyPlacementChanged(before, experiment)
      ? captureGhost(this.history, before.batchNorm.placement, this.store.getState().evidence)
      : null;
    this.load(experiment, this.settings.presetId);
    this.store.setState({ ghost });
    return [];
  }

  loadPreset(id: string): void {
    const preset = findPreset(id);
    if (preset) this.load(cloneExperiment(preset.experiment), id);
  }

  /** Loads a whole setup (from a preset, a shared URL or a file). */
  load(experiment: Experiment, presetId: string, notices: string[] = []): void {
    this.store.setState({ ghost: null });
    this.patch('measurements', { testTime: null, batchNoise: null });
    this.patch('settings', { experiment, presetId });
    this.patch('messages', { notices });
    this.patch('run', { learningRateInUse: experiment.optimizer.learningRate });
    this.build(experiment);
  }

  /** The current setup as an experiment file (JSON). */
  exportExperiment(): string {
    return experimentToJson(this.settings.experiment);
  }

  /**
   * Loads an experiment file's text (null: it could not be read). Fields in error are named and
   * take the default; a file that is not an experiment at all leaves the setup as it was.
   */
  /**
   * Imports an experiment file, all or nothing: a file with any invalid field is refused with
   * its reasons (the first few, then how many more) and the current setup stays exactly as it
   * was. (A link's fields still fall back one by one: see urlSync.)
   */
  importExperiment(text: string | null, fileName: string, bytes?: number): void {
    const name = visibleText(fileName.slice(0, 80));
    if (bytes !== undefined && bytes > MAX_EXPERIMENT_FILE_BYTES) {
      this.notify(`Could not import ${name}: ${tooLarge(bytes)}. The setup is unchanged.`);
      return;
    }
    this.applyImport(text === null ? null : experimentFromJson(text, DEFAULT_EXPERIMENT), name);
  }

  /**
   * Imports a picked or dropped file: an experiment file, applied all or nothing, or a table,
   * whose columns the learner then picks (see FileImport). Its size is checked before it is
   * read, and it is read off the page's thread when the page can (a huge file never freezes it).
   */
  importFile(file: Blob & { name: string }): void {
    this.files.importFile(file);
  }

  /** Loads a checked file, or refuses it with its reasons and leaves the setup as it was. */
  applyImport(result: ImportedExperiment | null, name: string): void {
    if (result === null) {
      this.notify(`Could not read ${name}.`);
      return;
    }
    const { experiment, errors, omitted } = result;
    if (!experiment || errors.length > 0) {
      const count = errors.length + omitted;
      const reasons = boundedList(errors, omitted).join('; ');
      this.notify(
        experiment
          ? `Could not import ${name}: ${count.toLocaleString('en')} setting${count === 1 ? ' is' : 's are'} invalid: ${reasons}. The setup is unchanged.`
          : `Could not import ${name}: ${reasons}. The setup is unchanged.`,
      );
      return;
    }
    this.load(experiment, this.settings.presetId, []);
  }

  /** Adds a notice; the page keeps the newest MAX_NOTICES (each one bounded in length too). */
  /** Keeps the learner's own rows on this device (the page sets it; tests may leave it null). */
  ownData: OwnDataKeeper | null = null;

  notify(notice: string): void {
    const notices = [...this.store.getState().messages.notices, notice];
    this.patch('messages', { notices: notices.slice(-MAX_NOTICES) });
  }

  /** Follows another hidden layer (−1: the last) and unit in the Figure 1 and BN panels. */
  follow(layer: number, unit: number): void {
    this.patch('settings', { follow: { layer, unit } });
    this.bridge.send({ type: 'follow', unit: { layer, unit } });
  }

  measure(what: 'testTime' | 'batchNoise'): void {
    this.bridge.send({ type: 'measure', what });
  }

  dismissNotices(): void {
    this.patch('messages', { notices: [] });
  }
}

/** Whether two setups differ in the BN placement alone. */
function onlyPlacementChanged(a: Experiment, b: Experiment): boolean {
  if (a.batchNorm.placement === b.batchNorm.placement) return false;
  const same = { ...b, batchNorm: { ...b.batchNorm, placement: a.batchNorm.placement } };
  return JSON.stringify(same) === JSON.stringify(a);
}
