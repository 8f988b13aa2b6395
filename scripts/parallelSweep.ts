/**
 * The command line's sweep on every core: a pool of worker threads, each taking the next run
 * when it is free. Every run is a pure function of its inputs, so the results are those of one
 * thread, bit for bit, whatever the number of threads (a test checks it).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Experiment } from '../src/experiment/schema';
import type { CellResult, SweepCell } from '../src/experiment/sweep';
import { Caller } from '../src/calls/calls';
import type { CellAlive, CellRequest, FromSweepWorker } from '../src/protocol/sweep';

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The value after a flag on the command line (`--only a,b`), or undefined. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** `--workers N` (default: one per core); exits with a message on anything but a count ≥ 1. */
export function workersOption(): number {
  const workers = Number(option('--workers') ?? defaultWorkers());
  if (!(workers >= 1)) {
    console.error('--workers: a whole number of at least 1');
    process.exit(2);
  }
  return workers;
}

export async function runParallel(
  experiment: Experiment,
  cells: readonly SweepCell[],
  steps: number,
  threads: number,
  onResult: (done: number) => void = () => undefined,
): Promise<CellResult[]> {
  const queue = [...cells];
  const results: CellResult[] = [];
  const failures: Error[] = [];
  const one = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./sweepWorker.mjs', import.meta.url));
      const caller = new Caller<CellRequest, CellResult, CellAlive>((call) =>
        worker.postMessage(call),
      );
      worker.on('message', (reply: FromSweepWorker) => caller.receive(reply));
      const next = () => {
        const cell = failures.length > 0 ? undefined : queue.shift();
        if (!cell) {
          void worker.terminate().then(() => resolve());
          return;
        }
        caller.call({ experiment, cell, steps }).then(
          (result) => {
            results[result.index] = result;
            onResult(results.filter(Boolean).length);
            next();
          },
          (error: Error) => {
            failures.push(new Error(`run ${cell.index}: ${error.message}`));
            next();
          },
        );
      };
      worker.on('error', (error) => {
        failures.push(error);
        caller.failAll(error.message);
        resolve();
      });
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, cells.length)) }, one));
  if (failures.length > 0) throw failures[0];
  return cells.map((cell) => results[cell.index]);
}
