import { perVariant, type PerVariant } from '../experiment/variants';
import type { SeriesView } from './charts/lines';
import { TWIN_LABELS } from './twinLabels';

/** Accuracies closer than this (in points of accuracy, 0–1) are called level. */
export const LEVEL_ACCURACY = 0.002;

/** What one twin's followed sigmoid input did between the first and the latest evaluation. */
export interface FollowedMovement {
  fromStep: number;
  toStep: number;
  median: { from: number; to: number };
  /** The 15th–85th percentile spread. */
  spread: { from: number; to: number };
  /** How far the median moved, in units of the first spread (scale-free, like the drift readout). */
  shift: number;
}

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
  if (n < 2) return null;
  const spread = { from: p85.ys[0] - p15.ys[0], to: p85.ys[n - 1] - p15.ys[n - 1] };
  const median = { from: p50.ys[0], to: p50.ys[n - 1] };
  const scale = spread.from > 0 ? spread.from : Math.abs(median.from) || 1;
  return {
    fromStep: p50.xs[0],
    toStep: p50.xs[n - 1],
    median,
    spread,
    shift: Math.abs(median.to - median.from) / scale,
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
      `${label}: ${signed(m.median.from)} → ${signed(m.median.to)} (moved ${m.shift.toFixed(2)} × its first 15–85 spread; spread ${m.spread.from.toFixed(2)} → ${m.spread.to.toFixed(2)})`;
    const verdict =
      moves.plain.shift > moves.batchNorm.shift
        ? 'as in the paper, the distribution moves more without BN'
        : 'unlike the paper, the distribution moves no more without BN than with it';
    sentences.push(
      `Median of the followed sigmoid input from step ${step(moves.plain.fromStep)} to ${step(moves.plain.toStep)}: ${describe(moves.plain, TWIN_LABELS.plain)}, ${describe(moves.batchNorm, TWIN_LABELS.batchNorm)}; ${verdict}.`,
    );
  }
  return sentences;
}
