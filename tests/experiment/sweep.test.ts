import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import {
  compareRanges,
  defaultThreshold,
  logGrid,
  outcomeOf,
  stableRange,
  sweepCells,
  type CellResult,
  type TwinOutcome,
} from '../../src/experiment/sweep';
import {
  describeRange,
  SWEEP_CSV_COLUMNS,
  sweepSummary,
  sweepToCsv,
} from '../../src/experiment/sweepReport';

/** A run that ended at `finalLoss`, having been at `before` three quarters of the way. */
const run = (finalLoss: number | null, before: number | null = finalLoss): TwinOutcome => ({
  finalLoss,
  lossAtThreeQuarters: before,
  bestLoss: finalLoss,
  finalAccuracy: null,
  divergedAtStep: finalLoss === null ? 40 : null,
});
const TRAINS = run(0.1);
const STALLS = run(0.69, 0.69);
const TOO_SLOW = run(0.6, 0.7);
const BLOWS_UP = run(null);

let next = 0;
function result(
  learningRate: number,
  seed: number,
  plain: TwinOutcome,
  batchNorm: TwinOutcome,
): CellResult {
  return { index: next++, learningRate, initScale: 1, seed, outcomes: { plain, batchNorm } };
}

describe('a sweep’s plan', () => {
  it('spaces learning rates evenly in log10, ends included (the default 13 points from 1e-3 to 10)', () => {
    const grid = logGrid(1e-3, 10, 13);
    expect(grid.length).toBe(13);
    expect(grid[0]).toBe(0.001);
    expect(grid[12]).toBe(10);
    expect(grid[3]).toBe(0.01);
    for (let i = 1; i < 13; i++) expect(Math.log10(grid[i] / grid[i - 1])).toBeCloseTo(1 / 3, 10);
  });

  it('lays out runs by init scale, then learning rate, then seed (seeds seed, seed + 1, …)', () => {
    const e = { ...DEFAULT_EXPERIMENT, seed: 7 };
    const cells = sweepCells(e, {
      learningRates: [0.1, 1],
      initScales: [0.5, 2],
      steps: 5,
      seeds: 2,
    });
    expect(cells.map((c) => [c.index, c.initScale, c.learningRate, c.seed])).toEqual([
      [0, 0.5, 0.1, 7],
      [1, 0.5, 0.1, 8],
      [2, 0.5, 1, 7],
      [3, 0.5, 1, 8],
      [4, 2, 0.1, 7],
      [5, 2, 0.1, 8],
      [6, 2, 1, 7],
      [7, 2, 1, 8],
    ]);
    const single = sweepCells(e, { learningRates: [0.1], steps: 5, seeds: 1 })[0];
    expect(single.initScale).toBe(DEFAULT_EXPERIMENT.init.scale);
  });

  it('sets the default threshold at 75% of the chance loss ln k', () => {
    expect(defaultThreshold('sigmoid', 2)).toBe(0.52);
    expect(defaultThreshold('softmax', 10)).toBe(1.73);
  });
});

describe('the outcome of a run', () => {
  it('trains under the threshold, is too slow while still falling, stalls when flat, blows up when it diverged', () => {
    expect(outcomeOf(TRAINS, 0.5)).toBe('trains');
    expect(outcomeOf(TOO_SLOW, 0.5)).toBe('tooSlow');
    expect(outcomeOf(STALLS, 0.5)).toBe('stalls');
    expect(outcomeOf(BLOWS_UP, 0.5)).toBe('blowsUp');
    // "Still falling" means lower than at three quarters of the steps by more than 0.1%: a loss
    // creeping down at a tiny learning rate (0.635 → 0.623) is too slow; a flat or rising one stalls.
    expect(outcomeOf(run(0.623, 0.635), 0.5)).toBe('tooSlow');
    expect(outcomeOf(run(0.6992, 0.7), 0.5)).toBe('tooSlow');
    expect(outcomeOf(run(0.6995, 0.7), 0.5)).toBe('stalls');
    expect(outcomeOf(run(0.7, 0.7), 0.5)).toBe('stalls');
    expect(outcomeOf(run(0.66, 0.65), 0.5)).toBe('stalls');
    // A finite loss whose twin was stopped (a weight beyond ±1e6) blows up too.
    expect(outcomeOf({ ...TRAINS, divergedAtStep: 12 }, 0.5)).toBe('blowsUp');
  });
});

