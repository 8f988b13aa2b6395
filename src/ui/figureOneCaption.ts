import { perTwin, type PerTwin } from '../experiment/members';
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
  /** How much the spread changed, as |ln(spread now / spread then)| (0: unchanged; ln 2: doubled or halved). */
  spreadChange: number;
}

/** Moves under this many spreads are too small to call (both distributions stayed put). */
export const STILL = 0.1;
/** Spread changes under this (|ln ratio|, about ±10%) are too small to call. */
export const STILL_SPREAD = 0.1;
/** Twins whose moves differ by less than this (spreads, or |ln ratio|) moved about as much. */
export const TIE = 0.05;

/** The numbers the Figure 1 caption states, read from the evaluation series of a run. */
export interface FigureOneReading {
  accuracy: PerTwin<{ step: number; value: number } | null>;
  movement: PerTwin<FollowedMovement | null>;
  /** The followed unit's activation, as the page names it ("sigmoid", "ReLU"). */
  activation: string;
  /** The run's seed: the caption describes this one run. */
  seed: number;
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
    spreadChange:
      spread.from > 0 && spread.to > 0 ? Math.abs(Math.log(spread.to / spread.from)) : 0,
  };
}

export function readFigureOne(
  accuracy: PerTwin<SeriesView>,
  percentiles: PerTwin<readonly SeriesView[]>,
  activation: string,
  seed: number,
): FigureOneReading {
  return {
    accuracy: perTwin((v) => last(accuracy[v])),
    movement: perTwin((v) => movement(percentiles[v])),
    activation,
    seed,
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const step = (x: number) => x.toLocaleString('en');
const signed = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

/**
 * The caption under Figure 1: what this run (one seed) shows, with its numbers, set against the
 * paper's claims (the plain network's input distribution moves over training while BN's stays
 * put, and BN reaches a higher test accuracy sooner). The distribution's move is judged on both
 * counts the chart shows — the median's shift and the spread's change — and called as in the
 * paper only when the plain twin's is larger on both. Empty until there is something to state.
 */
export function figureOneCaption(reading: FigureOneReading): string[] {
  const sentences: string[] = [];
  const { plain, batchNorm } = reading.accuracy;
  const run = `this run (seed ${reading.seed})`;
  if (plain && batchNorm) {
    const same = plain.step === batchNorm.step;
    const where = same
      ? `At step ${step(plain.step)} of ${run}`
      : `At the latest evaluations of ${run}`;
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
      `${label}: median ${signed(m.median.from)} → ${signed(m.median.to)} (moved ${m.shift.toFixed(2)} × its 15–85 spread), spread ${m.spread.from.toFixed(2)} → ${m.spread.to.toFixed(2)}`;
    const p = moves.plain;
    const b = moves.batchNorm;
    const still = (m: FollowedMovement) => m.shift < STILL && m.spreadChange < STILL_SPREAD;
    // Which twin's distribution moved more, on one count; differences under TIE are no difference.
    const more = (plainMove: number, bnMove: number) =>
      Math.abs(plainMove - bnMove) < TIE ? 'same' : plainMove > bnMove ? 'without' : 'with';
    const median = more(p.shift, b.shift);
    const spread = more(p.spreadChange, b.spreadChange);
    const count = (what: string, verb: string, which: string) =>
      which === 'same'
        ? `the ${what} ${verb} about as much with and without BN`
        : `the ${what} ${verb} more ${which} BN`;
    const verdict =
      still(p) && still(b)
        ? `both have stayed put so far (median within ${STILL} of the spread, spread within 10%); in the paper the plain network’s drifts over longer training`
        : median !== 'with' && spread !== 'with' && (median === 'without' || spread === 'without')
          ? `as in the paper, the distribution moves more without BN (${count('median', 'moved', median)}, ${count('spread', 'changed', spread)})`
          : median !== 'without' && spread !== 'without' && (median === 'with' || spread === 'with')
            ? `unlike the paper, the distribution moves more with BN (${count('median', 'moved', median)}, ${count('spread', 'changed', spread)})`
            : median === 'same' && spread === 'same'
              ? 'the distribution moved about as much with and without BN, unlike the paper'
              : `mixed: ${count('median', 'moved', median)}, ${count('spread', 'changed', spread)}`;
    sentences.push(
      `The followed ${reading.activation} input from step ${step(p.fromStep)} to ${step(p.toStep)}: ${describe(p, TWIN_LABELS.plain)}; ${describe(b, TWIN_LABELS.batchNorm)}; ${verdict}.`,
    );
  }
  return sentences;
}
