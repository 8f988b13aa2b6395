import { TARGET_ACCURACY } from '../experiment/evidence';
import type { Outcome } from '../experiment/sweep';
import type { EvidenceState } from '../state/evidenceClient';
import { initScaleCount, type RowId, type ScoreRow, type SeedValue } from '../state/scoreboard';
import type { MessageKey } from '../i18n/messages/en';
import { ENGLISH, type Translator } from '../i18n/translate';
import { formatNumber } from './charts/canvas';

/** What the scoreboard's texts need besides the rows. */
export interface ScoreContext {
  /** η of the score runs and the init probe. */
  learningRate: number | null;
  /** The score runs' length in steps. */
  steps: number;
  /** The band runs' length in steps. */
  bandSteps: number;
  /** The test accuracy "steps to target" counts to (0–1). */
  target: number;
  /** Init scales tried. */
  scales: number;
  seeds: number;
  /** The rows accuracy is scored on: the test rows, or the training rows when none are held out. */
  scoredOn: 'test' | 'training';
}

/**
 * The context of the live setup's evidence: its η, the runs' lengths, the target, the seeds, and
 * whether the setup holds out test rows (`testRows`).
 */
export function scoreContext(evidence: EvidenceState, testRows = true): ScoreContext {
  return {
    scoredOn: testRows ? 'test' : 'training',
    learningRate: evidence.learningRate,
    steps: evidence.scores.spec?.steps ?? 0,
    bandSteps: evidence.bands.spec?.steps ?? 0,
    target: evidence.scores.spec?.target ?? TARGET_ACCURACY,
    scales: initScaleCount(evidence),
    seeds: evidence.scores.spec?.seeds ?? evidence.bands.spec?.seeds ?? 3,
  };
}

/** A number as the scoreboard writes it (3 significant digits), in the language's digits. */
const num = (t: Translator, x: number) => t.digitsOf(formatNumber(x));

/** η of the score runs for a message's `{eta, select, none {} other {…}}`. */
const etaOf = (t: Translator, c: ScoreContext) =>
  c.learningRate === null ? 'none' : num(t, c.learningRate);

/** One seed's value in words. */
function valueText(t: Translator, id: RowId, v: SeedValue): string {
  if (v.value === null)
    return id === 'edge'
      ? t.t('score.none')
      : id === 'speed'
        ? t.t('score.never')
        : id === 'gap'
          ? '–'
          : t.number(0);
  switch (id) {
    case 'edge':
      return `${v.atTop ? '≥ ' : ''}${num(t, v.value)}`;
    case 'speed':
      return t.number(v.value);
    case 'gap':
      return `${v.value < 0 ? '−' : v.value > 0 ? '+' : ''}${t.digitsOf(Math.abs(v.value).toFixed(1))}`;
    case 'init':
      return t.number(v.value);
  }
}

/** The values ordered from best to worst as the row reads them (none last, or first for steps). */
function ordered(id: RowId, values: SeedValue[]): SeedValue[] {
  const key = (v: SeedValue) =>
    v.value === null ? (id === 'edge' || id === 'init' ? -Infinity : Infinity) : v.value;
  return [...values].sort((a, b) => key(a) - key(b));
}

/** How the runs that did not train ended, counted: "blew up 2 of 3, stalled 1 of 3" (short: "blew up 2, stalled 1"). */
function failures(t: Translator, values: SeedValue[], short = false): string {
  const counts = new Map<Outcome, number>();
  for (const v of values) if (v.failed) counts.set(v.failed, (counts.get(v.failed) ?? 0) + 1);
  return [...counts]
    .map(([outcome, count]) =>
      t.t(short ? 'score.ended' : 'score.endedOf', { outcome, count, seeds: values.length }),
    )
    .join(', ');
}

/**
 * A network's cell: the median over the seeds, and the range when the seeds differ —
 * "1 (0.316–1)", "50 (40–60)", "never (blows up 3)", "+1.0 pts (0.0–2.0)", "4 of 5".
 */
