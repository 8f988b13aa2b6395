import { describe, expect, it } from 'vitest';
import type { SeriesView } from '../../src/ui/charts/lines';
import { figureOneCaption, readFigureOne } from '../../src/ui/figureOneCaption';

const series = (xs: number[], ys: number[]): SeriesView => ({ xs, ys, length: xs.length });
/** 15th, 50th and 85th percentile series at steps 500 and 5000. */
const percentiles = (first: [number, number, number], lastly: [number, number, number]) =>
  [0, 1, 2].map((k) => series([500, 5000], [first[k], lastly[k]]));

describe('Figure 1 caption', () => {
  it('states both accuracies and how far each median moved in units of its first spread', () => {
    const reading = readFigureOne(
      { plain: series([500, 5000], [0.8, 0.961]), batchNorm: series([500, 5000], [0.9, 0.974]) },
      {
        plain: percentiles([-1, 0, 1], [0, 3, 4]),
        batchNorm: percentiles([-1, 0, 1], [-1.1, 0.1, 1.3]),
      },
    );
    expect(reading.movement.plain).toEqual({
      fromStep: 500,
      toStep: 5000,
      median: { from: 0, to: 3 },
      spread: { from: 2, to: 4 },
      shift: 1,
    });
    expect(reading.movement.batchNorm?.shift).toBeCloseTo(0.1 / 2.2, 12);
    expect(figureOneCaption(reading)).toEqual([
      'At step 5,000, test accuracy is 96.1% (Plain) and 97.4% (With BN): the BN twin is ahead by 1.3 points, as in the paper.',
      'Median of the followed sigmoid input from step 500 to 5,000: Plain: 0.00 → 3.00 (moved 1.00 × its 15–85 spread; spread 2.00 → 4.00), With BN: 0.00 → 0.10 (moved 0.05 × its 15–85 spread; spread 2.00 → 2.40); as in the paper, the distribution moves more without BN.',
    ]);
  });

  it('says so when the run disagrees with the paper, and calls close accuracies level', () => {
    const reading = readFigureOne(
      { plain: series([1000], [0.95]), batchNorm: series([1000], [0.9495]) },
      {
        plain: percentiles([-1, 0, 1], [-1, 0.1, 1]),
        batchNorm: percentiles([-1, 0, 1], [-2, -1, 0]),
      },
    );
    const [accuracy, movement] = figureOneCaption(reading);
    expect(accuracy).toContain('the twins are level, where the paper’s BN network is ahead');
    expect(movement).toContain('Plain: 0.00 → 0.10 (moved 0.05 ×');
    expect(movement).toContain('With BN: 0.00 → −1.00 (moved 0.50 ×');
    // Step 0 is left out: from a near-zero spread any widening would look like a huge move.
    const fromZero = readFigureOne(
      { plain: series([], []), batchNorm: series([], []) },
      {
        plain: [0, 1, 2].map((k) =>
          series([0, 500, 1000], [[-1, 0, 1][k] * 0.01, [-1, 0, 1][k], [-1, 0.05, 1][k]]),
        ),
        batchNorm: [0, 1, 2].map((k) =>
          series([0, 500, 1000], [[-1, 0, 1][k] * 0.01, [-1, 0, 1][k], [-1, -0.02, 1][k]]),
        ),
      },
    );
    expect(fromZero.movement.plain).toMatchObject({ fromStep: 500, toStep: 1000, shift: 0.025 });
    expect(figureOneCaption(fromZero)[0]).toContain(
      'both have stayed put so far (under 0.1 of their spread); in the paper the plain network’s drifts over longer training.',
    );
    expect(movement).toContain('unlike the paper, the distribution moves no more without BN');
    const behind = readFigureOne(
      { plain: series([1000], [0.95]), batchNorm: series([1000], [0.93]) },
      { plain: [], batchNorm: [] },
    );
    expect(figureOneCaption(behind)).toEqual([
      'At step 1,000, test accuracy is 95.0% (Plain) and 93.0% (With BN): the twin without BN is ahead by 2.0 points, unlike the paper.',
    ]);
  });

  it('states nothing before two evaluations of the followed unit', () => {
    const reading = readFigureOne(
      { plain: series([], []), batchNorm: series([], []) },
      {
        plain: percentiles([-1, 0, 1], [0, 0, 0]).map((s) => ({ ...s, length: 1 })),
        batchNorm: [],
      },
    );
    expect(reading.movement.plain).toBeNull();
    expect(figureOneCaption(reading)).toEqual([]);
  });
});
