import { log, log10, pow } from '../math/elementary';
import type { Experiment } from './schema';
import { TWINS, type Member, type PerMember } from './members';

/**
 * A sweep's plan and the analysis of its results (data in, data out): the grid, its runs, each
 * run's outcome, and each twin's range of learning rates that train. Training one run is in
 * src/run/sweepCell.ts; the page's worker pool in src/state/sweepPool.ts.
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

/** What to sweep: learning rates alone, or learning rate × initialization scale, over seeds. */
export interface SweepSpec {
  learningRates: number[];
  /** When given, a 2-D map over init scales too; otherwise the experiment's own scale. */
  initScales?: number[];
  /** Training steps per run. */
  steps: number;
  /** Runs per learning rate (and scale): seeds seed, seed + 1, … of the experiment. */
  seeds: number;
  /**
   * When given, each run also finds the first step whose test accuracy reaches this (checked
   * after every step, so at step resolution) and its train accuracy at the end.
   */
  target?: number;
}

export const DEFAULT_SEEDS = 3;

/** What a setup's runs measure besides their sweep outcome. */
export type ClaimProbe =
  /** A sweep cell: final loss, accuracy, steps to a target, train accuracy (src/run/sweepCell.ts). */
  | { kind: 'outcome'; target?: number }
  /**
   * A tracked run: test accuracy at every evaluation, the travel of Figure 1's unit, and
   * Santurkar et al.'s measures every `optimizationEvery` steps (0: none), summed up per window.
   */
  | {
      kind: 'track';
      optimizationEvery: number;
      windows: readonly { from: number; to: number }[];
      /**
       * When given, the last hidden layer's activation input is also measured every this many
       * steps in training mode (as the next step sees it: noisy BN's noise included).
       */
      layersEvery?: number;
    }
  /** Each Dense layer's gradient norm at initialization (one step, measured before it). */
  | { kind: 'gradients' };

/** One run of a sweep: a learning rate, an init scale and a seed. */
export interface SweepCell {
  index: number;
  learningRate: number;
  initScale: number;
  seed: number;
  /** The test accuracy whose first step the run finds (see SweepSpec.target). */
  target?: number;
  /** A claim's run (src/claims/): what it measures besides the outcome. */
  probe?: ClaimProbe;
  /** MNIST only: train on the first this many training digits (a claim's small training set). */
  trainRows?: number;
}

/** What one twin's loss did in one run (the measurements its outcome is judged from). */
export interface TwinOutcome {
  /** Train loss (inference mode) at the end; null if the twin blew up. */
  finalLoss: number | null;
  /** Train loss at three quarters of the steps (null if it had blown up by then). */
  lossAtThreeQuarters: number | null;
  /** Lowest train loss seen at any evaluation before the end or the blow-up. */
  bestLoss: number | null;
  /** Test accuracy at the end (train accuracy when there is no test split); null if it blew up. */
  finalAccuracy: number | null;
  /** The step its loss or a parameter went non-finite or a parameter passed ±10⁶, or null. */
  divergedAtStep: number | null;
  /**
   * With a target (see SweepSpec.target): the first step after which its test accuracy reached
   * it (0: before training), or null when it did not within the steps.
   */
  stepsToTarget?: number | null;
  /** With a target: train accuracy at the end (null if it blew up or has no accuracy). */
  trainAccuracy?: number | null;
}

export interface CellResult extends SweepCell {
  /** Each network's outcome: the twins, and any other member of the cohort. */
  outcomes: PerMember<TwinOutcome>;
  /** A claim's tracked or gradient run: each network's named measures (null: not measured). */
  measures?: PerMember<Record<string, number | null>>;
}

/**
 * How a run ended, judged against the loss threshold:
 * - `trains`: its final train loss is below the threshold;
 * - `tooSlow`: above it but still falling (the final loss below the loss at three quarters of
 *   the budget by more than STILL_FALLING allows): more steps would likely get there;
 * - `stalls`: above it and no longer falling (its loss stopped: dead or saturated units, or a
 *   plateau, or it rose again);
 * - `blowsUp`: its loss or a parameter went non-finite, or a parameter passed ±10⁶.
 */
export type Outcome = 'trains' | 'tooSlow' | 'stalls' | 'blowsUp';
export const OUTCOMES: readonly Outcome[] = ['trains', 'tooSlow', 'stalls', 'blowsUp'];
/**
 * The final loss must be below this share of the loss at three quarters of the steps for the run
 * to count as still falling (0.1% lower): a run whose loss creeps down at a tiny learning rate is
 * too slow, not stalled; only a loss that stopped (dead units: exactly flat) or rose stalls.
 */