export function cellText(
  id: RowId,
  values: SeedValue[],
  context: ScoreContext,
  headline?: SeedValue,
  t: Translator = ENGLISH,
): string {
  if (values.length === 0) return '–';
  const sorted = ordered(id, values);
  const median = headline ?? sorted[(sorted.length - 1) >> 1];
  const [low, high] = [valueText(t, id, sorted[0]), valueText(t, id, sorted[sorted.length - 1])];
  if (id === 'speed' && values.every((v) => v.value === null)) {
    const why = failures(t, values, true);
    return why ? t.t('score.neverWhy', { why }) : t.t('score.never');
  }
  if (id === 'gap' && values.some((v) => v.value === null)) {
    const why = failures(t, values, true);
    return why ? t.t('score.dashWhy', { why }) : '–';
  }
  const value = valueText(t, id, median);
  const withUnit =
    id === 'gap'
      ? t.t('score.points', { value })
      : id === 'init'
        ? t.t('score.ofScales', { value, scales: context.scales })
        : value;
  return low === high ? withUnit : t.t('score.range', { value: withUnit, low, high });
}

/** A network's median on a row (or its headline), for a sentence ("10 (the slider’s end)" for a top edge). */
function medianText(t: Translator, id: RowId, values: SeedValue[], headline?: SeedValue): string {
  const sorted = ordered(id, values);
  const median = headline ?? sorted[(sorted.length - 1) >> 1];
  if (id === 'edge' && median.atTop && median.value !== null)
    return t.t('score.sliderEnd', { value: num(t, median.value) });
  return valueText(t, id, median);
}

/** The two twins' medians of a row, as its sentences write them. */
function medians(t: Translator, row: ScoreRow) {
  const plain = row.values?.plain ?? [];
  const bn = row.values?.batchNorm ?? [];
  return {
    plainValues: plain,
    bnValues: bn,
    plain: medianText(t, row.id, plain, row.headline?.plain),
    bn: medianText(t, row.id, bn, row.headline?.batchNorm),
  };
}

/** The end of a row's sentence key by its verdict: `score.edgeBatchNorm`, `score.gapTie`… */
const VERDICT_SUFFIX = { batchNorm: 'BatchNorm', plain: 'Plain', tie: 'Tie' } as const;

/**
 * What the rows show and do not show, in one sentence per row, computed from the verdicts (a
 * twin is "better" only when its spread over the seeds is apart from the other's).
 */
export function scoreboardSentences(
  rows: readonly ScoreRow[],
  context: ScoreContext,
  t: Translator = ENGLISH,
): string[] {
  const out: string[] = [];
  const common = { eta: etaOf(t, context), target: context.target, on: context.scoredOn };
  for (const row of rows) {
    if (!row.values || !row.verdict) continue;
    const { plain, bn, plainValues, bnValues } = medians(t, row);
    const values = { ...common, plain, bn, scales: context.scales };
    const verdict = row.verdict;
    switch (row.id) {
      case 'edge':
        if (verdict !== 'incomparable')
          out.push(t.t(`score.edge${VERDICT_SUFFIX[verdict]}`, values));
        break;
      case 'speed': {
        const reached = (of: SeedValue[]) => of.filter((v) => v.value !== null).length;
        const onSeeds = (of: SeedValue[], median: string) =>
          reached(of) === of.length
            ? t.t('score.inSteps', { steps: median, seeds: of.length })
            : t.t('score.onSeedsOnly', { reached: reached(of), seeds: of.length });
        const never = (of: SeedValue[]) =>
          t.t('score.neverDoes', {
            why: failures(t, of) || t.t('score.notWithin', { steps: context.steps }),
          });
        const [p, b] = [reached(plainValues), reached(bnValues)];
        if (p === 0 && b === 0)
          out.push(t.t('score.speedNeither', { ...common, steps: context.steps }));
        else if (p === 0 || b === 0) {
          const [twin, ahead, behind] =
            p === 0
              ? (['batchNorm', onSeeds(bnValues, bn), never(plainValues)] as const)
              : (['plain', onSeeds(plainValues, plain), never(bnValues)] as const);
          out.push(t.t('score.speedOnly', { ...common, twin, seeds: ahead, never: behind }));
        } else if (verdict === 'batchNorm' || verdict === 'plain') {
          const [ahead, behind] =
            verdict === 'batchNorm'
              ? [onSeeds(bnValues, bn), onSeeds(plainValues, plain)]
              : [onSeeds(plainValues, plain), onSeeds(bnValues, bn)];
          out.push(t.t('score.speedSooner', { ...common, twin: verdict, ahead, behind }));
        } else if (verdict === 'tie') out.push(t.t('score.speedTie', values));
        break;
      }
      case 'gap':
        if (verdict === 'incomparable') {
          const why = (['plain', 'batchNorm'] as const)
            .filter((twin) =>
              (twin === 'plain' ? plainValues : bnValues).some((v) => v.value === null),
            )
            .map((twin) =>
              t.t('score.gapDidNotTrain', {
                twin,
                failures: failures(t, twin === 'plain' ? plainValues : bnValues),
              }),
            )
            .join('; ');
          out.push(t.t('score.gapCannot', { ...common, why }));
        } else out.push(t.t(`score.gap${VERDICT_SUFFIX[verdict]}`, values));
        break;
      case 'init':
        if (verdict !== 'incomparable')
          out.push(t.t(`score.init${VERDICT_SUFFIX[verdict]}`, values));
        break;
    }
  }
  return out;
}

