import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepCell } from '../experiment/sweep';
import type { SweepFromWorker, SweepToWorker } from '../protocol/messages';

export interface SweepWorkerPort {
  postMessage(message: SweepToWorker): void;
  onmessage: ((event: MessageEvent<SweepFromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface SweepProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left from the mean time per finished cell and the pool size. */
  remainingMs: number | null;
}

export type SweepEnd = { status: 'done' | 'cancelled' } | { status: 'failed'; message: string };

/**
 * Runs sweep cells on a pool of workers: each idle worker takes the next cell, results arrive in
 * any order and are reported with their cell. Every cell is a pure function of its inputs, so the
 * results do not depend on the pool size. `cancel` terminates every worker at once.
 */
export class SweepPool {
  private workers: SweepWorkerPort[] = [];
  private finish: ((end: SweepEnd) => void) | null = null;

  constructor(
    private readonly createWorker: () => SweepWorkerPort,
    readonly size: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  run(
    experiment: Experiment,
    cells: readonly SweepCell[],
    steps: number,
    onResult: (result: CellResult, progress: SweepProgress) => void,
  ): Promise<SweepEnd> {
    this.cancel();
    const started = this.now();
    const queue = [...cells];
    let done = 0;
    return new Promise<SweepEnd>((resolve) => {
      this.finish = resolve;
      if (cells.length === 0) {
        this.end({ status: 'done' });
        return;
      }
      const next = (worker: SweepWorkerPort) => {
        const cell = queue.shift();
        if (cell) worker.postMessage({ type: 'cell', experiment, cell, steps });
      };
      const poolSize = Math.max(1, Math.min(this.size, cells.length));
      for (let i = 0; i < poolSize; i++) {
        const worker = this.createWorker();
        worker.onmessage = (event) => {
          const message = event.data;
          if (message.type === 'error') {
            this.end({
              status: 'failed',
              message: `cell ${message.index + 1}: ${message.message}`,
            });
            return;
          }
          done++;
          const elapsedMs = this.now() - started;
          const remaining = cells.length - done;
          onResult(message.result, {
            done,
            total: cells.length,
            elapsedMs,
            remainingMs: (elapsedMs / done) * remaining,
          });
          if (done === cells.length) this.end({ status: 'done' });
          else next(worker);
        };
        worker.onerror = (event) =>
          this.end({ status: 'failed', message: event.message || 'a sweep worker stopped' });
        this.workers.push(worker);
        next(worker);
      }
    });
  }

  /** Stops every worker; the pending run ends as cancelled. */
  cancel(): void {
    this.end({ status: 'cancelled' });
  }

  private end(end: SweepEnd): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    const finish = this.finish;
    this.finish = null;
    finish?.(end);
  }
}
