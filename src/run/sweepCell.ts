import type { DataAssets } from '../data/build';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import type { CellResult, SweepCell, TwinOutcome } from '../experiment/sweep';
import { evaluateSplit } from './evaluate';
import { ExperimentRun } from './runner';

/** Evaluations per run (at evenly spaced steps, and at three quarters and the end). */
const EVALUATIONS_PER_CELL = 20;

/**
 * Trains both twins of `experiment` with the run's learning rate, init scale and seed for `steps`
 * steps, and measures their train loss along the way: a pure function of its inputs, so any
 * worker gives the same numbers as any other and as the command line.
 */
/** The setup of one run: the sweep's, at the cell's learning rate, init scale and seed (a copy). */
export function cellExperiment(experiment: Experiment, cell: SweepCell): Experiment {
  const e = cloneExperiment(experiment);
  e.optimizer.learningRate = cell.learningRate;
  e.init.scale = cell.initScale;
  e.seed = cell.seed;
  return e;
}

export function runSweepCell(
  experiment: Experiment,
  cell: SweepCell,
  steps: number,
  assets: DataAssets = {},
  /** Called after every step with its number (a worker's sign of life; it throttles itself). */
  onStep?: (step: number) => void,
): CellResult {
  const e = cellExperiment(experiment, cell);
  const run = new ExperimentRun(e, assets);
  const { cohort, members } = run;
  const every = Math.max(1, Math.floor(steps / EVALUATIONS_PER_CELL));
  const threeQuarters = Math.round(0.75 * steps);
  const best = run.each(() => Infinity);
  const atThreeQuarters = run.each<number | null>(() => null);
  // Steps to the target accuracy, at step resolution: each network is scored after every step
  // until it gets there (on the test rows, or the train rows without a test split).
  const target = cell.target;
  const reached = run.each<number | null>(() => null);
  const targetRows = run.testSample.count > 0 ? run.testSample : run.trainSample;
  const checkTarget = (step: number) => {
    if (target === undefined) return;
    for (const variant of members) {
      if (reached[variant] !== null || cohort.status[variant].diverged) continue;
      const accuracy = evaluateSplit(cohort.networks[variant], targetRows)?.accuracy ?? null;
      if (accuracy !== null && accuracy >= target) reached[variant] = step;
    }
  };
  const score = (step: number) => {
    for (const variant of members) {
      if (cohort.status[variant].diverged) continue;
      const scores = evaluateSplit(cohort.networks[variant], run.trainSample);
      if (!scores || !Number.isFinite(scores.loss)) continue;
      best[variant] = Math.min(best[variant], scores.loss);
      if (step === threeQuarters) atThreeQuarters[variant] = scores.loss;
    }
  };
  score(0);
  checkTarget(0);
  for (let s = 1; s <= steps; s++) {
    run.step();
    onStep?.(s);
    checkTarget(s);
    if ((s % every === 0 || s === threeQuarters) && s !== steps) score(s);
    if (members.every((v) => cohort.status[v].diverged)) break;
  }
  const outcomes = run.each((variant): TwinOutcome => {
    const status = cohort.status[variant];
    const network = cohort.networks[variant];
    const train = status.diverged ? null : evaluateSplit(network, run.trainSample);
    const test = status.diverged ? null : (evaluateSplit(network, run.testSample) ?? train);
    const finalLoss = train && Number.isFinite(train.loss) ? train.loss : null;
    if (finalLoss !== null) best[variant] = Math.min(best[variant], finalLoss);
    return {
      finalLoss,
      lossAtThreeQuarters: status.diverged ? null : atThreeQuarters[variant],
      bestLoss: Number.isFinite(best[variant]) ? best[variant] : null,
      finalAccuracy: finalLoss === null ? null : (test?.accuracy ?? null),
      divergedAtStep: status.divergedAtStep,
      ...(target === undefined
        ? {}
        : {
            stepsToTarget: reached[variant],
            trainAccuracy: finalLoss === null ? null : (train?.accuracy ?? null),
          }),
    };
  });
  return { ...cell, outcomes };
}

/**
 * The setups of one sweep worker's cells: each worker is sent its setup with its first cell only
 * (a large table is then copied once, not once per cell).
 */
export class CellSetups {
  private setup: Experiment | null = null;

  /** The setup a cell message runs: its own, or the one sent before. */
  of(message: { experiment: Experiment | null }): Experiment {
    this.setup = message.experiment ?? this.setup;
    if (!this.setup) throw new Error('a sweep cell came without its setup');
    return this.setup;
  }
}
