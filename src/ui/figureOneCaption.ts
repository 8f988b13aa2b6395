import { perTwin, type PerTwin } from '../experiment/members';
import type { SeriesView } from './charts/lines';
import { memberLabel } from './twinLabels';
import { ENGLISH, type Translator } from '../i18n/translate';

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
const signed = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

/**
 * The caption under Figure 1: what this run (one seed) shows, with its numbers, set against the
 * paper's claims (the plain network's input distribution moves over training while BN's stays
 * put, and BN reaches a higher test accuracy sooner). The distribution's move is judged on both
 * counts the chart shows — the median's shift and the spread's change — and called as in the
 * paper only when the plain twin's is larger on both. Empty until there is something to state.
 */
export function figureOneCaption(reading: FigureOneReading, t: Translator = ENGLISH): string[] {
  const sentences: string[] = [];
  const d = (text: string) => t.digitsOf(text);
  const { plain, batchNorm } = reading.accuracy;
  if (plain && batchNorm) {
    const diff = batchNorm.value - plain.value;
    const points = d((100 * Math.abs(diff)).toFixed(1));
    const verdict =
      Math.abs(diff) < LEVEL_ACCURACY
        ? t.t('fig1.level')
        : t.t(diff > 0 ? 'fig1.bnAhead' : 'fig1.plainAhead', { points });
    sentences.push(
      t.t('fig1.accuracySentence', {
        same: plain.step === batchNorm.step ? 'yes' : 'no',
        step: plain.step,
        seed: reading.seed,
        plain: d(percent(plain.value)),
        plainName: memberLabel('plain', t),
        batchNorm: d(percent(batchNorm.value)),
        batchNormName: memberLabel('batchNorm', t),
        verdict,
      }),
    );
  }
  const moves = reading.movement;
  if (moves.plain && moves.batchNorm) {
    const describe = (m: FollowedMovement, name: string) =>
      t.t('fig1.describe', {
        name,
        from: d(signed(m.median.from)),
        to: d(signed(m.median.to)),
        shift: d(m.shift.toFixed(2)),
        spreadFrom: d(m.spread.from.toFixed(2)),
        spreadTo: d(m.spread.to.toFixed(2)),
      });
    const p = moves.plain;
    const b = moves.batchNorm;
    const still = (m: FollowedMovement) => m.shift < STILL && m.spreadChange < STILL_SPREAD;
    // Which twin's distribution moved more, on one count; differences under TIE are no difference.
    const more = (plainMove: number, bnMove: number) =>
      Math.abs(plainMove - bnMove) < TIE ? 'same' : plainMove > bnMove ? 'without' : 'with';
    const median = more(p.shift, b.shift);
    const spread = more(p.spreadChange, b.spreadChange);
    const counts = {
      median: t.t('fig1.medianCount', { which: median }),
      spread: t.t('fig1.spreadCount', { which: spread }),
    };
    const verdict =
      still(p) && still(b)
        ? t.t('fig1.still', { still: d(String(STILL)) })
        : median !== 'with' && spread !== 'with' && (median === 'without' || spread === 'without')
          ? t.t('fig1.asPaper', counts)
          : median !== 'without' && spread !== 'without' && (median === 'with' || spread === 'with')
            ? t.t('fig1.unlikePaper', counts)
            : median === 'same' && spread === 'same'
              ? t.t('fig1.same')
              : t.t('fig1.mixed', counts);
    sentences.push(
      t.t('fig1.movementSentence', {
        activation: reading.activation,
        from: p.fromStep,
        to: p.toStep,
        plain: describe(p, memberLabel('plain', t)),
        batchNorm: describe(b, memberLabel('batchNorm', t)),
        verdict,
      }),
    );
  }
  return sentences;
}
