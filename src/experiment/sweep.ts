import { VARIANTS, type Variant } from '../engine/twin';
import type { DataAssets } from '../data/registry';
import { evaluateSplit } from './evaluate';
import { ExperimentRun } from './runner';
import { cloneExperiment, type Experiment } from './schema';
import { log, log10, pow } from '../engine/elementary';

/** n values spaced evenly in log10 from `min` to `max` (both included). */
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

/** Evaluations per cell (at evenly spaced steps, and the last step). */
const EVALUATIONS_PER_CELL = 20;

/**
 * Trains both twins of `experiment` with the cell's learning rate and init scale for `steps`
 * steps, from the experiment's seed: a pure function of its inputs, so any worker gives the same
 * numbers as any other and as the command line.
 */
export function runSweepCell(
  experiment: Experiment,
  cell: SweepCell,
  steps: number,
  assets: DataAssets = {},
): CellResult {
  const e = cloneExperiment(experiment);
  e.optimizer.learningRate = cell.learningRate;
  e.init.scale = cell.initScale;
  const run = new ExperimentRun(e, assets);
  const every = Math.max(1, Math.floor(steps / EVALUATIONS_PER_CELL));
  const best: Record<Variant, number> = { plain: Infinity, batchNorm: Infinity };
  const score = () => {
    for (const variant of VARIANTS) {
      if (run.twins.status[variant].diverged) continue;
      const scores = evaluateSplit(run.twins.networks[variant], run.trainSample);
      if (scores && Number.isFinite(scores.loss))
        best[variant] = Math.min(best[variant], scores.loss);
    }
  };
  score();
  for (let s = 1; s <= steps; s++) {
    run.step();
    if (s % every === 0 && s !== steps) score();
    if (run.twins.status.plain.diverged && run.twins.status.batchNorm.diverged) break;
  }
  const outcomes = {} as Record<Variant, TwinOutcome>;
  for (const variant of VARIANTS) {
    const status = run.twins.status[variant];
    const network = run.twins.networks[variant];
    const train = status.diverged ? null : evaluateSplit(network, run.trainSample);
    const test = status.diverged ? null : (evaluateSplit(network, run.dataset.test) ?? train);
    const finalLoss = train && Number.isFinite(train.loss) ? train.loss : null;
    if (finalLoss !== null) best[variant] = Math.min(best[variant], finalLoss);
    outcomes[variant] = {
      finalLoss,
      bestLoss: Number.isFinite(best[variant]) ? best[variant] : null,
      finalAccuracy: finalLoss === null ? null : (test?.accuracy ?? null),
      divergedAtStep: status.divergedAtStep,
    };
  }
  return { ...cell, outcomes };
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
