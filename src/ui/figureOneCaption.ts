import { perVariant, type PerVariant } from '../experiment/variants';
import type { SeriesView } from './charts/lines';
import { TWIN_LABELS } from './twinLabels';

/** Accuracies closer than this (in points of accuracy, 0–1) are called level. */
export const LEVEL_ACCURACY = 0.002;

/**
 * What one twin's followed sigmoid input did between the first evaluation after step 0 and the
 * latest. Step 0 is left out: a network starting from small weights has a spread near zero there,
 * so any early widening would look like an enormous move.
 */
export interface FollowedMovement {
  fromStep: number;
  toStep: number;
  median: { from: number; to: number };
  /** The 15th–85th percentile spread. */
  spread: { from: number; to: number };
  /** How far the median moved, in units of the mean of the two spreads (scale-free). */
  shift: number;
}

/** Moves under this many spreads are too small to call (both distributions stayed put). */
export const STILL = 0.1;

/** The numbers the Figure 1 caption states, read from the evaluation series of a run. */
export interface FigureOneReading {
  accuracy: PerVariant<{ step: number; value: number } | null>;
  movement: PerVariant<FollowedMovement | null>;
}

function last(series: SeriesView): { step: number; value: number } | null {
  const n = series.length;
  return n > 0 ? { step: series.xs[n - 1], value: series.ys[n - 1] } : null;
}

function movement(percentiles: readonly SeriesView[]): FollowedMovement | null {
  const [p15, p50, p85] = percentiles;
  if (!p15 || !p50 || !p85) return null;
  const n = Math.min(p15.length, p50.length, p85.length);
  let first = 0;
  while (first < n && p50.xs[first] <= 0) first++;
  if (n - first < 2) return null;
  const last = n - 1;
  const spread = { from: p85.ys[first] - p15.ys[first], to: p85.ys[last] - p15.ys[last] };
  const median = { from: p50.ys[first], to: p50.ys[last] };
  const scale = (spread.from + spread.to) / 2;
  return {
    fromStep: p50.xs[first],
    toStep: p50.xs[last],
    median,
    spread,
    shift: Math.abs(median.to - median.from) / (scale > 0 ? scale : 1),
  };
}

export function readFigureOne(
  accuracy: PerVariant<SeriesView>,
  percentiles: PerVariant<readonly SeriesView[]>,
): FigureOneReading {
  return {
    accuracy: perVariant((v) => last(accuracy[v])),
    movement: perVariant((v) => movement(percentiles[v])),
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const step = (x: number) => x.toLocaleString('en');
const signed = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

/**
 * The caption under Figure 1: what this run shows, with its numbers, set against the paper's
 * claims (the plain network's sigmoid inputs move over training while BN's stay put, and BN
 * reaches a higher test accuracy sooner). Empty until there is something to state.
 */
export function figureOneCaption(reading: FigureOneReading): string[] {
  const sentences: string[] = [];
  const { plain, batchNorm } = reading.accuracy;
  if (plain && batchNorm) {
    const same = plain.step === batchNorm.step;
    const where = same ? `At step ${step(plain.step)}` : 'At their latest evaluations';
    const diff = batchNorm.value - plain.value;
    const verdict =
      Math.abs(diff) < LEVEL_ACCURACY
        ? 'the twins are level, where the paper’s BN network is ahead'
        : diff > 0
          ? `the BN twin is ahead by ${(100 * diff).toFixed(1)} points, as in the paper`
          : `the twin without BN is ahead by ${(100 * -diff).toFixed(1)} points, unlike the paper`;
    sentences.push(
      `${where}, test accuracy is ${percent(plain.value)} (${TWIN_LABELS.plain}) and ${percent(batchNorm.value)} (${TWIN_LABELS.batchNorm}): ${verdict}.`,
    );
  }
  const moves = reading.movement;
  if (moves.plain && moves.batchNorm) {
    const describe = (m: FollowedMovement, label: string) =>
      `${label}: ${signed(m.median.from)} → ${signed(m.median.to)} (moved ${m.shift.toFixed(2)} × its 15–85 spread; spread ${m.spread.from.toFixed(2)} → ${m.spread.to.toFixed(2)})`;
    const verdict =
      moves.plain.shift < STILL && moves.batchNorm.shift < STILL
        ? `both have stayed put so far (under ${STILL} of their spread); in the paper the plain network’s drifts over longer training`
        : moves.plain.shift > moves.batchNorm.shift
          ? 'as in the paper, the distribution moves more without BN'
          : 'unlike the paper, the distribution moves no more without BN than with it';
    sentences.push(
      `Median of the followed sigmoid input from step ${step(moves.plain.fromStep)} to ${step(moves.plain.toStep)}: ${describe(moves.plain, TWIN_LABELS.plain)}, ${describe(moves.batchNorm, TWIN_LABELS.batchNorm)}; ${verdict}.`,
    );
  }
  return sentences;
}
