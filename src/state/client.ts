import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { fieldSaid, visibleText } from '../experiment/fieldReader';
import { say, type Said } from '../i18n/translate';
import { experimentToJson, type ImportedExperiment, importRefusal } from '../experiment/file';
import { findPreset } from '../experiment/presets';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import { parseExperiment } from '../experiment/validate';
import type { Speed } from '../protocol/training';
import { EvidenceClient, type EvidenceLoader } from './evidenceClient';
import { captureGhost, onlyPlacementChanged } from './ghost';
import { FrameHistory } from './history';
import type { PageKeys } from './pageHash';
import {
  patchSlice,
  type LabState,
  type LabStore,
  type SettingsSlice,
  type SliceKey,
} from './store';
import { FileImport, withTableData, type FileWorkerPort } from './fileImport';
import type { OwnDataKeeper } from './ownData';
import { SweepClient } from './sweepClient';
import type { SweepWorkerPort } from './sweepPool';
import { SILENCE_MS, TrainerBridge, type HelperWorkerPort, type WorkerPort } from './trainerBridge';
import { TrainerSession } from './trainerSession';
import { translatorFor } from '../i18n/languages';

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
  /** When given, the BN twin can train in this second worker, in parallel with the plain twin. */
  createHelper?: () => HelperWorkerPort;
  now?: () => number;
  /**
   * A worker that reads files off the page's thread (see file.worker.ts). Without it files are
   * not read (tests give one that runs in their own thread).
   */
  createFileWorker?: () => FileWorkerPort;
}

/** Notices shown at once: older ones give way to newer ones. */
export const MAX_NOTICES = 12;

/**
 * The page's side of the workers: offers every action the controls need (callable without
 * React); the training worker's conversation is TrainerSession's, files are FileImport's.
 */