export const STILL_FALLING = 0.999;

export function outcomeOf(o: TwinOutcome, threshold: number): Outcome {
  if (o.divergedAtStep !== null || o.finalLoss === null) return 'blowsUp';
  if (o.finalLoss < threshold) return 'trains';
  if (o.lossAtThreeQuarters !== null && o.finalLoss <= STILL_FALLING * o.lossAtThreeQuarters)
    return 'tooSlow';
  return 'stalls';
}

/** Every run of a sweep: per init scale, per learning rate, the seeds (seed varying fastest). */
export function sweepCells(experiment: Experiment, spec: SweepSpec): SweepCell[] {
  const scales = spec.initScales ?? [experiment.init.scale];
  const cells: SweepCell[] = [];
  for (const initScale of scales)
    for (const learningRate of spec.learningRates)
      for (let k = 0; k < spec.seeds; k++)
        cells.push({
          index: cells.length,
          learningRate,
          initScale,
          seed: experiment.seed + k,
          ...(spec.target === undefined ? {} : { target: spec.target }),
        });
  return cells;
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

/** One learning rate (at one init scale) for one twin: how its seeds ended. */
export interface RateOutcomes {
  learningRate: number;
  counts: Record<Outcome, number>;
  /** Seeds run so far. */
  seeds: number;
  /** Whether at least half the seeds train. */
  trains: boolean;
}

/** A twin's learning rates that train, over the seeds. */
export interface StableRange {
  /** Every learning rate of the grid (sorted) with its outcomes. */
  rates: RateOutcomes[];
  /** The highest learning rate at which at least half the seeds train (the stability claim), or null. */
  highestThatTrains: number | null;
  /** True when that is the grid's top: the twin may train at still higher rates ("≥"). */
  atTop: boolean;
  /** The lowest learning rate at which at least half the seeds reach the threshold within the budget (speed). */
  lowestInBudget: number | null;
  /** True when that is the grid's bottom ("≤"). */
  atBottom: boolean;
  /**
   * log10(highest / lowest) plus one grid step (each grid point stands for one step's width), in
   * decades; 0 when no rate trains.
   */
  decades: number;
}

/** A twin's stable range over the results of one init scale (all of them when it is the only one). */
export function stableRange(
  results: readonly CellResult[],
  variant: Member,
  threshold: number,
): StableRange {
  const byRate = new Map<number, RateOutcomes>();
  for (const r of results) {
    const entry = byRate.get(r.learningRate) ?? {
      learningRate: r.learningRate,
      counts: { trains: 0, tooSlow: 0, stalls: 0, blowsUp: 0 },
      seeds: 0,
      trains: false,
    };
    const outcome = r.outcomes[variant];
    if (!outcome) continue;
    entry.counts[outcomeOf(outcome, threshold)]++;
    entry.seeds++;
    entry.trains = 2 * entry.counts.trains >= entry.seeds;
    byRate.set(r.learningRate, entry);
  }
  const rates = [...byRate.values()].sort((a, b) => a.learningRate - b.learningRate);
  const n = rates.length;
  const training = rates.filter((r) => r.trains);
  if (n === 0 || training.length === 0)
    return {
      rates,
      highestThatTrains: null,
      atTop: false,
      lowestInBudget: null,
      atBottom: false,
      decades: 0,
    };
  const step = n > 1 ? log10(rates[n - 1].learningRate / rates[0].learningRate) / (n - 1) : 1;
  const lowest = training[0].learningRate;
  const highest = training[training.length - 1].learningRate;
  return {
    rates,
    highestThatTrains: highest,
    atTop: highest === rates[n - 1].learningRate,
    lowestInBudget: lowest,
    atBottom: lowest === rates[0].learningRate,
    decades: log10(highest / lowest) + step,
  };
}

/** The networks swept, the twins first (the keys of the results' outcomes). */
export function sweptMembers(results: readonly CellResult[]): Member[] {
  return results.length > 0 ? (Object.keys(results[0].outcomes) as Member[]) : [...TWINS];
}

/**
 * Every network's range, and how many times wider the BN twin's is than the plain twin's (null
 * when the plain has none).
 */
export function compareRanges(results: readonly CellResult[], threshold: number) {
  const ranges = Object.fromEntries(
    sweptMembers(results).map((v) => [v, stableRange(results, v, threshold)]),
  ) as PerMember<StableRange>;
  const ratio = ranges.plain.decades > 0 ? ranges.batchNorm.decades / ranges.plain.decades : null;
  return { ranges, ratio };
}