/** What a row shows when one twin is ahead on it, as a clause of the summary. */
const SHOWS = {
  edge: 'score.showsEdge',
  speed: 'score.showsSpeed',
  gap: 'score.showsGap',
  init: 'score.showsInit',
} as const satisfies Record<RowId, MessageKey>;

/** Items joined as a list: "a, b and c". */
function list(t: Translator, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  let first = items[0];
  for (let i = 1; i < items.length - 1; i++)
    first = t.t('score.listMore', { first, last: items[i] });
  return t.t('score.listTwo', { first, last: items[items.length - 1] });
}

/**
 * The scoreboard in one sentence: what this setup shows over the seeds (the rows where the twins'
 * spreads are apart) and what it does not (overlapping spreads, or a twin that did not train) —
 * computed from the same rows as the table.
 */
export function scoreboardSummary(
  rows: readonly ScoreRow[],
  context: ScoreContext,
  t: Translator = ENGLISH,
): string | null {
  const judged = rows.filter((r) => r.values && r.verdict);
  if (judged.length === 0) return null;
  const common = { eta: etaOf(t, context), target: context.target, on: context.scoredOn };
  const shows: string[] = [];
  const plainAhead: string[] = [];
  const not: string[] = [];
  for (const row of judged) {
    const { plain, bn, plainValues, bnValues } = medians(t, row);
    const both = [...plainValues, ...bnValues];
    const clause = t.t(SHOWS[row.id], {
      ...common,
      plain,
      bn,
      steps: context.bandSteps,
      scales: context.scales,
    });
    const claim = t.t('score.claim', { row: row.id });
    if (row.verdict === 'batchNorm') shows.push(clause);
    else if (row.verdict === 'plain') plainAhead.push(clause);
    else if (row.verdict === 'incomparable')
      not.push(
        t.t('score.notIncomparable', {
          ...common,
          claim,
          how: both.some((v) => v.failed === 'blowsUp') ? 'blewUp' : 'didNotTrain',
        }),
      );
    else if (row.id === 'speed' && both.every((v) => v.value === null))
      not.push(t.t('score.notNeither', { ...common, claim }));
    else if (row.id === 'init' && both.every((v) => v.value === 0))
      not.push(t.t('score.notNoInit', { ...common, claim }));
    else not.push(t.t('score.notOverlap', { claim }));
  }
  const parts: string[] = [];
  if (shows.length > 0) parts.push(t.t('score.partShows', { list: list(t, shows) }));
  if (plainAhead.length > 0) parts.push(t.t('score.partShowsPlain', { list: list(t, plainAhead) }));
  if (not.length > 0) parts.push(t.t('score.partNot', { list: list(t, not) }));
  const joined = parts.reduce((first, then) => t.t('score.parts', { first, then }));
  return t.t('score.summary', { seeds: context.seeds, parts: joined });
}
