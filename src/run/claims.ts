import { claimCells, claimPlan, type Claim, type ClaimResults } from '../claims/claim';
import type { CellRunner } from './evidence';

/**
 * Measures a claim: every setup's runs over `seeds` seeds, one setup after another, each run by
 * `runCells` (a pool of threads on the command line, the sweep workers in the page).
 */
export async function measureClaim(
  claim: Claim,
  runCells: CellRunner,
  seeds = claim.seeds,
  onSetup: (label: string, runs: number) => void = () => undefined,
): Promise<ClaimResults> {
  const setups: ClaimResults['setups'] = [];
  for (const setup of claim.setups) {
    const cells = claimCells(setup, seeds);
    onSetup(setup.label, cells.length);
    setups.push({ id: setup.id, results: await runCells(setup.experiment, cells, setup.steps) });
  }
  return { claimId: claim.id, seeds, plan: claimPlan(claim, seeds), setups };
}
