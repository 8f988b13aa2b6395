import { band, bandEdge } from '../experiment/bands';
import { outcomeOf, type CellResult, type Outcome } from '../experiment/sweep';
import type { Member } from '../experiment/members';
import type { EvidenceState, SweepState } from './evidenceClient';

/**
 * BN's four claimed advantages, measured over seeds for the live setup (its evidence): each row
 * one number per seed and network, and a verdict that compares the BN twin with the plain twin
 * only when their spreads over the seeds do not overlap.
 */

/** The scoreboard's rows: (1, 2) stable, (2) faster, (3) regularizer, (4) init. */
export type RowId = 'edge' | 'speed' | 'gap' | 'init';
export const ROW_IDS: readonly RowId[] = ['edge', 'speed', 'gap', 'init'];

/** One seed's number for one network on a row; `failed` says how a run that did not train ended. */
export interface SeedValue {
  seed: number;
  /** null: none (no rate trains; never reached the target; no gap: the run blew up). */
  value: number | null;
  /** How the run ended when it did not train (speed and gap rows). */
  failed?: Outcome;
  /** The value is the slider's top rate: the network may train higher still ("≥"). */
  atTop?: boolean;
}

/**
 * Which twin a row favours: `batchNorm` or `plain` when every seed of one is better than every
 * seed of the other; `tie` when their spreads overlap; `incomparable` when a twin has no value
 * on some seed (the gap of a run that blew up).
 */
export type Verdict = 'batchNorm' | 'plain' | 'tie' | 'incomparable';

export interface ScoreRow {
  id: RowId;
  /** Each network's values over the seeds; null while the row's runs are not all in. */
  values: Partial<Record<Member, SeedValue[]>> | null;
  /**
   * The number the row leads with, when it is not the median of the seeds: the highest η that
   * trains is the band's edge, as drawn on the slider (the majority over the seeds per rate).
   */
  headline?: Partial<Record<Member, SeedValue>>;
  verdict: Verdict | null;
}

/** Larger is better on these rows; on the others (steps, gap), smaller. */
const HIGHER_IS_BETTER: Record<RowId, boolean> = {
  edge: true,
  speed: false,
  gap: false,
  init: true,
};

/** A value as a position on the row's better-to-worse order (none: the worst end). */
function rank(id: RowId, v: SeedValue): number {
  if (v.value === null) return HIGHER_IS_BETTER[id] ? -Infinity : Infinity;
  return v.value;
}

/** BN against plain over the seeds: better only when the two spreads are apart. */
export function verdictOf(id: RowId, plain: SeedValue[], bn: SeedValue[]): Verdict {
  if (id === 'gap' && [...plain, ...bn].some((v) => v.value === null)) return 'incomparable';
  const p = plain.map((v) => rank(id, v));
  const b = bn.map((v) => rank(id, v));
  const [pLow, pHigh, bLow, bHigh] = [
    Math.min(...p),
    Math.max(...p),
    Math.min(...b),
    Math.max(...b),
  ];
  if (bLow > pHigh) return HIGHER_IS_BETTER[id] ? 'batchNorm' : 'plain';
  if (pLow > bHigh) return HIGHER_IS_BETTER[id] ? 'plain' : 'batchNorm';
  return 'tie';
}

/** The seeds of a sweep, in order. */
function seedsOf(results: readonly CellResult[]): number[] {
  return [...new Set(results.map((r) => r.seed))].sort((a, b) => a - b);
}

const complete = (sweep: SweepState): CellResult[] | null =>
  sweep.status === 'done' && sweep.results.length === sweep.cells && sweep.cells > 0
    ? (sweep.results as CellResult[])
    : null;

/** (1, 2) Each seed's edge: the highest rate up to which every rate of its band trains. */
function edges(results: CellResult[], member: Member, threshold: number): SeedValue[] {
  const top = Math.max(...results.map((r) => r.learningRate));
  return seedsOf(results).map((seed) => {
    const edge = bandEdge(
      band(
        results.filter((r) => r.seed === seed),
        member,
        threshold,
      ),
    );
    return { seed, value: edge, atTop: edge === top };
  });
}

/** (2, 3) Per seed at η: steps to the target accuracy, or the train − test gap in points. */
function atRate(
  results: CellResult[],
  member: Member,
  threshold: number,
  id: 'speed' | 'gap',
): SeedValue[] {
  return results.map((r) => {
    const o = r.outcomes[member];
    if (!o) return { seed: r.seed, value: null };
    const outcome = outcomeOf(o, threshold);
    const failed = outcome === 'trains' ? undefined : outcome;
    if (id === 'speed') return { seed: r.seed, value: o.stepsToTarget ?? null, failed };
    // A gap says something about regularization only for a run that trained: the gap of a net
    // stuck at chance is noise on a small test set.
    const gap =
      !failed && o.trainAccuracy != null && o.finalAccuracy !== null
        ? 100 * (o.trainAccuracy - o.finalAccuracy)
        : null;
    return { seed: r.seed, value: gap, failed };
  });
}

/** (4) Per seed: how many of the init scales train. */
function initScales(results: CellResult[], member: Member, threshold: number): SeedValue[] {
  return seedsOf(results).map((seed) => ({
    seed,
    value: results.filter((r) => {
      const o = r.outcomes[member];
      return r.seed === seed && o !== undefined && outcomeOf(o, threshold) === 'trains';
    }).length,
  }));
}

/**
 * The scoreboard's rows for the networks `members` from the live setup's evidence; without test
 * rows (`testRows` false) there is no train − test gap to show.
 */
export function scoreRows(
  evidence: EvidenceState,
  members: readonly Member[],
  testRows = true,
): ScoreRow[] {
  const { threshold } = evidence;
  const sources: Record<RowId, CellResult[] | null> = {
    edge: complete(evidence.bands),
    speed: complete(evidence.scores),
    gap: complete(evidence.scores),
    init: complete(evidence.init),
  };
  return ROW_IDS.filter((id) => testRows || id !== 'gap').map((id): ScoreRow => {
    const results = sources[id];
    if (!results) return { id, values: null, verdict: null };
    const of = (m: Member): SeedValue[] =>
      id === 'edge'
        ? edges(results, m, threshold)
        : id === 'init'
          ? initScales(results, m, threshold)
          : atRate(results, m, threshold, id);
    const values = Object.fromEntries(members.map((m) => [m, of(m)])) as Record<
      Member,
      SeedValue[]
    >;
    const verdict = verdictOf(id, values.plain, values.batchNorm);
    if (id !== 'edge') return { id, values, verdict };
    const top = Math.max(...results.map((r) => r.learningRate));
    const headline = Object.fromEntries(
      members.map((m) => {
        const edge = bandEdge(band(results, m, threshold));
        return [m, { seed: -1, value: edge, atTop: edge === top }];
      }),
    );
    return { id, values, headline, verdict };
  });
}

/** How many init scales the probe tries (the row reads "k of this"). */
export function initScaleCount(evidence: EvidenceState): number {
  return evidence.init.spec?.initScales?.length ?? 0;
}
