import { bandEdge, band } from '../experiment/bands';
import { outcomeOf, type CellResult } from '../experiment/sweep';
import type { Member } from '../experiment/variants';
import type { BandState } from './bandClient';
import type { EvaluationSeries } from './history';
import type { DecimatingSeries } from './series';

/** The test accuracy "steps to target" counts up to. */
export const TARGET_ACCURACY = 0.9;

/** BN's four claimed advantages, measured for one network of the live setup. */
export interface Score {
  /** (1, 2) The band's edge: the highest η of the slider's bands where most seeds train. */
  highestLearningRate: number | null;
  /** (2) The first evaluated step whose test accuracy reached TARGET_ACCURACY. */
  stepsToTarget: number | null;
  /** (3) Train accuracy minus test accuracy at the latest evaluation, in percentage points. */
  gapPoints: number | null;
  /** (4) Init scales (of those probed at the current η) where most seeds train. */
  initScalesThatTrain: { trains: number; of: number } | null;
}

/** The first x where a series reaches `target`, or null. */
export function firstReaching(series: DecimatingSeries, target: number): number | null {
  for (let i = 0; i < series.length; i++) if (series.ys[i] >= target) return series.xs[i];
  return null;
}

/**
 * Latest train minus latest test accuracy, in percentage points: null without both, or before
 * any training (the untrained net's gap says nothing about regularization).
 */
export function accuracyGap(e: EvaluationSeries): number | null {
  const train = e.trainAccuracy.last;
  const test = e.testAccuracy.last;
  const n = e.testAccuracy.length;
  if (train === null || test === null || n === 0 || e.testAccuracy.xs[n - 1] === 0) return null;
  return 100 * (train - test);
}

/** How many init scales of the probe had most of their seeds train. */
export function initScalesThatTrain(
  results: readonly (CellResult | undefined)[],
  member: Member,
  threshold: number,
): { trains: number; of: number } | null {
  const byScale = new Map<number, { trains: number; seeds: number }>();
  for (const r of results) {
    const o = r?.outcomes[member];
    if (!r || !o) continue;
    const entry = byScale.get(r.initScale) ?? { trains: 0, seeds: 0 };
    entry.seeds++;
    if (outcomeOf(o, threshold) === 'trains') entry.trains++;
    byScale.set(r.initScale, entry);
  }
  if (byScale.size === 0) return null;
  const entries = [...byScale.values()];
  return { trains: entries.filter((e) => 2 * e.trains > e.seeds).length, of: entries.length };
}

/** The scoreboard's numbers that come from the background sweeps (the store's bands). */
export function bandScore(
  member: Member,
  bands: BandState,
): Pick<Score, 'highestLearningRate' | 'initScalesThatTrain'> {
  return {
    highestLearningRate:
      bands.status === 'done' ? bandEdge(band(bands.results, member, bands.threshold)) : null,
    initScalesThatTrain:
      bands.init.status === 'done'
        ? initScalesThatTrain(bands.init.results, member, bands.threshold)
        : null,
  };
}

/** The scoreboard's numbers that come from the live run's evaluations (the frame history). */
export function runScore(
  evaluations: EvaluationSeries | undefined,
): Pick<Score, 'stepsToTarget' | 'gapPoints'> {
  return {
    stepsToTarget: evaluations ? firstReaching(evaluations.testAccuracy, TARGET_ACCURACY) : null,
    gapPoints: evaluations ? accuracyGap(evaluations) : null,
  };
}
