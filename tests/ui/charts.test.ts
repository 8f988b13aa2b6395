import { describe, expect, it } from 'vitest';
import { probabilityColor } from '../../src/ui/charts/boundary';
import { formatNumber } from '../../src/ui/charts/canvas';
import { sharedDomain } from '../../src/ui/charts/domain';
import { TapHistory } from '../../src/state/tapHistory';

describe('chart helpers', () => {
  it('tints class 1 orange and class 0 purple, white-ish at 0.5, matching the point colors', () => {
    const [r1, , b1] = probabilityColor(1);
    const [r0, g0, b0] = probabilityColor(0);
    expect(r1).toBeGreaterThan(b1 + 40);
    // Purple: blue above red above green.
    expect(b0).toBeGreaterThan(r0);
    expect(r0).toBeGreaterThan(g0);
    expect(Math.min(...probabilityColor(0.5))).toBeGreaterThan(235);
  });

  it('formats numbers briefly, never as NaN', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(1e-4)).toBe('1.0e-4');
    expect(formatNumber(123456)).toBe('1.2e+5');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('fits the shared value axis to the bulk of both twins, ignoring far outliers', () => {
    const a = new TapHistory(4, 8);
    const b = new TapHistory(4, 8);
    const tap = (low: number, high: number, p: [number, number, number]) => ({
      counts: new Float32Array(4),
      low,
      high,
      below: 0,
      above: 0,
      percentiles: [0, ...p, 0],
      mean: 0,
      std: 1,
      fractionSaturated: 0,
      drift: null,
      driftFromStart: 0,
    });
    a.push(1, tap(-1000, 1000, [-1, 0, 1]));
    b.push(1, tap(-2, 5, [2, 3, 4]));
    const [low, high] = sharedDomain([a, b]);
    expect(low).toBeLessThan(-4);
    expect(low).toBeGreaterThan(-6);
    expect(high).toBeGreaterThan(5);
    expect(high).toBeLessThan(6);
  });
});

describe('log axis ticks', () => {
  it('uses powers of ten over several decades, and 1-2-5 steps over a short span', async () => {
    const { logTicks } = await import('../../src/ui/SweepChart');
    expect(logTicks([0.0002, 1.5])).toEqual([0.001, 0.01, 0.1, 1]);
    expect(logTicks([0.03, 0.9])).toEqual([0.05, 0.1, 0.2, 0.5]);
  });
});
