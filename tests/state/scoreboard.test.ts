import { describe, expect, it } from 'vitest';
import type { CellResult, TwinOutcome } from '../../src/experiment/sweep';
import type { EvaluationSeries } from '../../src/state/history';
import { DecimatingSeries } from '../../src/state/series';
import { accuracyGap, firstReaching, initScalesThatTrain } from '../../src/state/scoreboard';

const series = (points: [number, number][]) => {
  const s = new DecimatingSeries();
  for (const [x, y] of points) s.push(x, y);
  return s;
};

describe('the scoreboard', () => {
  it('counts the steps to the target accuracy from the first evaluation that reaches it', () => {
    const accuracy = series([
      [0, 0.5],
      [50, 0.85],
      [100, 0.9],
      [150, 0.95],
    ]);
    expect(firstReaching(accuracy, 0.9)).toBe(100);
    expect(firstReaching(accuracy, 0.99)).toBeNull();
  });

  it('gives the train − test gap of the latest evaluation in percentage points', () => {
    const e: EvaluationSeries = {
      trainLoss: series([]),
      testLoss: series([]),
      trainAccuracy: series([
        [0, 0.5],
        [50, 0.99],
      ]),
      testAccuracy: series([
        [0, 0.5],
        [50, 0.93],
      ]),
    };
    expect(accuracyGap(e)).toBeCloseTo(6, 10);
    expect(accuracyGap({ ...e, testAccuracy: series([]) })).toBeNull();
    expect(
      accuracyGap({ ...e, testAccuracy: series([[0, 0.4]]), trainAccuracy: series([[0, 0.5]]) }),
    ).toBeNull();
  });

  it('counts the init scales where most seeds train', () => {
    const ok: TwinOutcome = {
      finalLoss: 0.1,
      lossAtThreeQuarters: 0.2,
      bestLoss: 0.1,
      finalAccuracy: 1,
      divergedAtStep: null,
    };
    const bad: TwinOutcome = { ...ok, finalLoss: null, divergedAtStep: 3 };
    const cell = (initScale: number, seed: number, plain: TwinOutcome): CellResult => ({
      index: 0,
      learningRate: 0.1,
      initScale,
      seed,
      outcomes: { plain, batchNorm: ok },
    });
    const results = [
      cell(0.1, 1, ok),
      cell(0.1, 2, ok),
      cell(1, 1, ok),
      cell(1, 2, bad),
      cell(10, 1, bad),
      cell(10, 2, bad),
    ];
    expect(initScalesThatTrain(results, 'plain', 0.52)).toEqual({ trains: 1, of: 3 });
    expect(initScalesThatTrain(results, 'batchNorm', 0.52)).toEqual({ trains: 3, of: 3 });
    expect(initScalesThatTrain([], 'plain', 0.52)).toBeNull();
  });
});
