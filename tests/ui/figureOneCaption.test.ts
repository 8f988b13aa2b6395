import { describe, expect, it } from 'vitest';
import type { SeriesView } from '../../src/ui/charts/lines';
import { figureOneCaption, readFigureOne } from '../../src/ui/figureOneCaption';

const series = (xs: number[], ys: number[]): SeriesView => ({ xs, ys, length: xs.length });
/** 15th, 50th and 85th percentile series at steps 500 and 5000. */
const percentiles = (first: [number, number, number], lastly: [number, number, number]) =>
  [0, 1, 2].map((k) => series([500, 5000], [first[k], lastly[k]]));

describe('Figure 1 caption', () => {
  it('states both accuracies, and how far each median moved and each spread changed', () => {
    const reading = readFigureOne(
      { plain: series([500, 5000], [0.8, 0.961]), batchNorm: series([500, 5000], [0.9, 0.974]) },
      {
        plain: percentiles([-1, 0, 1], [0, 3, 6]),
        batchNorm: percentiles([-1, 0, 1], [-1.1, 0.1, 1.3]),
      },
      'sigmoid',
      1,
    );
    expect(reading.movement.plain).toEqual({
      fromStep: 500,
      toStep: 5000,
      median: { from: 0, to: 3 },
      spread: { from: 2, to: 6 },
      shift: 0.75,
      spreadChange: Math.log(3),
    });
    expect(reading.movement.batchNorm?.shift).toBeCloseTo(0.1 / 2.2, 12);
    expect(figureOneCaption(reading)).toEqual([
      'At step 5,000 of this run (seed 1), test accuracy is 96.1% (Plain) and 97.4% (With BN): the BN twin is ahead by 1.3 points, as in the paper.',
      'The followed sigmoid input from step 500 to 5,000: Plain: median 0.00 → 3.00 (moved 0.75 × its 15–85 spread), spread 2.00 → 6.00; With BN: median 0.00 → 0.10 (moved 0.05 × its 15–85 spread), spread 2.00 → 2.40; as in the paper, the distribution moves more without BN (the median moved more without BN, the spread changed more without BN).',
    ]);
  });

  it('calls a run mixed when the plain median moves more but BN’s spread changes more', () => {
    // The case a reviewer saw: "moves more without BN" beside BN's spread growing 1.27 → 5.18.
    const reading = readFigureOne(
      { plain: series([], []), batchNorm: series([], []) },
      {
        plain: percentiles([-0.6, 0, 0.6], [-0.2, 0.5, 1.1]),
        batchNorm: percentiles([-0.635, 0, 0.635], [-2.49, 0.1, 2.69]),
      },
      'ReLU',
      3,
    );
    const [movement] = figureOneCaption(reading);
    expect(movement).toContain('The followed ReLU input');
    expect(movement).toContain('spread 1.27 → 5.18');
    expect(movement).toContain(
      'mixed: the median moved more without BN, the spread changed more with BN.',
    );
    // Moves within 0.05 of each other are no difference.
    const close = readFigureOne(
      { plain: series([], []), batchNorm: series([], []) },
      {
        plain: percentiles([-1, 0, 1], [-1, 0.5, 1]),
        batchNorm: percentiles([-1, 0, 1], [-1.05, 0.45, 0.95]),
      },
      'sigmoid',
      1,
    );
    expect(figureOneCaption(close)[0]).toContain(
      'the distribution moved about as much with and without BN, unlike the paper.',
    );
    expect(movement).not.toContain('as in the paper');
  });

  it('says so when the run disagrees with the paper, and calls close accuracies level', () => {
    const reading = readFigureOne(
      { plain: series([1000], [0.95]), batchNorm: series([1000], [0.9495]) },
      {
        plain: percentiles([-1, 0, 1], [-1, 0.1, 1]),
        batchNorm: percentiles([-1, 0, 1], [-2, -1, 0.5]),
      },
      'tanh',
      2,
    );
    const [accuracy, movement] = figureOneCaption(reading);
    expect(accuracy).toContain('the twins are level, where the paper’s BN network is ahead');
    expect(movement).toContain('Plain: median 0.00 → 0.10 (moved 0.05 ×');
    expect(movement).toContain('With BN: median 0.00 → −1.00 (moved 0.44 ×');
    expect(movement).toContain(
      'unlike the paper, the distribution moves more with BN (the median moved more with BN, the spread changed more with BN)',
    );
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
      'sigmoid',
      1,
    );
    expect(fromZero.movement.plain).toMatchObject({ fromStep: 500, toStep: 1000, shift: 0.025 });
    expect(figureOneCaption(fromZero)[0]).toContain(
      'both have stayed put so far (median within 0.1 of the spread, spread within 10%); in the paper the plain network’s drifts over longer training.',
    );
    const behind = readFigureOne(
      { plain: series([1000], [0.95]), batchNorm: series([1000], [0.93]) },
      { plain: [], batchNorm: [] },
      'sigmoid',
      1,
    );
    expect(figureOneCaption(behind)).toEqual([
      'At step 1,000 of this run (seed 1), test accuracy is 95.0% (Plain) and 93.0% (With BN): the twin without BN is ahead by 2.0 points, unlike the paper.',
    ]);
  });

  it('states nothing before two evaluations of the followed unit', () => {
    const reading = readFigureOne(
      { plain: series([], []), batchNorm: series([], []) },
      {
        plain: percentiles([-1, 0, 1], [0, 0, 0]).map((s) => ({ ...s, length: 1 })),
        batchNorm: [],
      },
      'sigmoid',
      1,
    );
    expect(reading.movement.plain).toBeNull();
    expect(figureOneCaption(reading)).toEqual([]);
  });
});
