/// <reference types="vite/client" />
import { claimCells, claimPlan, type Claim, type ClaimResults } from '../claims/claim';
import type { CellResult } from '../experiment/sweep';
import type { SweepPool } from './sweepPool';

/** The claims' shipped results (`npm run claims`), each its own chunk, loaded with the view. */
const FILES = import.meta.glob<ClaimResults>('../claims/results/*.json', { import: 'default' });

/** Every claim's shipped results that exist and follow its current plan, by claim id. */
export async function loadShippedClaims(
  claims: readonly Claim[],
): Promise<Map<string, ClaimResults>> {
  const loaded = await Promise.all(
    claims.map(async (claim) => {
      const load = FILES[`../claims/results/${claim.id}.json`];
      const results = load ? await load() : undefined;
      return results && results.plan === claimPlan(claim, results.seeds)
        ? ([claim.id, results] as const)
        : null;
    }),
  );
  return new Map(loaded.filter((entry) => entry !== null));
}

export type LiveRun =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; results: ClaimResults }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * Re-runs a claim in the page's sweep workers, setup after setup, with the same cells as the
 * command line, so the numbers are the shipped ones when the code is the same.
 */
export async function runClaimLive(
  pool: SweepPool,
  claim: Claim,
  onProgress: (run: LiveRun) => void,
): Promise<LiveRun> {
  const plans = claim.setups.map((setup) => ({ setup, cells: claimCells(setup, claim.seeds) }));
  const total = plans.reduce((n, p) => n + p.cells.length, 0);
  let done = 0;
  onProgress({ status: 'running', done, total });
  const setups: ClaimResults['setups'] = [];
  for (const { setup, cells } of plans) {
    const results: CellResult[] = [];
    const end = await pool.run(setup.experiment, cells, setup.steps, (result) => {
      results[result.index] = result;
      onProgress({ status: 'running', done: ++done, total });
    });
    if (end.status === 'cancelled') return { status: 'cancelled' };
    if (end.status === 'failed') return { status: 'failed', message: end.message };
    if (end.lost.length > 0)
      return {
        status: 'failed',
        message: `${end.lost.length} run${end.lost.length === 1 ? '' : 's'} did not come back: ${end.lost[0].reason}`,
      };
    setups.push({ id: setup.id, results });
  }
  return {
    status: 'done',
    results: { claimId: claim.id, seeds: claim.seeds, plan: claimPlan(claim), setups },
  };
}
