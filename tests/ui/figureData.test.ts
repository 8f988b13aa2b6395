import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { RunInfo, TapFrame } from '../../src/protocol/frames';
import { FrameHistory } from '../../src/state/history';
import { boundaryCsv, distributionsCsv, lossCsv, pairs, partsCsv } from '../../src/ui/figureData';
import { tapFrame } from '../helpers/tapFrame';

function tap(seed: number): TapFrame {
  const counts = Array.from({ length: 48 }, (_, b) => (b * seed) % 7);
  return tapFrame(counts, -seed / 3, seed / 7, [0, -seed / 11, seed / 13, seed / 17, 1]);
}

function history(): FrameHistory {
  const h = new FrameHistory();
  h.reset({
    members: ['plain', 'batchNorm'],
    layers: [
      { units: 4, activation: 'relu' },
      { units: 4, activation: 'relu' },
    ],
    histogramBins: 48,
  } as unknown as RunInfo);
  for (const [k, m] of h.members.entries())
    h.taps[m].forEach((taps, layer) => {
      for (let step = 0; step < 700; step += 10)
        taps.preActivation.push(step, tap(step + 31 * layer + 7 * k + 1));
    });
  for (let step = 1; step <= 900; step++) {
    h.smoothedLoss.plain.push(step, 1 / step);
    h.evaluations.batchNorm.testAccuracy.push(step, Math.sqrt(step / 900) / 3);
  }
  return h;
}

describe('the data behind each figure, as CSV', () => {
  it('gives every heatmap column exactly as kept: step, range, percentiles, bin counts', () => {
    const h = history();
    const rows = csvParse(distributionsCsv(h, 'preActivation'));
    expect(rows.columns.slice(0, 8)).toEqual([
      'network',
      'layer',
      'step',
      'low',
      'high',
      'p15',
      'p50',
      'p85',
    ]);
    expect(rows.columns).toHaveLength(8 + 48);
    let checked = 0;
    for (const row of rows) {
      const member = row.network === 'Plain' ? 'plain' : 'batchNorm';
      const t = h.taps[member][Number(row.layer) - 1].preActivation;
      const c = [...t.steps.subarray(0, t.length)].indexOf(Number(row.step));
      expect(c).toBeGreaterThanOrEqual(0);
      expect(Number(row.low)).toBe(t.low[c]);
      expect(Number(row.high)).toBe(t.high[c]);
      expect([row.p15, row.p50, row.p85].map(Number)).toEqual([
        ...t.percentiles.subarray(3 * c, 3 * c + 3),
      ]);
      const counts = Array.from({ length: 48 }, (_, b) => Number(row[`bin ${b + 1}`]));
      expect(counts).toEqual([...t.counts.subarray(48 * c, 48 * c + 48)]);
      checked++;
    }
    const kept = h.members.reduce(
      (n, m) => n + h.taps[m].reduce((k, taps) => k + taps.preActivation.length, 0),
      0,
    );
    expect(checked).toBe(kept);
    expect(kept).toBe(2 * 2 * 70);
  });

  it('gives the loss and accuracy curves point for point, full precision', () => {
    const h = history();
    const rows = csvParse(lossCsv(h));
    const smoothed = rows.filter(
      (r) => r.network === 'Plain' && r.series === 'batch loss (smoothed)',
    );
    expect(smoothed).toHaveLength(h.smoothedLoss.plain.length);
    smoothed.forEach((r, i) => {
      expect(Number(r.step)).toBe(h.smoothedLoss.plain.xs[i]);
      expect(Number(r.value)).toBe(h.smoothedLoss.plain.ys[i]);
    });
    const accuracy = rows.filter((r) => r.network === 'With BN' && r.series === 'test accuracy');
    expect(accuracy.map((r) => Number(r.value))).toEqual([
      ...h.evaluations.batchNorm.testAccuracy.ys.subarray(0, 900),
    ]);
    expect(rows.filter((r) => r.series === 'test loss')).toHaveLength(0);
  });

  it('gives the boundary grid with its coordinates, and the figure parts by name', () => {
    const values = new Float32Array(9).map((_, i) => i / 8);
    const csv = boundaryCsv(
      {
        xMin: -1,
        xMax: 1,
        yMin: 0,
        yMax: 4,
        resolution: 3,
        values: { plain: values, batchNorm: null },
      },
      ['plain', 'batchNorm'],
    );
    const rows = csvParse(csv);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ network: 'Plain', x: '-1', y: '4', 'probability of class 1': '0' });
    expect(rows[5]).toEqual({
      network: 'Plain',
      x: '1',
      y: '2',
      'probability of class 1': '0.625',
    });
    const parts = csvParse(
      partsCsv([
        { part: '(a) "test", accuracy', series: 'Plain', data: pairs([0, 5], [0.5, 0.75]) },
      ]),
    );
    expect(parts.map((r) => [r.part, r.series, r.step, r.value])).toEqual([
      ['(a) "test", accuracy', 'Plain', '0', '0.5'],
      ['(a) "test", accuracy', 'Plain', '5', '0.75'],
    ]);
  });
});
