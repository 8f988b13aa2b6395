import { describe, expect, it } from 'vitest';
import type { TapFrame } from '../../src/protocol/frames';
import { DecimatingSeries } from '../../src/state/series';
import { TapHistory } from '../../src/state/tapHistory';

describe('bounded histories', () => {
  it('keep memory flat and still span the whole run after a million points', () => {
    const series = new DecimatingSeries(1024);
    for (let step = 1; step <= 1_000_000; step++) series.push(step, 1 / step);
    expect(series.length).toBeLessThanOrEqual(1024);
    expect(series.length).toBeGreaterThan(512);
    expect(series.xs[0]).toBeLessThan(2048);
    expect(series.xs[series.length - 1]).toBeGreaterThan(1_000_000 - 2048);
    for (let i = 1; i < series.length; i++) expect(series.xs[i]).toBeGreaterThan(series.xs[i - 1]);
  });

  it('skip non-finite values instead of plotting them', () => {
    const series = new DecimatingSeries(8);
    series.push(1, 0.5);
    series.push(2, Number.NaN);
    series.push(3, Infinity);
    expect(series.length).toBe(1);
  });

  it('keep heatmap columns bounded, in step order, with their percentiles', () => {
    const history = new TapHistory(4, 16);
    const tap = (step: number): TapFrame => ({
      counts: new Float32Array([1, 2, 3, 4]),
      low: -step,
      high: step,
      below: 0,
      above: 0,
      percentiles: [0, step, 2 * step, 3 * step, 4],
      mean: 0,
      std: 1,
      fractionSaturated: 0,
      drift: null,
      driftFromStart: 0,
      relativeDrift: 0,
      vanished: false,
    });
    for (let step = 1; step <= 1000; step++) history.push(step, tap(step));
    expect(history.length).toBeLessThanOrEqual(16);
    const steps = [...history.steps.subarray(0, history.length)];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const last = history.length - 1;
    const step = history.steps[last];
    expect([...history.percentiles.subarray(3 * last, 3 * last + 3)]).toEqual([
      step,
      2 * step,
      3 * step,
    ]);
    expect(history.low[last]).toBe(-step);
  });
});
