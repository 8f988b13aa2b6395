import { TARGET_ACCURACY } from '../experiment/evidence';
import type { Outcome } from '../experiment/sweep';
import type { EvidenceState } from '../state/evidenceClient';
import { initScaleCount, type RowId, type ScoreRow, type SeedValue } from '../state/scoreboard';
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

const steps = (n: number) => n.toLocaleString('en');

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

/** One seed's value in words. */
function valueText(id: RowId, v: SeedValue): string {
  if (v.value === null)
    return id === 'edge' ? 'none' : id === 'speed' ? 'never' : id === 'gap' ? '–' : '0';
  switch (id) {
    case 'edge':
      return `${v.atTop ? '≥ ' : ''}${formatNumber(v.value)}`;
    case 'speed':
      return steps(v.value);
    case 'gap':
      return `${v.value < 0 ? '−' : v.value > 0 ? '+' : ''}${Math.abs(v.value).toFixed(1)}`;
    case 'init':
      return `${v.value}`;
  }
}

/** The values ordered from best to worst as the row reads them (none last, or first for steps). */
function ordered(id: RowId, values: SeedValue[]): SeedValue[] {
  const key = (v: SeedValue) =>
    v.value === null ? (id === 'edge' || id === 'init' ? -Infinity : Infinity) : v.value;
  return [...values].sort((a, b) => key(a) - key(b));
}

/** How a run that did not train ended, in the past tense. */
const ENDED: Record<Outcome, string> = {
  trains: 'trained',
  tooSlow: 'too slow',
  stalls: 'stalled',
  blowsUp: 'blew up',
};

/** How the runs that did not train ended, counted: "blew up 2 of 3, stalled 1 of 3" (short: "blew up 2, stalled 1"). */
function failures(values: SeedValue[], short = false): string {
  const counts = new Map<Outcome, number>();
  for (const v of values) if (v.failed) counts.set(v.failed, (counts.get(v.failed) ?? 0) + 1);
  return [...counts]
    .map(([o, n]) => `${ENDED[o]} ${n}${short ? '' : ` of ${values.length}`}`)
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
): string {
  if (values.length === 0) return '–';
  const sorted = ordered(id, values);
  const median = headline ?? sorted[(sorted.length - 1) >> 1];
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const range =
    valueText(id, low) === valueText(id, high)
      ? ''
      : ` (${valueText(id, low)}–${valueText(id, high)})`;
  const unit = id === 'gap' ? ' pts' : id === 'init' ? ` of ${context.scales}` : '';
  if (id === 'speed' && values.every((v) => v.value === null)) {
    const why = failures(values, true);
    return `never${why ? ` (${why})` : ''}`;
  }
  if (id === 'gap' && values.some((v) => v.value === null)) {
    const why = failures(values, true);
    return `–${why ? ` (${why})` : ''}`;
  }
  return `${valueText(id, median)}${unit}${range}`;
}

/** A network's median on a row (or its headline), for a sentence ("10 (the slider’s end)" for a top edge). */
function medianText(id: RowId, values: SeedValue[], headline?: SeedValue): string {
  const sorted = ordered(id, values);
  const median = headline ?? sorted[(sorted.length - 1) >> 1];
  if (id === 'edge' && median.atTop && median.value !== null)
    return `${formatNumber(median.value)} (the slider’s end)`;
  return valueText(id, median);
}

/**
 * What the rows show and do not show, in one sentence per row, computed from the verdicts (a
 * twin is "better" only when its spread over the seeds is apart from the other's).
 */