export class LabClient {
  readonly history = new FrameHistory();
  readonly sweeps: SweepClient;
  readonly evidence: EvidenceClient;
  private readonly bridge: TrainerBridge;
  private readonly now: () => number;
  /** Files dropped, picked or pasted: experiment files and tables. */
  readonly files: FileImport;
  /** The conversation with the training worker: loads, held setups, answers, the watchdog. */
  private readonly session: TrainerSession;

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
        applyData: (data) => this.change((e) => withTableData(e, data)),
      },
      options.createFileWorker,
    );
    this.bridge = new TrainerBridge(
      { createWorker: options.createWorker, createHelper: options.createHelper, now: this.now },
      (message) => this.session.receive(message),
      (reason, said) => this.session.fault(reason, false, said),
    );
    this.session = new TrainerSession(store, this.bridge, this.history);
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
    this.patch('messages', { workerError: null, workerSaid: null, workerSilent: false });
    this.bridge.send({ type: 'setSpeed', speed });
    this.bridge.send({ type: 'follow', unit: follow });
    this.bridge.send({ type: 'setOptimizationEvery', every: optimizationEvery });
    this.session.restarted();
    this.build(experiment);
  }

  /** Asks the worker to build a setup (see TrainerSession.build). */
  private build(experiment: Experiment, force = false): void {
    this.session.build(experiment, this.settings.presetId, force);
  }

  /** Whether the worker has a setup (the charts show it). */
  get hasBuilt(): boolean {
    return this.session.built !== null;
  }

  /** Runs the heavy setup shown, as the learner confirmed with its estimate in view. */
  runHeavy(): void {
    this.build(this.settings.experiment, true);
  }

  /** Leaves a heavy setup for the one the worker still has (or the worked example). */
  backFromHeavy(): void {
    const built = this.session.built;
    const back = built ?? { experiment: cloneExperiment(DEFAULT_EXPERIMENT), presetId: '' };
    this.patch('messages', { heavy: null });
    this.patch('settings', { experiment: back.experiment, presetId: back.presetId });
    if (!built) this.build(back.experiment);
  }

  /** The watchdog (called every few seconds; see TrainerSession.checkAlive). */
  checkAlive(now = this.now()): void {
    this.session.checkAlive(now, this.settings.experiment);
  }

  stop(): void {
    this.bridge.stop();
  }

  /** Whether a heavy setup waits for the learner's answer (then there is nothing to run). */
  private get waiting(): boolean {
    return this.store.getState().messages.heavy !== null;
  }

  play(): void {
    if (this.waiting) return;
    this.patch('run', { status: 'running' });
    this.session.command({ type: 'play' });
  }

  pause(): void {
    this.session.command({ type: 'pause' });
  }

  togglePlay(): void {
    if (this.store.getState().run.status === 'running') this.pause();
    else this.play();
  }

  step(count = 1): void {
    if (this.waiting) return;
    this.session.command({ type: 'step', count });
  }

  reset(): void {
    if (this.waiting) return;
    this.store.setState({ ghost: null });
    this.patch('run', { status: 'loading' });
    this.session.reset();
  }

  /** Live: the worker uses η from its next step; the run is not restarted. */
  setLearningRate(learningRate: number): void {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) return;
    const { experiment } = this.settings;
    this.patch('settings', {
      experiment: { ...experiment, optimizer: { ...experiment.optimizer, learningRate } },
    });
    // A held setup is built with the new η (the worker's current run is about to go).
    this.session.learningRate(learningRate, this.settings.experiment);
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

  /**
   * How the page shows the run, which goes on: the view beside the controls, the guided tour's
   * step (1-based; null closes it), presenter mode, a teacher's lesson, the distributions' tap
   * and the loss chart's scale.
   */
  setPage(keys: Partial<PageKeys & Pick<SettingsSlice, 'tap' | 'logScale' | 'digits'>>): void {
    this.patch('settings', keys);
  }

  /**
   * Applies a change to the setup and restarts the run with it (playing on if it was playing).
   * Returns the problems instead when the changed setup is invalid; nothing is applied then.
   */
  update(change: (experiment: Experiment) => void): string[] {
    const problems = this.change(change);
    // Said in the page's language (English until its catalog has loaded).
    const words = translatorFor(this.settings.locale, this.settings.digits);
    return problems.map((problem) => visibleText(say(words, problem)));
  }

  /** As `update`, with the problems as messages. */
  change(change: (experiment: Experiment) => void): Said[] {
    const next = cloneExperiment(this.settings.experiment);
    change(next);
    const before = this.settings.experiment;
    const { experiment, errors } = parseExperiment(next, before);
    if (errors.length > 0) return errors.map(fieldSaid);
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
  load(experiment: Experiment, presetId: string, notices: Said[] = []): void {
    this.store.setState({ ghost: null });
    this.patch('measurements', { testTime: null, batchNoise: null, workedBatch: null });
    this.patch('settings', { experiment, presetId });
    this.patch('messages', { notices });
    this.patch('run', { learningRateInUse: experiment.optimizer.learningRate });
    this.build(experiment);
  }

  /** The current setup as an experiment file (JSON). */
  exportExperiment(): string {
    return experimentToJson(this.settings.experiment, this.settings.lesson);
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
  applyImport(result: ImportedExperiment | null, name: string | Said): void {
    const refused = importRefusal(result, name);
    if (refused !== null) this.notify(refused);
    else {
      this.load(result!.experiment!, this.settings.presetId, []);
      if (result!.lesson) this.setPage({ lesson: result!.lesson });
    }
  }

  /** Keeps the learner's own rows on this device (the page sets it; tests may leave it null). */
  ownData: OwnDataKeeper | null = null;

  /** Adds a notice; the page keeps the newest MAX_NOTICES. */
  notify(notice: Said): void {
    const notices = [...this.store.getState().messages.notices, notice];
    this.patch('messages', { notices: notices.slice(-MAX_NOTICES) });
  }

  /** Follows another hidden layer (−1: the last) and unit in the Figure 1 and BN panels. */
  follow(layer: number, unit: number): void {
    this.patch('settings', { follow: { layer, unit } });
    this.bridge.send({ type: 'follow', unit: { layer, unit } });
  }

  /** A one-off measurement of the BN twin; the worked batch is at hidden layer `layer` (0-based). */
  measure(what: 'testTime' | 'batchNoise' | 'workedBatch', layer = 0): void {
    this.bridge.send(
      what === 'workedBatch' ? { type: 'measure', what, layer } : { type: 'measure', what },
    );
  }

  dismissNotices(): void {
    this.patch('messages', { notices: [] });
  }
}
