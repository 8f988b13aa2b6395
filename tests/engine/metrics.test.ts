import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fractionSaturated,
  histogram,
  percentileOfSorted,
  PERCENTILES,
  summarizeSorted,
  wasserstein1,
} from '../../src/engine/metrics';

const sortedArray = (values: number[]) => Float64Array.from(values).sort();
const finiteList = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
  minLength: 1,
  maxLength: 40,
});

describe('distribution metrics', () => {
  it('reports percentiles as NumPy’s linear interpolation does', () => {
    const sorted = sortedArray([3, 1, 4, 1, 5, 9, 2, 6]);
    // numpy.percentile([3,1,4,1,5,9,2,6], [2,15,50,85,98])
    const expected = [1.0, 1.05, 3.5, 5.95, 8.58];
    PERCENTILES.forEach((p, i) =>
      expect(percentileOfSorted(sorted, p)).toBeCloseTo(expected[i], 12),
    );
  });

  it('summarizes mean, population standard deviation, extremes and percentiles', () => {
    const s = summarizeSorted(sortedArray([2, 4, 4, 4, 5, 5, 7, 9]), 'linear', 'postActivation');
    expect(s.mean).toBe(5);
    expect(s.std).toBe(2);
    expect([s.min, s.max]).toEqual([2, 9]);
    expect(s.percentiles[2]).toBe(4.5);
    expect(s.fractionSaturated).toBe(0);
  });

  it('counts values into fixed bins, the top edge included, and out-of-range values apart', () => {
    const h = histogram([-2, 0, 0.1, 0.5, 0.99, 1, 3], 4, 0, 1);
    expect([...h.counts]).toEqual([2, 0, 1, 2]);
    expect([h.below, h.above]).toEqual([1, 1]);
  });

  it('measures saturation by the documented thresholds', () => {
    expect(fractionSaturated([-5, -3, 0, 4, 10], 'sigmoid', 'preActivation')).toBe(0.6);
    expect(fractionSaturated([-2.5, -1, 0, 1.9, 2], 'tanh', 'preActivation')).toBe(0.4);
    expect(fractionSaturated([0.001, 0.5, 0.99], 'sigmoid', 'postActivation')).toBeCloseTo(
      2 / 3,
      15,
    );
    expect(fractionSaturated([0, 0, 1, 2], 'relu', 'postActivation')).toBe(0.5);
    expect(fractionSaturated([-1, 0, 1, 2], 'leakyRelu', 'preActivation')).toBe(0.25);
  });

  it('computes known 1-Wasserstein distances (SciPy’s examples)', () => {
    expect(wasserstein1(sortedArray([0, 1, 3]), sortedArray([5, 6, 8]))).toBeCloseTo(5, 12);
    expect(wasserstein1(sortedArray([0]), sortedArray([1, 2]))).toBeCloseTo(1.5, 12);
    expect(wasserstein1(sortedArray([0, 1]), sortedArray([0, 1, 2]))).toBeCloseTo(0.5, 12);
  });

  it('gives |c| between a sample and itself shifted by c', () => {
    fc.assert(
      fc.property(finiteList, fc.double({ min: -100, max: 100, noNaN: true }), (values, c) => {
        const a = sortedArray(values);
        const b = a.map((v) => v + c);
        expect(wasserstein1(a, b)).toBeCloseTo(Math.abs(c), 6);
      }),
    );
  });

  it('is symmetric, zero on identical samples and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(finiteList, finiteList, finiteList, (x, y, z) => {
        const [a, b, c] = [sortedArray(x), sortedArray(y), sortedArray(z)];
        expect(wasserstein1(a, a)).toBe(0);
        expect(wasserstein1(a, b)).toBeCloseTo(wasserstein1(b, a), 8);
        expect(wasserstein1(a, c)).toBeLessThanOrEqual(
          wasserstein1(a, b) + wasserstein1(b, c) + 1e-8,
        );
      }),
    );
  });

  it('summarizes values near the largest double without overflowing to Infinity', () => {
    const wide = summarizeSorted(sortedArray([-1e200, 1e200]), 'linear', 'postActivation');
    expect(wide.mean).toBe(0);
    expect(wide.std).toBe(1e200);
    const huge = summarizeSorted(sortedArray([1.5e308, 1.5e308]), 'linear', 'postActivation');
    expect(huge.mean).toBe(1.5e308);
    expect(huge.std).toBe(0);
  });
});
