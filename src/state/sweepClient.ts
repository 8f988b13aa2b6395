import type { Experiment } from '../experiment/schema';
import {
  defaultThreshold,
  sweepCells,
  type CellResult,
  type SweepCell,
  type SweepSpec,
} from '../experiment/sweep';
import { dataShape } from '../experiment/shape';
import type { LabStore } from './store';
import { SweepPool, type LostCell, type SweepProgress, type SweepWorkerPort } from './sweepPool';

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
  /** Cells whose run did not come back (their worker stopped), with why; Rerun takes them again. */
  lost: LostCell[];
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
  lost: [],
};

/** Runs learning-rate (× init scale) sweeps of the live setup on a pool of workers. */
export class SweepClient {
  private pool: SweepPool | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly createWorker: () => SweepWorkerPort,
    private readonly poolSize: number,
  ) {}

  /** A pool of this page's sweep workers for other runs (a claim re-run live). */
  newPool(): SweepPool {
    return new SweepPool(this.createWorker, this.poolSize);
  }

  private set(patch: Partial<SweepState>): void {
    this.store.setState((s) => ({ sweep: { ...s.sweep, ...patch } }));
  }

  async start(spec: SweepSpec, threshold?: number): Promise<void> {
    this.pool?.cancel();
    const experiment = this.store.getState().settings.experiment;
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
    await this.runCells(pool, experiment, cells, spec.steps);
  }

  /** Runs the cells lost by the last sweep again, filling their holes in its results. */
  async rerunLost(): Promise<void> {
    const { sweep } = this.store.getState();
    if (sweep.status === 'running' || !sweep.experiment || !sweep.spec || sweep.lost.length === 0)
      return;
    const indices = new Set(sweep.lost.map((c) => c.index));
    const cells = sweep.cells.filter((c) => indices.has(c.index));
    const pool = new SweepPool(this.createWorker, this.poolSize);
    this.pool = pool;
    const before = sweep.results.filter(Boolean).length;
    this.set({ status: 'running', lost: [], message: null });
    await this.runCells(
      pool,
      sweep.experiment,
      cells,
      sweep.spec.steps,
      before,
      sweep.cells.length,
    );
  }

  private async runCells(
    pool: SweepPool,
    experiment: Experiment,
    cells: SweepCell[],
    steps: number,
    doneBefore = 0,
    total = cells.length,
  ): Promise<void> {
    const end = await pool.run(experiment, cells, steps, (result, progress) => {
      this.store.setState((s) => {
        const results = [...s.sweep.results];
        results[result.index] = result;
        return {
          sweep: {
            ...s.sweep,
            results,
            progress: { ...progress, done: doneBefore + progress.done, total },
          },
        };
      });
    });
    if (this.pool !== pool) return;
    this.pool = null;
    this.set(
      end.status === 'failed'
        ? { status: 'failed', message: end.message, lost: end.lost }
        : { status: end.status, lost: end.lost },
    );
  }

  cancel(): void {
    this.pool?.cancel();
  }

  setThreshold(threshold: number): void {
    if (threshold > 0 && Number.isFinite(threshold)) this.set({ threshold });
  }
}
