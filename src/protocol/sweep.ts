/** The channel between the page's sweep pool and a sweep worker: one cell at a time. */
import type { Experiment } from '../experiment/schema';
import type { CellResult, SweepCell } from '../experiment/sweep';

export type ToSweepWorker = {
  type: 'cell';
  /**
   * The setup, with the worker's first cell; null: the same as the previous cell's (a large
   * table is then not copied into every cell's message).
   */
  experiment: Experiment | null;
  cell: SweepCell;
  steps: number;
};

/** Results are keyed by the cell's index. */
export type FromSweepWorker =
  | { type: 'result'; result: CellResult }
  | { type: 'error'; index: number; message: string }
  /** Still working on the cell (sent at most about once a second while it trains). */
  | { type: 'alive'; index: number; step: number };
