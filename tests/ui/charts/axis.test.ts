import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitTicks,
  formatCompact,
  formatStep,
  LABEL_GAP,
  labelExtent,
  robustTop,
  safeDomain,
  type PlacedTick,
} from '../../../src/ui/charts/axis';

/** No two labels closer than their half extents plus the gap; every label inside the axis. */
function readable(ticks: PlacedTick[], orientation: 'x' | 'y', start: number, length: number) {
  const sorted = [...ticks].sort((a, b) => a.at - b.at);
  for (const t of sorted) {
    const half = labelExtent(t.label, orientation) / 2;
    expect(t.at - half).toBeGreaterThanOrEqual(start - 1e-6);
    expect(t.at + half).toBeLessThanOrEqual(start + length + 1e-6);
    expect(t.label).not.toMatch(/NaN|Infinity|undefined/);
  }
  for (let i = 1; i < sorted.length; i++) {
    const need =
      (labelExtent(sorted[i - 1].label, orientation) + labelExtent(sorted[i].label, orientation)) /
        2 +
      LABEL_GAP;
    expect(sorted[i].at - sorted[i - 1].at).toBeGreaterThanOrEqual(need - 1e-6);
  }
}

const magnitude = fc.integer({ min: -300, max: 300 }).map((e) => 10 ** e);
const value = fc
  .tuple(fc.boolean(), magnitude, fc.double({ min: 1, max: 9.99, noNaN: true }))
  .map(([negative, m, mantissa]) => (negative ? -1 : 1) * m * mantissa);

describe('axes that read at any value', () => {
  it('never overlap or clip their labels, from 1e-300 to 1e300, linear and log', () => {
    fc.assert(
      fc.property(
        value,
        value,
        fc.integer({ min: 40, max: 900 }),
        fc.constantFrom('x' as const, 'y' as const),
        (a, b, length, orientation) => {
          const [lo, hi] = safeDomain([a, b]);
          const linear = scaleLinear()
            .domain([lo, hi])
            .range([20, 20 + length]);
          const ticks = fitTicks(linear, length, orientation);
          if (length >= 70) expect(ticks.length).toBeGreaterThanOrEqual(1);
          readable(ticks, orientation, 20, length);
          if (lo > 0) {
            const log = scaleLog()
              .domain([lo, hi])
              .range([20, 20 + length]);
            const logTicks = fitTicks(log, length, orientation);
            readable(logTicks, orientation, 20, length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('draws a single value, NaN and ±∞ on a finite domain', () => {
    expect(safeDomain([])).toEqual([0, 1]);
    expect(safeDomain([NaN, Infinity, -Infinity])).toEqual([0, 1]);
    expect(safeDomain([4])).toEqual([2, 6]);
    expect(safeDomain([0, 0])).toEqual([-0.5, 0.5]);
    expect(safeDomain([3, NaN, 1, Infinity])).toEqual([1, 3]);
    expect(safeDomain([-1e308, 1e308])).toEqual([-1e300, 1e300]);
  });

  it('labels step axes from 1 to 1,000,000 steps shortly, without running them together', () => {
    for (const steps of [1, 7, 250, 2_500, 40_000, 1_000_000])
      for (const length of [120, 250, 560]) {
        const x = scaleLinear().domain([0, steps]).range([0, length]);
        const ticks = fitTicks(x, length, 'x', { format: formatStep, integers: true });
        readable(ticks, 'x', 0, length);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }
    expect([950, 5000, 20_000, 150_000, 1_500_000].map(formatStep)).toEqual([
      '950',
      '5,000',
      '20k',
      '150k',
      '1.5M',
    ]);
  });
});

describe('a value axis with a runaway twin', () => {
  it('ends near the bulk of the values and marks the runaway ones off scale', () => {
    const calm = Array.from({ length: 200 }, (_, i) => 0.7 - i / 400);
    expect(robustTop(calm)).toEqual({ top: 0.7, offScale: false });
    const blown = [...calm, 3, 8e5, 8e305];
    const { top, offScale } = robustTop(blown);
    expect(offScale).toBe(true);
    // 3 × the 90th percentile of all 203 values (the calm ones' upper part), not 8e305.
    const p90 = [...blown].sort((a, b) => a - b)[Math.floor(0.9 * 202)];
    expect(p90).toBeGreaterThan(0.6);
    expect(top).toBeCloseTo(3 * p90, 12);
    expect(robustTop([NaN, Infinity])).toEqual({ top: 1, offScale: false });
  });
});

describe('compact labels', () => {
  it('write exponents short, so a heatmap’s 40 px margin holds them', () => {
    expect([2e122, -1.5e-7, 8e305, 0.5, 1234, 0].map(formatCompact)).toEqual([
      '2e122',
      '-1.5e-7',
      '8e305',
      '0.5',
      '1230',
      '0',
    ]);
  });
});
