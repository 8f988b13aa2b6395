import { forWorker } from '../experiment/packed';
import type { HelperPort } from '../protocol/helper';
import { english, type Said } from '../i18n/translate';

/** What a worker that stopped without a word is said to have done. */
const NO_REASON: Said = { key: 'worker.noReason' };
import type { FromTrainer, ToTrainer } from '../protocol/training';

/** Commands the worker answers (with a frame, `loaded` or `measured`). */
const ANSWERED = new Set<ToTrainer['type']>(['load', 'reset', 'step', 'pause', 'measure']);
/** Messages that answer a command; the others (progress, busy, …) only show the worker lives. */
const ANSWERS = new Set<FromTrainer['type']>(['loaded', 'frame', 'measured', 'error']);
/** A worker silent this long while it owes an answer is reported as stopped. */
export const SILENCE_MS = 10_000;

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerPort {
  postMessage(message: ToTrainer, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromTrainer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A helper worker (two-core mode): it is handed one end of a channel to the training worker. */
export interface HelperWorkerPort {
  postMessage(message: { type: 'serve'; port: MessagePort }, transfer: Transferable[]): void;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface BridgeOptions {
  createWorker: () => WorkerPort;
  /** When given, the BN twin can train in this second worker, in parallel with the plain twin. */
  createHelper?: () => HelperWorkerPort;
  now: () => number;
}

/**
 * The page's end of the training worker (and its helper): starts and stops them, sends commands,
 * hands every message on, and tells how long a worker that owes an answer has been silent.
 */
export class TrainerBridge {
  private worker: WorkerPort | null = null;
  private helper: HelperWorkerPort | null = null;
  /** When the worker last sent anything, and since when it owes an answer (null: nothing owed). */
  private lastHeard = 0;
  private awaitingSince: number | null = null;

  constructor(
    private readonly options: BridgeOptions,
    private readonly onMessage: (message: FromTrainer) => void,
    private readonly onFault: (reason: string, said?: Said) => void,
  ) {}

  get canUseHelper(): boolean {
    return this.options.createHelper !== undefined;
  }

  /** Starts fresh workers (stopping any), with a helper when asked and possible. */
  start(withHelper: boolean): void {
    this.stop();
    const worker = this.options.createWorker();
    worker.onmessage = (event) => {
      this.lastHeard = this.options.now();
      if (ANSWERS.has(event.data.type)) this.awaitingSince = null;
      this.onMessage(event.data);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault?.();
      if (event.message) this.onFault(event.message);
      else this.onFault(english(NO_REASON), NO_REASON);
    };
    worker.onerror = onError;
    this.worker = worker;
    this.lastHeard = this.options.now();
    this.awaitingSince = null;
    if (withHelper && this.options.createHelper) {
      const helper = this.options.createHelper();
      helper.onerror = onError;
      const channel = new MessageChannel();
      helper.postMessage({ type: 'serve', port: channel.port2 }, [channel.port2]);
      worker.postMessage({ type: 'attachHelper', port: channel.port1 as HelperPort }, [
        channel.port1,
      ]);
      this.helper = helper;
    }
  }

  stop(): void {
    this.worker?.terminate();
    this.helper?.terminate();
    this.worker = null;
    this.helper = null;
  }

  send(message: ToTrainer): void {
    if (!this.worker) return;
    if (ANSWERED.has(message.type)) this.awaitingSince ??= this.options.now();
    this.worker.postMessage(
      message.type === 'load' ? { ...message, experiment: forWorker(message.experiment) } : message,
    );
  }

  /**
   * Milliseconds the worker has been silent while it owed an answer (or, when `streaming`, was
   * expected to send frames); null when nothing is owed or there is no worker.
   */
  silence(now: number, streaming: boolean): number | null {
    if (!this.worker) return null;
    if (this.awaitingSince === null && !streaming) return null;
    return now - Math.max(this.lastHeard, this.awaitingSince ?? -Infinity);
  }
}