export function scoreboardSentences(rows: readonly ScoreRow[], context: ScoreContext): string[] {
  const out: string[] = [];
  const eta = context.learningRate === null ? '' : ` at η = ${formatNumber(context.learningRate)}`;
  const target = `${Math.round(100 * context.target)}%`;
  const accuracy = `${context.scoredOn} accuracy`;
  for (const row of rows) {
    if (!row.values || !row.verdict) continue;
    const plain = row.values.plain ?? [];
    const bn = row.values.batchNorm ?? [];
    const m = (values: SeedValue[]) =>
      medianText(row.id, values, row.headline?.[values === plain ? 'plain' : 'batchNorm']);
    switch (row.id) {
      case 'edge':
        out.push(
          {
            batchNorm: `BN trains at higher learning rates: up to η = ${m(bn)} against ${m(plain)} without BN (medians).`,
            plain: `Here the plain twin trains at higher learning rates than BN: up to η = ${m(plain)} against ${m(bn)}.`,
            tie: `The twins’ highest learning rates that train overlap over the seeds (medians ${m(plain)} and ${m(bn)}): no clear difference in stability.`,
            incomparable: '',
          }[row.verdict],
        );
        break;
      case 'speed': {
        const reached = (values: SeedValue[]) => values.filter((v) => v.value !== null).length;
        const at = eta ? `At η = ${formatNumber(context.learningRate!)}` : 'Here';
        const onSeeds = (values: SeedValue[]) =>
          reached(values) === values.length
            ? `in ${m(values)} steps (median of ${values.length} seeds)`
            : `on ${reached(values)} of ${values.length} seeds only`;
        const never = (values: SeedValue[]) =>
          `never does (${failures(values) || `not within ${steps(context.steps)} steps`})`;
        const [p, b] = [reached(plain), reached(bn)];
        out.push(
          p === 0 && b === 0
            ? `Neither twin reaches ${target} ${accuracy}${eta} within ${steps(context.steps)} steps.`
            : p === 0
              ? `${at} the BN twin reaches ${target} ${accuracy} ${onSeeds(bn)}; the plain twin ${never(plain)}.`
              : b === 0
                ? `${at} the plain twin reaches ${target} ${accuracy} ${onSeeds(plain)}; the BN twin ${never(bn)}.`
                : {
                    batchNorm: `The BN twin reaches ${target} ${accuracy} sooner${eta}: ${onSeeds(bn)}, the plain twin ${onSeeds(plain)}.`,
                    plain: `The plain twin reaches ${target} ${accuracy} sooner${eta}: ${onSeeds(plain)}, the BN twin ${onSeeds(bn)}.`,
                    tie: `Both twins reach ${target} ${accuracy}${eta} in about as many steps (medians ${m(plain)} and ${m(bn)}; the seeds overlap): no speed-up shows here.`,
                    incomparable: '',
                  }[row.verdict],
        );
        break;
      }
      case 'gap':
        out.push(
          {
            batchNorm: `BN’s train − test gap is smaller (${m(bn)} against ${m(plain)} points): a regularizing effect.`,
            plain: `BN’s train − test gap is larger (${m(bn)} against ${m(plain)} points): no regularizing effect here.`,
            tie: `No regularizing effect shows here: the train − test gaps overlap (${m(plain)} and ${m(bn)} points).`,
            incomparable: `The train − test gap cannot be compared${eta}: ${[
              ['the plain twin', plain] as const,
              ['the BN twin', bn] as const,
            ]
              .filter(([, values]) => values.some((v) => v.value === null))
              .map(([name, values]) => `${name} did not train on every seed (${failures(values)})`)
              .join('; ')}.`,
          }[row.verdict],
        );
        break;
      case 'init':
        out.push(
          {
            batchNorm: `BN trains from more initial weight scales${eta}: ${m(bn)} of ${context.scales} against ${m(plain)}.`,
            plain: `The plain twin trains from more initial weight scales${eta}: ${m(plain)} of ${context.scales} against ${m(bn)}.`,
            tie: `As many initial weight scales train for both twins${eta} (${m(plain)} and ${m(bn)} of ${context.scales}).`,
            incomparable: '',
          }[row.verdict],
        );
        break;
    }
  }
  return out.filter((s) => s !== '');
}

/** What each row is evidence of, as the summary names it when it does not show. */
const CLAIM: Record<RowId, string> = {
  edge: 'a difference in the learning rates that train',
  speed: 'a difference in speed',
  gap: 'a regularizing effect',
  init: 'a difference in sensitivity to the initial weights',
};

/**
 * The scoreboard in one sentence: what this setup shows over the seeds (the rows where the twins'
 * spreads are apart) and what it does not (overlapping spreads, or a twin that did not train) —
 * computed from the same rows as the table.
 */
export function scoreboardSummary(rows: readonly ScoreRow[], context: ScoreContext): string | null {
  const judged = rows.filter((r) => r.values && r.verdict);
  if (judged.length === 0) return null;
  const eta = context.learningRate === null ? '' : ` at η = ${formatNumber(context.learningRate)}`;
  const target = `${Math.round(100 * context.target)}%`;
  const accuracy = `${context.scoredOn} accuracy`;
  const shows: string[] = [];
  const plainAhead: string[] = [];
  const not: string[] = [];
  for (const row of judged) {
    const plain = row.values!.plain ?? [];
    const bn = row.values!.batchNorm ?? [];
    const m = (values: SeedValue[]) =>
      medianText(row.id, values, row.headline?.[values === plain ? 'plain' : 'batchNorm']);
    const clause: Record<RowId, string> = {
      edge: `training at higher learning rates in ${steps(context.bandSteps)}-step runs (up to ${m(bn)} with BN, ${m(plain)} without)`,
      speed: `reaching ${target} ${accuracy} sooner${eta} (${m(bn)} steps with BN, ${m(plain)} without)`,
      gap: `a smaller train − test gap (${m(bn)} points with BN, ${m(plain)} without)`,
      init: `training from more initial weight scales (${m(bn)} of ${context.scales} with BN, ${m(plain)} without)`,
    };
    if (row.verdict === 'batchNorm') shows.push(clause[row.id]);
    else if (row.verdict === 'plain')
      plainAhead.push(clause[row.id].replace(/ with BN, (.*) without\)$/, ' with BN, $1 without)'));
    else if (row.verdict === 'incomparable') {
      const failed = [...plain, ...bn].some((v) => v.failed === 'blowsUp')
        ? 'blew up'
        : 'did not train';
      not.push(`${CLAIM[row.id]} (a twin ${failed}${eta})`);
    } else if (row.id === 'speed' && [...plain, ...bn].every((v) => v.value === null))
      not.push(`${CLAIM[row.id]} (neither twin reaches ${target} ${accuracy}${eta})`);
    else if (row.id === 'init' && [...plain, ...bn].every((v) => v.value === 0))
      not.push(`${CLAIM[row.id]} (no init scale trains for either twin${eta})`);
    else not.push(`${CLAIM[row.id]} (the seeds overlap)`);
  }
  const list = (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (shows.length > 0) parts.push(`shows BN ${list(shows)}`);
  if (plainAhead.length > 0) parts.push(`shows the plain twin ${list(plainAhead)}`);
  if (not.length > 0) parts.push(`does not show ${list(not)}`);
  return `Over ${context.seeds} seeds this setup ${parts.join('; it ')}.`;
}
