import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import {
  defaultThreshold,
  logGrid,
  stableRange,
  sweepCells,
  type CellResult,
  type TwinOutcome,
} from '../../src/experiment/sweep';
import { SWEEP_CSV_COLUMNS, sweepSummary, sweepToCsv } from '../../src/experiment/sweepReport';

const outcome = (finalLoss: number | null, divergedAtStep: number | null = null): TwinOutcome => ({
  finalLoss,
  bestLoss: finalLoss,
  finalAccuracy: null,
  divergedAtStep,
});

function result(
  index: number,
  learningRate: number,
  plain: TwinOutcome,
  batchNorm: TwinOutcome,
): CellResult {
  return { index, learningRate, initScale: 1, outcomes: { plain, batchNorm } };
}

describe('sweep grid and stable range', () => {
  it('spaces learning rates evenly in log10, ends included (the default 13 points from 1e-3 to 10)', () => {
    const grid = logGrid(1e-3, 10, 13);
    expect(grid.length).toBe(13);
    expect(grid[0]).toBe(0.001);
    expect(grid[12]).toBe(10);
    expect(grid[3]).toBe(0.01);
    for (let i = 1; i < 13; i++) expect(Math.log10(grid[i] / grid[i - 1])).toBeCloseTo(1 / 3, 10);
  });

  it('lays out learning rate × init scale cells with learning rate varying fastest', () => {
    const cells = sweepCells(DEFAULT_EXPERIMENT, {
      learningRates: [0.1, 1],
      initScales: [0.5, 2],
      steps: 5,
    });
    expect(cells).toEqual([
      { index: 0, learningRate: 0.1, initScale: 0.5 },
      { index: 1, learningRate: 1, initScale: 0.5 },
      { index: 2, learningRate: 0.1, initScale: 2 },
      { index: 3, learningRate: 1, initScale: 2 },
    ]);
    expect(sweepCells(DEFAULT_EXPERIMENT, { learningRates: [0.1], steps: 5 })[0].initScale).toBe(
      DEFAULT_EXPERIMENT.init.scale,
    );
  });

  it('measures the widest run of consecutive stable points, one grid step per point', () => {
    const rates = logGrid(0.001, 10, 5); // one decade apart
    const losses = [0.9, 0.3, 0.2, 0.7, 0.1];
    const results = rates.map((lr, i) =>
      result(i, lr, outcome(losses[i]), outcome(i === 4 ? null : 0.1, i === 4 ? 12 : null)),
    );
    expect(stableRange(results, 'plain', 0.5)).toEqual({ learningRates: [0.01, 0.1], decades: 2 });
    expect(stableRange(results, 'batchNorm', 0.5)).toEqual({
      learningRates: [0.001, 0.01, 0.1, 1],
      decades: 4,
    });
    expect(stableRange(results, 'plain', 0.05)).toEqual({ learningRates: [], decades: 0 });
  });

  it('counts a diverged twin as unstable even where its best loss was low', () => {
    const results = [
      result(0, 1, outcome(null, 3), outcome(0.1)),
      result(1, 10, outcome(0.1), outcome(0.1)),
    ];
    expect(stableRange(results, 'plain', 0.5).learningRates).toEqual([10]);
  });

  it('sets the default threshold at 75% of the chance loss ln k', () => {
    expect(defaultThreshold('sigmoid', 2)).toBe(0.52);
    expect(defaultThreshold('softmax', 10)).toBe(1.73);
  });

  it('writes CSV rows per cell and twin, with the stable flag', () => {
    const csv = sweepToCsv([result(0, 0.1, outcome(0.2), outcome(null, 7))], 0.5)
      .trim()
      .split('\n');
    expect(csv[0].split(',')).toEqual(SWEEP_CSV_COLUMNS);
    expect(csv.slice(1)).toEqual(['0.1,1,plain,0.2,0.2,,,true', '0.1,1,batchNorm,,,,7,false']);
  });

  it('summarizes each twin’s range and their ratio in one line', () => {
    const rates = logGrid(0.001, 10, 5);
    const results = rates.map((lr, i) =>
      result(i, lr, outcome(i === 2 ? 0.2 : 0.9), outcome(i < 4 ? 0.1 : null, i < 4 ? null : 3)),
    );
    expect(sweepSummary(results, 0.5).split('\n')).toEqual([
      'stable: no divergence and final train loss < 0.5',
      'plain 0.1 … 0.1 (1.00 decades); batchNorm 0.001 … 1 (4.00 decades); ratio 4.00',
    ]);
  });
});
