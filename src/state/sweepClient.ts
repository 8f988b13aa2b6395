import type { Experiment } from '../experiment/schema';
import {
  defaultThreshold,
  sweepCells,
  type CellResult,
  type SweepCell,
  type SweepSpec,
} from '../experiment/sweep';
import { dataShape } from '../experiment/validate';
import type { LabStore } from './store';
import { SweepPool, type SweepProgress, type SweepWorkerPort } from './sweepPool';

export interface SweepState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** The setup the sweep ran on (a copy of the live setup when it started). */
  experiment: Experiment | null;
  spec: SweepSpec | null;
  cells: SweepCell[];
  /** Results by cell index; holes for cells not finished yet. */
  results: (CellResult | undefined)[];
  progress: SweepProgress | null;
  threshold: number;
  message: string | null;
}

export const IDLE_SWEEP: SweepState = {
  status: 'idle',
  experiment: null,
  spec: null,
  cells: [],
  results: [],
  progress: null,
  threshold: 0.52,
  message: null,
};

/** Runs learning-rate (× init scale) sweeps of the live setup on a pool of workers. */
export class SweepClient {
  private pool: SweepPool | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly createWorker: () => SweepWorkerPort,
    private readonly poolSize: number,
  ) {}

  private set(patch: Partial<SweepState>): void {
    this.store.setState((s) => ({ sweep: { ...s.sweep, ...patch } }));
  }

  async start(spec: SweepSpec, threshold?: number): Promise<void> {
    this.pool?.cancel();
    const experiment = this.store.getState().experiment;
    const cells = sweepCells(experiment, spec);
    const pool = new SweepPool(this.createWorker, this.poolSize);
    this.pool = pool;
    this.set({
      status: 'running',
      experiment,
      spec,
      cells,
      results: [],
      progress: { done: 0, total: cells.length, elapsedMs: 0, remainingMs: null },
      threshold:
        threshold ?? defaultThreshold(experiment.model.head, dataShape(experiment.data).classes),
      message: null,
    });
    const end = await pool.run(experiment, cells, spec.steps, (result, progress) => {
      this.store.setState((s) => {
        const results = [...s.sweep.results];
        results[result.index] = result;
        return { sweep: { ...s.sweep, results, progress } };
      });
    });
    if (this.pool !== pool) return;
    this.pool = null;
    this.set(
      end.status === 'failed' ? { status: 'failed', message: end.message } : { status: end.status },
    );
  }

  cancel(): void {
    this.pool?.cancel();
  }

  setThreshold(threshold: number): void {
    if (threshold > 0 && Number.isFinite(threshold)) this.set({ threshold });
  }
}
