import type { FromTrainer, ToTrainer } from '../../src/protocol/training';
import type { WorkerPort } from '../../src/state/client';
import { Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';

/**
 * A Worker stand-in that runs the real Trainer in the same thread, with a manual task queue and
 * clock: tests decide when training slices run. Records every message the page sends.
 */
export class InProcessWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<FromTrainer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: ToTrainer[] = [];
  private readonly tasks: (() => void)[] = [];
  private time = 0;
  private readonly trainer = new Trainer({
    post: (message) => this.onmessage?.({ data: message } as MessageEvent<FromTrainer>),
    now: () => (this.time += 0.05),
    schedule: (task) => this.tasks.push(task),
    loadAsset: () => Promise.resolve(ensureMnistAsset()),
  });

  postMessage(message: ToTrainer): void {
    this.sent.push(structuredClone(message));
    this.trainer.handle(structuredClone(message));
  }

  terminate(): void {
    this.tasks.length = 0;
  }

  /** Runs up to `count` queued training slices, and waits for them and every command. */
  async runTasks(count: number): Promise<void> {
    await this.trainer.idle();
    for (let i = 0; i < count && this.tasks.length > 0; i++) {
      this.tasks.shift()!();
      await this.trainer.idle();
    }
  }

  /** Settles when the trainer has handled every message sent so far. */
  idle(): Promise<void> {
    return this.trainer.idle();
  }
}
