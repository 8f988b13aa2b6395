import type { Member } from '../experiment/members';
import { stableRange, type CellResult } from '../experiment/sweep';
import { CLAIMS_ENGLISH, type ClaimResults, type ClaimWords, type SetupResults } from './claim';

/** Reading a claim's runs: numbers over seeds, their median and spread, as the cards write them. */

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** Seeds measured (finite values). */
  count: number;
  /** Seeds without a value (the network blew up, or the measure was undefined). */
  missing: number;
}

export function spreadOf(values: readonly (number | null)[]): Spread {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  return {
    median: n === 0 ? null : n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    min: n === 0 ? null : sorted[0],
    max: n === 0 ? null : sorted[n - 1],
    count: n,
    missing: values.length - n,
  };
}

/**
 * "93.1% (92.0–94.2)": the median and the range over seeds, with how many had no value (they
 * "blew up", or were "not measured"), in `t`'s language and digits.
 */
export function spreadText(
  values: readonly (number | null)[],
  format: (v: number) => string,
  t: ClaimWords = CLAIMS_ENGLISH,
  missing: 'blewUp' | 'notMeasured' = 'blewUp',
): string {
  const s = spreadOf(values);
  const word = t.t(missing);
  if (s.median === null || s.min === null || s.max === null)
    return values.length === 0 ? '–' : t.t('spread.all', { word, count: values.length });
  const range = s.min === s.max ? '' : ` (${format(s.min)}–${format(s.max)})`;
  const lost =
    s.missing > 0 ? t.t('spread.some', { missing: s.missing, count: values.length, word }) : '';
  return `${t.digitsOf(`${format(s.median)}${range}`)}${lost}`;
}

export const percent = (v: number) => `${(100 * v).toFixed(1)}%`;
/** Percentage points, with a true minus sign, as `t` abbreviates them ("3.2 pts"). */
export const pointsIn =
  (t: ClaimWords = CLAIMS_ENGLISH) =>
  (v: number) =>
    t.t('pts', { value: (100 * v).toFixed(1).replace('-', '−') });
export const plain3 = (v: number) =>
  Math.abs(v) >= 100
    ? v.toFixed(0)
    : v !== 0 && Math.abs(v) < 0.001
      ? v.toExponential(2)
      : v.toPrecision(3);

/** The learning rate as the page writes it: 0.0316, 1, 3.16. */
export const rate = (v: number) => Number(v.toPrecision(3)).toString();

/** A setup's runs by id (an empty list for a setup not run). */
export function setupRuns(results: ClaimResults, id: string): CellResult[] {
  return results.setups.find((s: SetupResults) => s.id === id)?.results ?? [];
}

/** A member's value in each run (one per seed), where `where` holds. */
export function perSeed(
  runs: readonly CellResult[],
  member: Member,
  read: (r: CellResult) => number | null | undefined,
  where: (r: CellResult) => boolean = () => true,
): (number | null)[] {
  return runs
    .filter((r) => r.outcomes[member] !== undefined && where(r))
    .map((r) => read(r) ?? null);
}

/** A tracked run's named measure of a member. */
export function measure(r: CellResult, member: Member, name: string): number | null {
  const v = r.measures?.[member]?.[name];
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
}

/** Final test accuracy (train accuracy without a test split; null when it blew up). */
export function accuracy(r: CellResult, member: Member): number | null {
  return r.outcomes[member]?.finalAccuracy ?? null;
}

/** For each seed, whether `a` holds of the two members' values (false when either is missing). */
export function everySeed(
  runs: readonly CellResult[],
  test: (r: CellResult) => boolean | null,
): { count: number; of: number } {
  const answers = runs.map(test);
  return { count: answers.filter((a) => a === true).length, of: runs.length };
}

/** The highest learning rate at which at least half the seeds train (null: none), per member. */
export function highestRate(
  runs: readonly CellResult[],
  member: Member,
  threshold: number,
  initScale?: number,
): number | null {
  const at = initScale === undefined ? runs : runs.filter((r) => r.initScale === initScale);
  return stableRange(at, member, threshold).highestThatTrains;
}

/** "1.0" or "none trains" for a highest learning rate. */
export function rateText(v: number | null, top?: number, t: ClaimWords = CLAIMS_ENGLISH): string {
  if (v === null) return t.t('rate.none');
  return t.digitsOf(v === top ? `≥ ${rate(v)}` : rate(v));
}

/** "3 of 3". */
export const ofText = (
  { count, of }: { count: number; of: number },
  t: ClaimWords = CLAIMS_ENGLISH,
) => t.t('of', { count, total: of });