describe('a twin’s stable range over seeds', () => {
  // Five rates one decade apart, three seeds each.
  const rates = logGrid(0.001, 10, 5);
  const plain = [
    [STALLS, STALLS, TOO_SLOW],
    [TRAINS, TRAINS, TOO_SLOW],
    [TRAINS, BLOWS_UP, TRAINS],
    [TRAINS, BLOWS_UP, BLOWS_UP],
    [BLOWS_UP, BLOWS_UP, BLOWS_UP],
  ];
  const bn = [
    [TOO_SLOW, TRAINS, TRAINS],
    [TRAINS, TRAINS, TRAINS],
    [TRAINS, STALLS, TRAINS],
    [TRAINS, TRAINS, TRAINS],
    [TRAINS, TRAINS, BLOWS_UP],
  ];
  const results = rates.flatMap((lr, i) =>
    [0, 1, 2].map((s) => result(lr, s, plain[i][s], bn[i][s])),
  );

  it('counts each rate’s outcomes, and calls a rate stable when most seeds train', () => {
    const range = stableRange(results, 'plain', 0.5);
    expect(range.rates.map((r) => r.counts)).toEqual([
      { trains: 0, tooSlow: 1, stalls: 2, blowsUp: 0 },
      { trains: 2, tooSlow: 1, stalls: 0, blowsUp: 0 },
      { trains: 2, tooSlow: 0, stalls: 0, blowsUp: 1 },
      { trains: 1, tooSlow: 0, stalls: 0, blowsUp: 2 },
      { trains: 0, tooSlow: 0, stalls: 0, blowsUp: 3 },
    ]);
    expect(range.rates.map((r) => r.trains)).toEqual([false, true, true, false, false]);
  });

  it('reports the highest rate that trains and the lowest that reaches the threshold in the budget', () => {
    const p = stableRange(results, 'plain', 0.5);
    expect([p.lowestInBudget, p.highestThatTrains, p.atBottom, p.atTop]).toEqual([
      0.01,
      0.1,
      false,
      false,
    ]);
    // From 0.01 to 0.1 is one decade, plus one grid step (a decade here).
    expect(p.decades).toBeCloseTo(2, 12);
    const b = stableRange(results, 'batchNorm', 0.5);
    expect([b.lowestInBudget, b.highestThatTrains, b.atBottom, b.atTop]).toEqual([
      0.001,
      10,
      true,
      true,
    ]);
    expect(b.decades).toBeCloseTo(5, 12);
    expect(compareRanges(results, 0.5).ratio).toBeCloseTo(2.5, 12);
    expect(describeRange(b)).toBe('≤ 0.001 … ≥ 10 (5.00 decades)');
  });

  it('is not cut by one isolated failure inside the range', () => {
    // BN's middle rate has one stalled seed of three: still stable, so the range spans it.
    expect(stableRange(results, 'batchNorm', 0.5).rates[2].trains).toBe(true);
    const holed = results.map((r) =>
      r.learningRate === 0.1 ? { ...r, outcomes: { ...r.outcomes, batchNorm: STALLS } } : r,
    );
    const b = stableRange(holed, 'batchNorm', 0.5);
    expect(b.rates[2].trains).toBe(false);
    expect([b.lowestInBudget, b.highestThatTrains]).toEqual([0.001, 10]);
  });

  it('has no range when no rate trains', () => {
    const none = stableRange(results, 'plain', 0.01);
    expect([none.highestThatTrains, none.lowestInBudget, none.decades]).toEqual([null, null, 0]);
    expect(describeRange(none)).toBe('none trains');
  });

  it('writes CSV rows per run and twin with the outcome, and a summary with the fractions', () => {
    const csv = sweepToCsv(results.slice(0, 1), 0.5).trim().split('\n');
    expect(csv[0].split(',')).toEqual(SWEEP_CSV_COLUMNS);
    expect(csv.slice(1)).toEqual([
      '0.001,1,0,plain,stalls,0.69,0.69,0.69,,',
      '0.001,1,0,batchNorm,tooSlow,0.6,0.7,0.6,,',
    ]);
    const summary = sweepSummary(results, 0.5).split('\n');
    expect(summary[1]).toBe(
      'plain 0.01 … 0.1 (2.00 decades); batchNorm ≤ 0.001 … ≥ 10 (5.00 decades); ratio 2.50',
    );
    expect(summary[2]).toBe('  seeds that train, per learning rate (and how the others ended):');
    expect(summary[3]).toBe(
      '  plain     0.001: 0/3 (too slow 1, stalls 2)  0.01: 2/3 (too slow 1)  0.1: 2/3 (blows up 1)  1: 1/3 (blows up 2)  10: 0/3 (blows up 3)',
    );
    expect(summary[4]).toBe(
      '  batchNorm 0.001: 2/3 (too slow 1)  0.01: 3/3  0.1: 2/3 (stalls 1)  1: 3/3  10: 2/3 (blows up 1)',
    );
    const grid = results.map((r) => ({ ...r, learningRate: r.learningRate * 2.15443469003 }));
    expect(sweepSummary(grid, 0.5).split('\n')[1]).toBe(
      'plain 0.0215 … 0.215 (2.00 decades); batchNorm ≤ 0.00215 … ≥ 21.5 (5.00 decades); ratio 2.50',
    );
  });
});
