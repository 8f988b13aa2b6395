import { describe, expect, it } from 'vitest';
import type { LayerFrame, TapFrame } from '../../src/protocol/frames';
import { TapHistory } from '../../src/state/tapHistory';
import { HEATMAP_MARGIN, heatmapCell } from '../../src/ui/charts/heatmap';
import { marginalReading } from '../../src/ui/charts/marginal';
import { cellSentence } from '../../src/ui/LayerRow';
import { linesAt } from '../../src/ui/StepChart';
import { formatBytes } from '../../src/experiment/cost';
import { tapFrame } from '../helpers/tapFrame';

const tap = tapFrame;

// A 4-bin history of two columns: steps 0 and 100, values over [−2, 2] then [−4, 4].
const history = new TapHistory(4, 8);
history.push(0, tap([1, 2, 3, 4], -2, 2, [-2, -1, 0, 1, 2]));
history.push(100, tap([10, 0, 0, 30], -4, 4, [-4, -3, 0.5, 3, 4]));
const W = 146; // plot 100 px wide
const H = 120; // plot 100 px tall
const m = HEATMAP_MARGIN;

describe('what the pointer reads on the distribution charts', () => {
  it('gives a heatmap cell’s step, bin, count, share and percentiles', () => {
    // Right half of the plot: the second column; y = 90% up a [−5, 5] axis → value 4 → last bin.
    const cell = heatmapCell(history, [-5, 5], W, H, m.left + 75, m.top + 10);
    expect(cell).not.toBeNull();
    expect(cell!.step).toBe(100);
    expect(cell!.value).toBeCloseTo(4, 10);
    expect(cell!.bin).toEqual({ low: 2, high: 4, count: 30, share: 0.75 });
    expect(cell!.percentiles).toEqual([-3, 0.5, 3]);
    expect(cellSentence('Layer 1, Plain', cell!)).toBe(
      'Layer 1, Plain, step 100: values in [2, 4]: 30 (75%) · 15th percentile -3, median 0.5, 85th 3',
    );
    // Left column at value −1.5: bin [−2, −1] holds 1 of 10.
    const first = heatmapCell(history, [-5, 5], W, H, m.left + 10, m.top + 65);
    expect(first!.step).toBe(0);
    expect(first!.bin).toEqual({ low: -2, high: -1, count: 1, share: 0.1 });
    // Beyond the column's own range: no bin, said so.
    const outside = heatmapCell(history, [-5, 5], W, H, m.left + 10, m.top + 5);
    expect(outside!.bin).toBeNull();
    expect(cellSentence('L', outside!)).toMatch(/no values at 4\.5 /);
    // Outside the plot, or with no columns: nothing.
    expect(heatmapCell(history, [-5, 5], W, H, 2, 50)).toBeNull();
    expect(heatmapCell(new TapHistory(4), [-5, 5], W, H, 80, 50)).toBeNull();
  });

  it('gives each network’s share in the histograms’ bin at a height', () => {
    const layer = (t: TapFrame): LayerFrame => ({ preActivation: t, postActivation: t });
    const layers = {
      plain: layer(tap([5, 5, 0, 0], -2, 2, [0, 0, 0, 0, 0])),
      batchNorm: layer({ ...tap([0, 1, 3, 0], -2, 2, [0, 0, 0, 0, 0]), above: 4 }),
    };
    // y halfway down a [−2, 2] axis, just above the middle: value 0.04 → the third bin [0, 1].
    const reading = marginalReading(H, layers, 'preActivation', [-2, 2], m.top + 49);
    expect(reading!.value).toBeCloseTo(0.04, 10);
    expect(reading!.bins).toEqual([
      { member: 'plain', low: 0, high: 1, count: 0, share: 0 },
      { member: 'batchNorm', low: 0, high: 1, count: 3, share: 3 / 8 },
    ]);
    expect(marginalReading(H, layers, 'preActivation', [-2, 2], H - 2)).toBeNull();
  });
});

describe('what the pointer reads on a chart over steps', () => {
  it('gives each named line’s value at a nearby recorded step, "–" where it has none', () => {
    const a = { xs: [0, 10, 20], ys: [1, 0.5, 0.25], length: 3 };
    const b = { xs: [0, 20], ys: [3, 4], length: 2 };
    const lines = [
      { series: a, color: '#000', label: 'Plain' },
      { series: b, color: '#000', label: 'With BN' },
      { series: b, color: '#000' },
    ];
    expect(linesAt(lines, 19)).toBe('Step 19: Plain 0.25 · With BN 4');
    // With BN was not measured near step 12 (no value is made up between its points).
    expect(linesAt(lines, 11)).toBe('Step 11: Plain 0.5 · With BN –');
    expect(linesAt(lines, 2000)).toBe('Step 2,000: Plain – · With BN –');
    expect(linesAt(lines, null)).toBe('');
    expect(linesAt([{ series: { xs: [], ys: [], length: 0 }, color: '#000', label: 'γ' }], 5)).toBe(
      'Step 5: γ –',
    );
  });
});

describe('the replay bar’s memory figure', () => {
  it('reads in kB below a megabyte and in MB above', () => {
    expect(formatBytes(362_400)).toBe('362 kB');
    expect(formatBytes(120)).toBe('1 kB');
    expect(formatBytes(4_380_000)).toBe('4.4 MB');
  });
});
