import {
  compareRanges,
  OUTCOMES,
  type Outcome,
  type RateOutcomes,
  outcomeOf,
  stableRange,
  sweptMembers,
  type CellResult,
  type StableRange,
} from './sweep';
import type { Member } from './members';
import { ENGLISH, type Translator } from '../i18n/translate';

export const SWEEP_CSV_COLUMNS = [
  'learningRate',
  'initScale',
  'seed',
  'variant',
  'outcome',
  'finalLoss',
  'lossAtThreeQuarters',
  'bestLoss',
  'finalAccuracy',
  'divergedAtStep',
];

const cell = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(v));

/** Sweep results as CSV, one row per run and network, in run order. */
export function sweepToCsv(results: readonly CellResult[], threshold: number): string {
  const lines = [SWEEP_CSV_COLUMNS.join(',')];
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    for (const variant of Object.keys(r.outcomes) as Member[]) {
      const o = r.outcomes[variant]!;
      lines.push(
        [
          r.learningRate,
          r.initScale,
          r.seed,
          variant,
          outcomeOf(o, threshold),
          cell(o.finalLoss),
          cell(o.lossAtThreeQuarters),
          cell(o.bestLoss),
          cell(o.finalAccuracy),
          cell(o.divergedAtStep),
        ].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** A grid learning rate for reading (3 significant digits; the CSV keeps every digit). */
export const shortRate = (rate: number): string => String(Number(rate.toPrecision(3)));

/** A twin's range in words: "0.0464 … ≥ 10 (3.33 decades)", in `t`'s language (the page's). */
export function describeRange(range: StableRange, t: Translator = ENGLISH): string {
  if (range.highestThatTrains === null || range.lowestInBudget === null)
    return t.t('sweep.rangeNone');
  return t.digitsOf(
    t.t('sweep.rangeSpan', {
      low: `${range.atBottom ? '≤ ' : ''}${shortRate(range.lowestInBudget)}`,
      high: `${range.atTop ? '≥ ' : ''}${shortRate(range.highestThatTrains)}`,
      decades: range.decades.toFixed(2),
    }),
  );
}

/** How the command line names an outcome (the page's are the catalogs' outcome.<outcome>). */
const OUTCOME_WORDS: Record<Outcome, string> = {
  trains: 'trains',
  tooSlow: 'too slow',
  stalls: 'stalls',
  blowsUp: 'blows up',
};

/**
 * One learning rate's seeds in words: "0.1: 3/3" when every seed trains, otherwise the seeds that
 * train and how each other seed ended, "10: 0/3 (blows up 2, stalls 1)".
 */
export function describeRate(rate: RateOutcomes): string {
  const failed = OUTCOMES.filter((o) => o !== 'trains' && rate.counts[o] > 0).map(
    (o) => `${OUTCOME_WORDS[o]} ${rate.counts[o]}`,
  );
  const head = `${shortRate(rate.learningRate)}: ${rate.counts.trains}/${rate.seeds}`;
  return failed.length > 0 ? `${head} (${failed.join(', ')})` : head;
}

/** Each twin's range per init scale, and the ratio of the widths, as lines for a terminal. */
export function sweepSummary(results: readonly CellResult[], threshold: number): string {
  const scales = [...new Set(results.map((r) => r.initScale))].sort((a, b) => a - b);
  const seeds = new Set(results.map((r) => r.seed)).size;
  const lines = [
    `trains: final train loss < ${threshold} in at least half of the ${seeds} seed${seeds === 1 ? '' : 's'}; highest that trains (stability), lowest that reaches it in the budget (speed)`,
  ];
  for (const scale of scales) {
    const row = results.filter((r) => r.initScale === scale);
    const { ranges, ratio } = compareRanges(row, threshold);
    const prefix = scales.length > 1 ? `init scale ${scale}: ` : '';
    const others = sweptMembers(row)
      .slice(2)
      .map((m) => `; ${m} ${describeRange(ranges[m]!)}`)
      .join('');
    lines.push(
      `${prefix}plain ${describeRange(ranges.plain)}; batchNorm ${describeRange(ranges.batchNorm)}${others}; ratio ${
        ratio === null
          ? ranges.batchNorm.decades > 0
            ? '∞ (plain has none)'
            : '–'
          : ratio.toFixed(2)
      }`,
    );
    lines.push('  seeds that train, per learning rate (and how the others ended):');
    const members = sweptMembers(row);
    const width = Math.max(9, ...members.map((m) => m.length));
    for (const v of members) {
      const r = stableRange(row, v, threshold);
      lines.push(`  ${v.padEnd(width)} ${r.rates.map(describeRate).join('  ')}`);
    }
  }
  return lines.join('\n');
}
