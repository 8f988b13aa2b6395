/**
 * The channel between the page's sweep pool and a sweep worker: one cell at a time, each a call
 * (src/calls/) answered with the cell's result, with a sign of life about once a second.
 */
import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepCell } from '../experiment/sweep';
import type { Call, Reply } from './callMessages';

/** One cell to run. */
export type CellRequest = {
  /**
   * The setup, with the worker's first cell; null: the same as the previous cell's (a large
   * table is then not copied into every cell's message).
   */
  experiment: Experiment | null;
  cell: SweepCell;
  steps: number;
};

/** Still working on the cell: the step reached (sent at most about once a second). */
export type CellAlive = { step: number };

export type ToSweepWorker = Call<CellRequest>;
export type FromSweepWorker = Reply<CellResult, CellAlive>;
