import {
  type CostEstimate,
  DEFAULT_FLOPS_PER_SECOND,
  estimateCost,
  longestTaskSeconds,
  pageVerdict,
} from '../experiment/cost';
import type { Experiment } from '../experiment/schema';
import { perMember, type Member } from '../experiment/members';
import type { Frame } from '../protocol/frames';
import type { FromTrainer, ToTrainer } from '../protocol/training';
import type { FrameHistory } from './history';
import { patchSlice, type LabState, type LabStore, type SliceKey } from './store';
import { english, type Said } from '../i18n/translate';
import { SILENCE_MS, type TrainerBridge } from './trainerBridge';

/**
 * The page's conversation with its training worker: which setup the worker was asked to build,
 * the loads in flight and the one held back meanwhile, the commands kept for it, a setup too
 * heavy to run without asking, the worker's answers turned into store updates and frame history,
 * and the watchdog. The client (client.ts) offers the actions; this keeps their order.
 */
export class TrainerSession {
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
  built: { experiment: Experiment; presetId: string } | null = null;
  /** The cost of the setup last asked about, kept: the watchdog asks every 2 s. */
  private cost: { experiment: Experiment; cost: CostEstimate } | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly bridge: TrainerBridge,
    private readonly history: FrameHistory,
  ) {}

  private patch<K extends SliceKey>(key: K, changes: Partial<LabState[K]>): void {
    patchSlice(this.store, key, changes);
  }

  /** Forgets every load and command of the previous workers (they were restarted). */
  restarted(): void {
    this.built = null;
    this.loadsInFlight = 0;
    this.heldLoad = null;
    this.deferred = [];
  }

  /**
   * Sends a setup to the worker, unless it is past what the page trains interactively: then the
   * learner is asked first (`force` once confirmed) or told it cannot run here, and the worker
   * keeps the setup it has.
   */
  build(experiment: Experiment, presetId: string, force = false): void {
    const verdict = pageVerdict(this.costOf(experiment), this.flopsPerSecond);
    if (verdict.kind !== 'ok' && !(force && verdict.kind === 'confirm')) {
      this.patch('messages', { heavy: verdict });
      if (this.built) this.bridge.send({ type: 'pause' });
      else this.patch('run', { status: 'paused' });
      return;
    }
    this.patch('messages', { heavy: null });
    this.patch('run', { status: 'loading' });
    this.built = { experiment, presetId };
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
  command(message: ToTrainer): void {
    if (this.heldLoad) this.deferred.push(message);
    else this.bridge.send(message);
  }

  /** Restarts the run of the setup built (or builds the held one, which starts afresh anyway). */
  reset(): void {
    if (this.heldLoad) return this.sendLoad(this.heldLoad);
    this.loadsInFlight++;
    this.bridge.send({ type: 'reset' });
  }

  /** A new η for the run: the held setup takes it, else the worker from its next step. */
  learningRate(learningRate: number, experiment: Experiment): void {
    if (this.heldLoad) this.heldLoad = experiment;
    else this.bridge.send({ type: 'setLearningRate', learningRate });
  }

  /** A load or reset was answered (or failed): the held setup, if any, goes now. */
  private loadAnswered(all = false): void {
    this.loadsInFlight = all ? 0 : Math.max(0, this.loadsInFlight - 1);
    if (this.loadsInFlight === 0 && this.heldLoad) this.sendLoad(this.heldLoad);
  }

  private costOf(experiment: Experiment): CostEstimate {
    if (this.cost?.experiment !== experiment)
      this.cost = { experiment, cost: estimateCost(experiment) };
    return this.cost.cost;
  }

  fault(reason: string, silent = false, said: Said | null = null): void {
    this.patch('messages', { workerError: reason, workerSaid: said, workerSilent: silent });
    this.patch('run', { status: 'paused', loading: null });
  }

  /**
   * The watchdog (called every few seconds): a worker that has gone silent while it owes an
   * answer or should be streaming frames (killed by the browser, or its helper gone) is reported
   * with the Restart action, as an exception would be.
   */
  checkAlive(now: number, experiment: Experiment): void {
    if (this.store.getState().messages.workerError !== null) return;
    const silence = this.bridge.silence(now, this.store.getState().run.status === 'running');
    // A confirmed heavy setup may take longer than SILENCE_MS for one step: allow thrice that.
    const longest = longestTaskSeconds(this.costOf(experiment), this.flopsPerSecond);
    if (silence !== null && silence > Math.max(SILENCE_MS, 3000 * longest)) {
      const said: Said = { key: 'worker.silent', values: { seconds: Math.round(silence / 1000) } };
      this.fault(english(said), true, said);
    }
  }

  receive(message: FromTrainer): void {
    // A worker taken for gone was only busy: its alert clears itself once it speaks again.
    if (this.store.getState().messages.workerSilent && message.type !== 'error')
      this.patch('messages', { workerError: null, workerSaid: null, workerSilent: false });
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
        if (message.workedBatch !== undefined)
          this.patch('measurements', { workedBatch: message.workedBatch });
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
        Object.keys(frame.networks) as Member[],
        (v) => frame.networks[v]?.divergedAtStep ?? null,
      ),
      frameCount: this.store.getState().run.frameCount + 1,
    });
  }
}
