import type { FromWorker, ToWorker } from '../../src/protocol/messages';
import type { WorkerPort } from '../../src/state/client';
import { Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';

/**
 * A Worker stand-in that runs the real Trainer in the same thread, with a manual task queue and
 * clock: tests decide when training slices run. Records every message the page sends.
 */
export class InProcessWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: ToWorker[] = [];
  private readonly tasks: (() => void)[] = [];
  private time = 0;
  private readonly trainer = new Trainer({
    post: (message) => this.onmessage?.({ data: message } as MessageEvent<FromWorker>),
    now: () => (this.time += 0.05),
    schedule: (task) => this.tasks.push(task),
    loadAsset: () => Promise.resolve(ensureMnistAsset()),
  });

  postMessage(message: ToWorker): void {
    this.sent.push(structuredClone(message));
    this.trainer.handle(structuredClone(message));
  }

  terminate(): void {
    this.tasks.length = 0;
  }

  /** Runs up to `count` queued training slices. */
  runTasks(count: number): void {
    for (let i = 0; i < count && this.tasks.length > 0; i++) this.tasks.shift()!();
  }
}
