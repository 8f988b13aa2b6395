import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS, findClaim } from '../../src/claims/catalog';
import { claimCells, claimPlan, type ClaimResults } from '../../src/claims/claim';
import { claimsMarkdown, claimText } from '../../src/claims/report';
import { verdictOf } from '../../src/claims/setups';
import { spreadOf, spreadText, percent, plain3 } from '../../src/claims/stats';
import type { CellResult } from '../../src/experiment/sweep';

const shipped = (id: string): ClaimResults | null => {
  const path = new URL(`../../src/claims/results/${id}.json`, import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ClaimResults) : null;
};

describe('the claims gallery', () => {
  it('has the 13 claims of issue 30, numbered in order, each with its source and criterion', () => {
    expect(CLAIMS.map((c) => c.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(13);
    for (const c of CLAIMS) {
      expect(c.seeds).toBeGreaterThanOrEqual(3);
      expect(c.texts().criterion).toMatch(/^Holds when/);
      expect(c.texts().criterion).toMatch(/partly/);
      expect(findClaim(c.id)).toBe(c);
      expect(new Set(c.setups.map((s) => s.id)).size).toBe(c.setups.length);
    }
  });

  it('plans learning rate × init scale × seed for each setup, with its probe', () => {
    const rates = findClaim('ioffe-learning-rates')!;
    const cells = claimCells(rates.setups[0], 3);
    expect(cells).toHaveLength(7 * 3);
    expect(cells.map((c) => c.seed).slice(0, 4)).toEqual(
      [1, 2, 3, 1].map((k) => rates.setups[0].experiment.seed + k - 1),
    );
    const init = findClaim('ioffe-init-scale')!;
    expect(claimCells(init.setups[0], 3).map((c) => c.initScale)).toEqual(
      [0.01, 0.1, 1, 10, 100].flatMap((k) => [k, k, k]),
    );
    const small = findClaim('ioffe-regularizes')!;
    expect(claimCells(small.setups[0], 2).every((c) => c.trainRows === 1000)).toBe(true);
  });

  it('ships a result for every claim, run by its current plan, and docs/claims.md made from them', () => {
    const entries = CLAIMS.map((claim) => ({ claim, results: shipped(claim.id) }));
    for (const { claim, results } of entries) {
      expect(results, claim.id).not.toBeNull();
      expect(results!.plan).toBe(claimPlan(claim, results!.seeds));
      expect(results!.seeds).toBeGreaterThanOrEqual(3);
      // every run of the plan came back, in order
      results!.setups.forEach((s, k) =>
        expect(s.results.map((r) => r.index)).toEqual(
          claimCells(claim.setups[k], results!.seeds).map((c) => c.index),
        ),
      );
    }
    expect(readFileSync('docs/claims.md', 'utf8')).toBe(claimsMarkdown(entries));
  });

  it('writes spreads as the median and the range over seeds, and says what is missing', () => {
    expect(spreadOf([0.9, 0.8, null, 0.95])).toEqual({
      median: 0.9,
      min: 0.8,
      max: 0.95,
      count: 3,
      missing: 1,
    });
    expect(spreadText([0.9, 0.8, 0.95], percent)).toBe('90.0% (80.0%–95.0%)');
    expect(spreadText([0.9, null, 0.95], percent)).toBe('92.5% (90.0%–95.0%); 1 of 3 blew up');
    expect(spreadText([null, null], percent)).toBe('blew up (all 2)');
    expect(spreadText([2, 2, 2], plain3)).toBe('2.00');
    expect(plain3(0.000039)).toBe('3.90e-5');
    expect(verdictOf([true, true])).toBe('holds');
    expect(verdictOf([true, false])).toBe('partly');
    expect(verdictOf([false, false])).toBe('not');
  });

  it('computes a verdict from the numbers: the rate card flips with the plain twin’s range', () => {
    const claim = findClaim('ioffe-learning-rates')!;
    const cells = claimCells(claim.setups[0], 3);
    /** A twin trains (loss 0.1) up to `top`, and blows up above it. */
    const outcome = (lr: number, top: number) =>
      lr <= top
        ? {
            finalLoss: 0.1,
            lossAtThreeQuarters: 0.2,
            bestLoss: 0.1,
            finalAccuracy: 1,
            divergedAtStep: null,
          }
        : {
            finalLoss: null,
            lossAtThreeQuarters: null,
            bestLoss: null,
            finalAccuracy: null,
            divergedAtStep: 3,
          };
    const results = (plainTop: number): ClaimResults => ({
      claimId: claim.id,
      seeds: 3,
      plan: claimPlan(claim),
      setups: [
        {
          id: 'relu',
          results: cells.map((c): CellResult => ({
            ...c,
            outcomes: {
              plain: outcome(c.learningRate, plainTop),
              batchNorm: outcome(c.learningRate, 3.2),
              batchNormAfter: outcome(c.learningRate, 1.1),
            },
          })),
        },
      ],
    });
    const wide = claim.judge(results(0.2));
    expect(wide.verdict).toBe('holds');
    expect(wide.rows[0].cells).toEqual(['0.1', '3.16', '1']);
    // plain trains up to 1: BN before is still ≥ 3× (3.16), BN after is not (1)
    expect(claim.judge(results(1.05)).verdict).toBe('partly');
    expect(claim.judge(results(10)).verdict).toBe('not');
    expect(claimText(claim, wide, 3)).toContain('verdict: Holds here');
  });
});
