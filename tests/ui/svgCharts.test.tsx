import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { logGrid, type CellResult, type TwinOutcome } from '../../src/experiment/sweep';
import { SweepChart } from '../../src/ui/SweepChart';
import { SweepMap } from '../../src/ui/SweepMap';
import { LOADED } from '../helpers/timeouts';

afterEach(cleanup);

const outcome = (finalLoss: number | null, divergedAtStep: number | null = null): TwinOutcome => ({
  finalLoss,
  bestLoss: finalLoss,
  finalAccuracy: null,
  divergedAtStep,
});

// One decade apart: plain stable (loss < 0.5) at 0.01 and 0.1; BN from 0.001 to 1, diverged at 10.
const RATES = logGrid(0.001, 10, 5);
const PLAIN = [0.9, 0.3, 0.2, 0.7, 0.8];
const RESULTS: CellResult[] = RATES.map((learningRate, i) => ({
  index: i,
  learningRate,
  initScale: 1,
  outcomes: {
    plain: outcome(PLAIN[i]),
    batchNorm: i === 4 ? outcome(null, 12) : outcome(0.1 + 0.01 * i),
  },
}));

describe('the sweep chart (SVG)', LOADED.short, () => {
  it('draws each finite loss as a point, each divergence as ×, and each stable range to scale', () => {
    const { container } = render(
      <SweepChart
        results={RESULTS}
        learningRates={RATES}
        threshold={0.5}
        onPick={() => undefined}
      />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('circle').length).toBe(9);
    expect([...svg.querySelectorAll('text')].filter((t) => t.textContent === '×').length).toBe(1);
    // The x axis spans five decades (half a grid step beyond each end) over 530 pixels.
    const perDecade = (600 - 14 - 56) / 5;
    const width = (name: string) =>
      Number(svg.querySelector(`rect[aria-label="${name} stable range"]`)!.getAttribute('width'));
    expect(width('Plain')).toBeCloseTo(2 * perDecade, 6);
    expect(width('With BN')).toBeCloseTo(4 * perDecade, 6);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const tick of ['0.001', '0.01', '0.1', '1', '10']) expect(labels).toContain(tick);
    expect(svg.outerHTML).toMatchSnapshot();
  });
});

describe('the sweep map (SVG)', LOADED.short, () => {
  it('colors each cell by its loss on one scale, diverged cells gray with ×', () => {
    const scales = [0.5, 2];
    const results = scales.flatMap((initScale, s) =>
      RESULTS.map((r) => ({ ...r, index: r.index + 5 * s, initScale })),
    );
    const { container } = render(
      <SweepMap
        results={results}
        learningRates={RATES}
        initScales={scales}
        onPick={() => undefined}
      />,
    );
    const cells = [...container.querySelectorAll('g[role="button"] rect')];
    expect(cells.length).toBe(2 * 5 * 2);
    const fills = cells.map((c) => c.getAttribute('fill'));
    expect(fills.filter((f) => f === '#9a9a9a').length).toBe(2);
    // The lowest loss is the brightest color of the scale, the highest the darkest.
    expect(new Set(fills).size).toBeGreaterThan(5);
    expect(container.querySelector('svg')!.outerHTML).toMatchSnapshot();
  });
});
