import { forWorker } from '../experiment/packed';
import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepCell } from '../experiment/sweep';
import { Caller } from '../calls/calls';
import type { CellAlive, CellRequest, FromSweepWorker, ToSweepWorker } from '../protocol/sweep';

export interface SweepWorkerPort {
  postMessage(message: ToSweepWorker): void;
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A sweep worker that sends nothing for this long while it owes a cell is taken for gone. */
export const SWEEP_SILENCE_MS = 15_000;
/** How often the pool looks for silent workers. */
export const SWEEP_WATCH_MS = 1_000;

export interface SweepProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left from the mean time per finished cell and the pool size. */
  remainingMs: number | null;
}

/** A cell whose run did not come back: its worker stopped, or the cell itself failed. */
export interface LostCell {
  index: number;
  reason: string;
}

export type SweepEnd =
  | { status: 'done' | 'cancelled'; lost: LostCell[] }
  | { status: 'failed'; message: string; lost: LostCell[] };

/**
 * Runs sweep cells on a pool of workers: each idle worker takes the next cell, results arrive in
 * any order and are reported with their cell. Every cell is a pure function of its inputs, so the
 * results do not depend on the pool size. A worker that stops (an exception, or it was killed,
 * or silent for SWEEP_SILENCE_MS while it owes a cell) loses its cell, which is reported, and is
 * replaced by a fresh worker for the remaining cells; a cell that fails by itself is reported too. `cancel` terminates every worker at once.
 */
export class SweepPool {
  /** How to stop each living worker (its waiting call fails with the reason). */
  private readonly stops = new Set<(reason: string) => void>();
  private finish: ((end: SweepEnd) => void) | null = null;
  private lost: LostCell[] = [];

  constructor(
    private readonly createWorker: () => SweepWorkerPort,
    readonly size: number,
    private readonly now: () => number = () => performance.now(),
    private readonly schedule: (task: () => void, delayMs: number) => void = (task, ms) =>
      void setTimeout(task, ms),
  ) {}

  run(
    experiment: Experiment,
    cells: readonly SweepCell[],
    steps: number,
    onResult: (result: CellResult, progress: SweepProgress) => void,
  ): Promise<SweepEnd> {
    this.cancel();
    const started = this.now();
    // A large table is packed once for all the cells (see packed.ts).
    const packed = forWorker(experiment);
    const queue = [...cells];
    const lost: LostCell[] = [];
    this.lost = lost;
    let done = 0;
    let settled = 0;
    /** Workers started in all; a pool that keeps losing workers stops replacing them. */
    let created = 0;
    const maxWorkers = 2 * Math.max(1, this.size) + 2;
    return new Promise<SweepEnd>((resolve) => {
      this.finish = resolve;
      if (cells.length === 0) {
        this.end({ status: 'done', lost });
        return;
      }
      let gaveUp = false;
      const settle = () => {
        settled++;
        if (settled === cells.length) {
          this.end(
            gaveUp
              ? { status: 'failed', message: 'the sweep workers kept stopping', lost }
              : { status: 'done', lost },
          );
        }
      };
      const start = (): void => {
        if (queue.length === 0) return;
        if (created >= maxWorkers) {
          // Workers keep dying: stop replacing them. The living ones drain the queue; with none
          // left, the cells not run are reported as lost.
          gaveUp = true;
          if (this.stops.size > 0) return;
          for (const cell of queue.splice(0)) {
            lost.push({ index: cell.index, reason: 'not run: the sweep workers kept stopping' });
            settle();
          }
          return;
        }
        created++;
        const worker = this.createWorker();
        const caller = new Caller<CellRequest, CellResult, CellAlive>((call) =>
          worker.postMessage(call),
        );
        worker.onmessage = (event) => caller.receive(event.data);
        let heard = this.now();
        let stopped = false;
        /** The worker is gone: its call fails (its cell is lost) and a fresh worker goes on. */
        const stop = (reason: string) => {
          if (stopped) return;
          stopped = true;
          worker.terminate();
          this.stops.delete(stop);
          caller.failAll(reason);
        };
        // The setup goes with the worker's first cell only.
        let sent = false;
        const next = () => {
          const cell = queue.shift();
          heard = this.now();
          if (!cell) return;
          const request = { experiment: sent ? null : packed, cell, steps };
          sent = true;
          caller.call(request, { onProgress: () => (heard = this.now()) }).then(
            (result) => {
              if (this.finish !== resolve) return;
              done++;
              const elapsedMs = this.now() - started;
              const remaining = cells.length - settled - 1;
              onResult(result, {
                done,
                total: cells.length,
                elapsedMs,
                remainingMs: (elapsedMs / done) * remaining,
              });
              settle();
              next();
            },
            (error: Error) => {
              if (this.finish !== resolve) return;
              lost.push({ index: cell.index, reason: error.message });
              settle();
              // A cell that failed by itself: the worker goes on; a stopped worker is replaced.
              if (!stopped) next();
              else start();
            },
          );
        };
        /** A worker silent for SWEEP_SILENCE_MS on a cell is taken for gone. */
        const watch = () => {
          if (this.finish !== resolve || stopped) return;
          if (caller.waiting > 0 && this.now() - heard > SWEEP_SILENCE_MS) {
            stop(
              `its worker stopped responding (silent for ${Math.round(SWEEP_SILENCE_MS / 1000)} s)`,
            );
            return;
          }
          this.schedule(watch, SWEEP_WATCH_MS);
        };
        this.schedule(watch, SWEEP_WATCH_MS);
        worker.onerror = (event) => {
          event.preventDefault?.();
          stop(event.message || 'its worker stopped');
        };
        this.stops.add(stop);
        next();
      };
      const poolSize = Math.max(1, Math.min(this.size, cells.length));
      for (let i = 0; i < poolSize; i++) start();
    });
  }

  /** Stops every worker; the pending run ends as cancelled. */
  cancel(): void {
    this.end({ status: 'cancelled', lost: this.lost });
  }

  /** Ends the run: every worker stops, and its waiting call fails unheard (the run is over). */
  private end(end: SweepEnd): void {
    const finish = this.finish;
    this.finish = null;
    for (const stop of [...this.stops]) stop('the sweep ended');
    finish?.(end);
  }
}
