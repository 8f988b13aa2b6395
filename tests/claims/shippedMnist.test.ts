import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';
import { CLAIMS } from '../../src/claims/catalog';
import { claimCells, type ClaimResults } from '../../src/claims/claim';
import { mnistAssets } from '../../src/run/assets';
import { runClaimCell } from '../../src/run/claimCell';
import { LOADED } from '../helpers/timeouts';

const shipped = (id: string) =>
  JSON.parse(readFileSync(`src/claims/results/${id}.json`, 'utf8')) as ClaimResults;

const MNIST = CLAIMS.filter((c) =>
  c.setups.some((s) => s.experiment.data.type === 'named' && s.experiment.data.name === 'mnist'),
);
const assets = () => mnistAssets(ensureMnistAsset());

/**
 * A sampled run of each MNIST claim, recomputed: a sweep run whole (the setup with the fewest
 * steps, its first run), or a tracked run up to its first evaluation, whose accuracy must be the
 * shipped one (a run's first steps do not depend on how many follow).
 */
describe('the shipped results of the MNIST claims', () => {
  it('are seven claims', () => {
    expect(MNIST.map((c) => c.number)).toEqual([1, 3, 5, 8, 9, 10, 12]);
  });
  for (const claim of MNIST)
    it(`recompute a sampled run: ${claim.id}`, LOADED.long, () => {
      const results = shipped(claim.id);
      const k = claim.setups.reduce(
        (best, s, i) => (s.steps < claim.setups[best].steps ? i : best),
        0,
      );
      const setup = claim.setups[k];
      const cell = claimCells(setup, results.seeds)[0];
      const ship = results.setups[k].results[0];
      if (setup.probe.kind === 'outcome') {
        const again = runClaimCell(setup.experiment, cell, setup.steps, assets());
        expect(JSON.parse(JSON.stringify(again))).toEqual(ship);
        return;
      }
      const first = setup.experiment.training.evalEvery;
      const again = runClaimCell(setup.experiment, cell, first, assets());
      const key = `accuracy@${first}`;
      for (const member of Object.keys(ship.outcomes) as (keyof typeof ship.outcomes)[]) {
        expect(again.measures?.[member]?.[key], `${member} ${key}`).toBe(
          ship.measures?.[member]?.[key],
        );
        expect(ship.measures?.[member]?.[key]).toBeGreaterThan(0.1);
      }
    });
});
