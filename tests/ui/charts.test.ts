import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { probabilityColor } from '../../src/ui/charts/boundary';
import { formatNumber } from '../../src/ui/charts/canvas';
import { sharedDomain, valueAxis, valueScale } from '../../src/ui/charts/domain';
import { fitTicks } from '../../src/ui/charts/axis';
import { TapHistory } from '../../src/state/tapHistory';
import { axisTicks } from '../../src/ui/SvgAxis';
import { tapFrame } from '../helpers/tapFrame';

describe('chart helpers', () => {
  it('tints class 1 green and class 0 purple, white-ish at 0.5, apart from the twins’ colors', () => {
    const [r1, g1, b1] = probabilityColor(1);
    const [r0, g0, b0] = probabilityColor(0);
    // Green: green above red and blue (the plain twin is orange, the BN twin blue).
    expect(g1).toBeGreaterThan(r1 + 20);
    expect(g1).toBeGreaterThan(b1 + 15);
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
    const tap = (low: number, high: number, p: [number, number, number]) =>
      tapFrame(new Float32Array(4), low, high, [0, ...p, 0]);
    a.push(1, tap(-1000, 1000, [-1, 0, 1]));
    b.push(1, tap(-2, 5, [2, 3, 4]));
    const [low, high] = sharedDomain([a, b]);
    // The bulk spans −4 … 5; padded by 4% and rounded out to d3's tick step for ~10 ticks.
    expect([low, high]).toEqual([-5, 6]);
  });

  it('turns symlog when one network spans decades more than the other, with readable ticks', () => {
    const tap = (low: number, high: number, p: [number, number, number]) =>
      tapFrame(new Float32Array(4), low, high, [0, ...p, 0]);
    const calm = new TapHistory(4, 8);
    const wild = new TapHistory(4, 8);
    const twin = new TapHistory(4, 8);
    calm.push(1, tap(-2, 2, [-0.5, 0, 0.5]));
    wild.push(1, tap(-300, 40, [-120, -30, 10]));
    twin.push(1, tap(-3, 3, [-0.8, 0, 0.7]));
    expect(valueAxis([calm, twin]).symlog).toBeNull();
    const axis = valueAxis([calm, wild]);
    expect(axis.symlog).not.toBeNull();
    expect(axis.domain[0]).toBeLessThan(-300);
    const y = valueScale(axis, [200, 0]);
    // The calm twin's middle 70% (±0.5) gets a readable share of the 200 px: over 10 px, where a
    // linear axis gives it under 1.
    expect(y(-0.5) - y(0.5)).toBeGreaterThan(10);
    const linear = valueScale(axis.domain, [200, 0]);
    expect(linear(-0.5) - linear(0.5)).toBeLessThan(1);
    expect(y.invert(y(-37))).toBeCloseTo(-37, 9);
    const ticks = fitTicks(y, 200, 'y');
    const values = ticks.map((t) => t.value);
    expect(values).toContain(0);
    expect(values.some((v) => v <= -100)).toBe(true);
    for (const v of values.filter((v) => v !== 0))
      expect(Math.log10(Math.abs(v)) % 1).toBeCloseTo(0, 9);
    // Placed without overlap, top to bottom.
    const at = ticks.map((t) => t.at).sort((p, q) => p - q);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(13);
  });
});

describe('axis ticks from d3 scales', () => {
  const labelled = (ticks: { value: number; label: string }[]) => ticks.map((t) => t.label);

  it('keeps the powers of ten over several decades of a log scale', () => {
    const ticks = axisTicks(scaleLog().domain([0.0002, 1.5]), 5);
    expect(ticks.map((t) => t.value)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(labelled(ticks)).toEqual(['0.001', '0.01', '0.1', '1']);
  });

  it('thins crowded labels to the decades when there are two, else to every n-th', () => {
    // d3 labels 1, 2, 3, 10, 20, 30 here: more than 4 + 1, and two of them are powers of ten.
    expect(scaleLog().domain([1, 35]).tickFormat(4)(20)).not.toBe('');
    expect(axisTicks(scaleLog().domain([1, 35]), 4).map((t) => t.value)).toEqual([1, 10]);
    // 1 … 5 labelled within one decade: every second one.
    expect(axisTicks(scaleLog().domain([1, 6.3]), 3).map((t) => t.value)).toEqual([1, 3, 5]);
  });

  it('over a short log span, keeps only the ticks d3 labels', () => {
    expect(labelled(axisTicks(scaleLog().domain([0.03, 0.9]), 5))).toEqual([
      '0.03',
      '0.1',
      '0.2',
      '0.3',
    ]);
  });

  it('gives round linear ticks, every one labelled', () => {
    expect(labelled(axisTicks(scaleLinear().domain([0, 1]), 4))).toEqual([
      '0',
      '0.2',
      '0.4',
      '0.6',
      '0.8',
      '1',
    ]);
  });
});
