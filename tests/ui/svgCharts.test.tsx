import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { logGrid, type CellResult, type TwinOutcome } from '../../src/experiment/sweep';
import { OUTCOME_COLORS, PALETTE } from '../../src/ui/palette';
import { SweepChart } from '../../src/ui/SweepChart';
import { SweepMap } from '../../src/ui/SweepMap';
import { LOADED } from '../helpers/timeouts';

afterEach(cleanup);

const run = (finalLoss: number | null, before: number | null = finalLoss): TwinOutcome => ({
  finalLoss,
  lossAtThreeQuarters: before,
  bestLoss: finalLoss,
  finalAccuracy: null,
  divergedAtStep: finalLoss === null ? 12 : null,
});

// One decade apart, two seeds: plain trains at 0.01 and 0.1 only; BN from 0.001 to 1, blows up at 10.
const RATES = logGrid(0.001, 10, 5);
const PLAIN = [run(0.9), run(0.3), run(0.2), run(0.7, 0.8), run(null)];
const RESULTS: CellResult[] = RATES.flatMap((learningRate, i) =>
  [0, 1].map((seed) => ({
    index: 2 * i + seed,
    learningRate,
    initScale: 1,
    seed,
    outcomes: { plain: PLAIN[i], batchNorm: i === 4 ? run(null) : run(0.1 + 0.01 * i) },
  })),
);

describe('the sweep chart (SVG)', LOADED.short, () => {
  it('draws one square per seed in its outcome’s color and outlines the rates that train', () => {
    const { container } = render(
      <SweepChart
        results={RESULTS}
        learningRates={RATES}
        seeds={2}
        threshold={0.5}
        onPick={() => undefined}
      />,
    );
    const svg = container.querySelector('svg')!;
    const cells = [...svg.querySelectorAll('g[role="button"]')];
    expect(cells.length).toBe(10);
    const squares = (label: RegExp) => {
      const cell = cells.find((c) => label.test(c.getAttribute('aria-label') ?? ''))!;
      const rects = [...cell.querySelectorAll('rect')];
      return { frame: rects[0], fills: rects.slice(1).map((r) => r.getAttribute('fill')) };
    };
    const stalls = squares(/^Plain, η = 0.001:/);
    expect(stalls.fills).toEqual([OUTCOME_COLORS.stalls, OUTCOME_COLORS.stalls]);
    expect(stalls.frame.getAttribute('stroke')).toBe(PALETTE.line);
    const trains = squares(/^Plain, η = 0.01:/);
    expect(trains.fills).toEqual([OUTCOME_COLORS.trains, OUTCOME_COLORS.trains]);
    expect(trains.frame.getAttribute('stroke')).toBe(PALETTE.ink);
    expect(squares(/^Plain, η = 1:/).fills).toEqual([
      OUTCOME_COLORS.tooSlow,
      OUTCOME_COLORS.tooSlow,
    ]);
    expect(squares(/^With BN, η = 10:/).fills).toEqual([
      OUTCOME_COLORS.blowsUp,
      OUTCOME_COLORS.blowsUp,
    ]);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('△ lowest in budget 0.01 · ▲ highest that trains 0.1');
    expect(labels).toContain('△ lowest in budget ≤ 0.001 · ▲ highest that trains 1');
    // Each mark sits under the middle of its learning rate's cell.
    const center = (label: RegExp) => {
      const frame = squares(label).frame;
      return Number(frame.getAttribute('x')) + Number(frame.getAttribute('width')) / 2;
    };
    const marks = [...svg.querySelectorAll('text')].filter((t) => /^[△▲]$/.test(t.textContent));
    expect(marks.map((t) => t.textContent)).toEqual(['△', '▲', '△', '▲']);
    const at = marks.map((t) => Number(t.getAttribute('x')));
    expect(at[0]).toBeCloseTo(center(/^Plain, η = 0.01:/), 9);
    expect(at[1]).toBeCloseTo(center(/^Plain, η = 0.1:/), 9);
    expect(at[2]).toBeCloseTo(center(/^With BN, η = 0.001:/), 9);
    expect(at[3]).toBeCloseTo(center(/^With BN, η = 1:/), 9);
    for (const tick of ['0.001', '0.01', '0.1', '1', '10']) expect(labels).toContain(tick);
    expect(svg.outerHTML).toMatchSnapshot();
  });
});

describe('the sweep map (SVG)', LOADED.short, () => {
  it('colors each cell by its commonest outcome, counts the seeds that train, outlines stable cells', () => {
    const scales = [0.5, 2];
    const results = scales.flatMap((initScale, s) =>
      RESULTS.map((r) => ({ ...r, index: r.index + 10 * s, initScale })),
    );
    const { container } = render(
      <SweepMap
        results={results}
        learningRates={RATES}
        initScales={scales}
        threshold={0.5}
        onPick={() => undefined}
      />,
    );
    const cells = [...container.querySelectorAll('g[role="button"]')];
    expect(cells.length).toBe(2 * 5 * 2);
    const fills = cells.map((c) => c.querySelector('rect')!.getAttribute('fill'));
    expect(fills.filter((f) => f === OUTCOME_COLORS.blowsUp).length).toBe(4);
    expect(fills.filter((f) => f === OUTCOME_COLORS.trains).length).toBe(2 * (2 + 4));
    const texts = cells.map((c) => c.querySelector('text')!.textContent);
    expect(texts.filter((t) => t === '2/2').length).toBe(12);
    expect(container.querySelector('svg')!.outerHTML).toMatchSnapshot();
  });
});
