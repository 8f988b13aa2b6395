import { log, log10, pow } from '../math/elementary';
import type { Experiment } from './schema';
import type { Variant } from './variants';

/**
 * A sweep's plan and the analysis of its results (data in, data out): the grid, its cells, the
 * stable range. Training one cell is in src/run/sweepCell.ts; the page's worker pool in
 * src/state/sweepPool.ts.
 */

/**
 * n values spaced evenly in log10 from `min` to `max` (both included), rounded to 12 significant
 * digits; computed with the exact elementary functions so the page and the command line get the
 * same grid.
 */
export function logGrid(min: number, max: number, points: number): number[] {
  if (points === 1) return [min];
  const a = log10(min);
  const b = log10(max);
  return Array.from({ length: points }, (_, i) =>
    Number(pow(10, a + ((b - a) * i) / (points - 1)).toPrecision(12)),
  );
}

/** What to sweep: learning rates alone, or learning rate × initialization scale. */
export interface SweepSpec {
  learningRates: number[];
  /** When given, a 2-D map over init scales too; otherwise the experiment's own scale. */
  initScales?: number[];
  /** Training steps per cell. */
  steps: number;
}

export interface SweepCell {
  index: number;
  learningRate: number;
  initScale: number;
}

/** One twin's outcome in one cell. */
export interface TwinOutcome {
  /** Train loss (inference mode) at the end; null if the twin diverged. */
  finalLoss: number | null;
  /** Lowest train loss seen at any evaluation before the end or the divergence. */
  bestLoss: number | null;
  /** Test accuracy at the end (train accuracy when there is no test split); null if diverged. */
  finalAccuracy: number | null;
  divergedAtStep: number | null;
}

export interface CellResult extends SweepCell {
  outcomes: Record<Variant, TwinOutcome>;
}

/** Every cell of a sweep, learning rate varying fastest. */
export function sweepCells(experiment: Experiment, spec: SweepSpec): SweepCell[] {
  const scales = spec.initScales ?? [experiment.init.scale];
  return scales.flatMap((initScale, s) =>
    spec.learningRates.map((learningRate, l) => ({
      index: s * spec.learningRates.length + l,
      learningRate,
      initScale,
    })),
  );
}

/**
 * Default loss threshold for "it trained": 75% of the loss of a constant prediction of the class
 * frequencies' uniform guess, ln k for k classes (ln 2 ≈ 0.693 for binary data); 0.75 for
 * regression (whose scale the learner should set).
 */
export function defaultThreshold(head: Experiment['model']['head'], classes: number): number {
  if (head === 'linear') return 0.75;
  return Number((0.75 * log(Math.max(2, classes))).toPrecision(3));
}

export interface StableRange {
  /** Learning rates of the widest run of consecutive stable grid points (empty if none). */
  learningRates: number[];
  /** That run's width in decades, counting each grid point as one grid step wide. */
  decades: number;
}

/**
 * The widest run of consecutive learning rates (in grid order) where a twin did not diverge and
 * ended with train loss below `threshold`. Each point stands for one grid step, so one stable
 * point is Δ decades wide, Δ = log10(max/min)/(n − 1).
 */
export function stableRange(
  results: readonly CellResult[],
  variant: Variant,
  threshold: number,
): StableRange {
  const sorted = [...results].sort((a, b) => a.learningRate - b.learningRate);
  const n = sorted.length;
  if (n === 0) return { learningRates: [], decades: 0 };
  const spacing = n > 1 ? log10(sorted[n - 1].learningRate / sorted[0].learningRate) / (n - 1) : 1;
  let best: number[] = [];
  let current: number[] = [];
  for (const cell of sorted) {
    const { finalLoss } = cell.outcomes[variant];
    if (finalLoss !== null && finalLoss < threshold) {
      current.push(cell.learningRate);
      if (current.length > best.length) best = [...current];
    } else {
      current = [];
    }
  }
  return { learningRates: best, decades: best.length * spacing };
}
