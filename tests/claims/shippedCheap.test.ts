import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../src/claims/catalog';
import { claimCells, type ClaimResults } from '../../src/claims/claim';
import { runClaimCell } from '../../src/run/claimCell';
import { LOADED } from '../helpers/timeouts';

const shipped = (id: string) =>
  JSON.parse(readFileSync(`src/claims/results/${id}.json`, 'utf8')) as ClaimResults;

/** The claims whose runs are cheap (2-D data): recomputed whole. */
const CHEAP = CLAIMS.filter((c) =>
  c.setups.every((s) => s.experiment.data.type !== 'named' || s.experiment.data.name !== 'mnist'),
);

describe('the shipped results of the cheap claims', () => {
  it('are six claims on 2-D data', () => {
    expect(CHEAP.map((c) => c.number)).toEqual([2, 4, 6, 7, 11, 13]);
  });
  for (const claim of CHEAP)
    it(`recompute run for run: ${claim.id}`, LOADED.long, () => {
      const results = shipped(claim.id);
      claim.setups.forEach((setup, k) => {
        const cells = claimCells(setup, results.seeds);
        const again = cells.map((cell) => runClaimCell(setup.experiment, cell, setup.steps));
        expect(JSON.parse(JSON.stringify(again))).toEqual(results.setups[k].results);
      });
    });
});
