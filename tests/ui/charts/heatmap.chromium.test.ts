import { describe, expect, it } from 'vitest';
import type { TapFrame } from '../../../src/protocol/frames';
import { TapHistory } from '../../../src/state/tapHistory';
import { drawBoundary, probabilityColor } from '../../../src/ui/charts/boundary';
import { DensityCache, drawHeatmap } from '../../../src/ui/charts/heatmap';
import { drawMarginal } from '../../../src/ui/charts/marginal';
import { PALETTE, TWIN_COLORS } from '../../../src/ui/palette';
import { canvas, near, pixel, rgb } from './pixels';

/** A tap frame over [−1, 1] in four bins with the given counts and percentiles. */
function tap(counts: number[], p: [number, number, number]): TapFrame {
  return {
    counts: Float32Array.from(counts),
    low: -1,
    high: 1,
    below: 0,
    above: 0,
    percentiles: [p[0], ...p, p[2]],
    mean: 0,
    std: 1,
    fractionSaturated: 0,
    drift: null,
    driftFromStart: 0,
    relativeDrift: 0,
    vanished: false,
  };
}

describe('drawHeatmap in Chromium', () => {
  // 300 × 130 with margins left 40, right 6, top 4, bottom 16: the value 1 at y = 4, −1 at 114.
  it('darkens the rows where the values are, and draws the percentile lines in the twin’s color', () => {
    const history = new TapHistory(4, 16);
    for (let step = 1; step <= 8; step++)
      history.push(step, tap([0, 0, 0, 10], [-0.5, -0.5, -0.5]));
    const c = canvas(300, 130);
    drawHeatmap(c, 300, 130, history, [-1, 1], TWIN_COLORS.plain, new DensityCache());
    // All the mass in [0.5, 1]: darkest there (y 4 … 31), paper elsewhere.
    expect(near(pixel(c, 170, 18), rgb(PALETTE.dense), 6)).toBe(true);
    expect(near(pixel(c, 170, 72), rgb(PALETTE.paper), 6)).toBe(true);
    // The 15/50/85th percentiles at −0.5: y = 86.5, in the plain twin's color.
    let colored = 0;
    for (let y = 84; y <= 89; y++)
      if (near(pixel(c, 170, y), rgb(TWIN_COLORS.plain), 20)) colored++;
    expect(colored).toBeGreaterThan(0);
  });
});

describe('drawMarginal in Chromium', () => {
  it('fills each twin’s current histogram in its color, on the shared value axis', () => {
    const c = canvas(90, 130);
    drawMarginal(
      c,
      90,
      130,
      {
        plain: {
          preActivation: tap([0, 0, 0, 10], [0.7, 0.75, 0.8]),
          postActivation: tap([1, 1, 1, 1], [0, 0, 0]),
        },
        batchNorm: {
          preActivation: tap([10, 0, 0, 0], [-0.8, -0.75, -0.7]),
          postActivation: tap([1, 1, 1, 1], [0, 0, 0]),
        },
      },
      'preActivation',
      [-1, 1],
    );
    const plainPixel = pixel(c, 20, 18);
    const bnPixel = pixel(c, 20, 100);
    expect(near(plainPixel.slice(0, 3), rgb(TWIN_COLORS.plain), 3)).toBe(true);
    expect(near(bnPixel.slice(0, 3), rgb(TWIN_COLORS.batchNorm), 3)).toBe(true);
    // Translucent fills (alpha 0.45); nothing between the two bins.
    expect(Math.abs(plainPixel[3] - 0.45 * 255)).toBeLessThan(3);
    expect(pixel(c, 20, 60)[3]).toBe(0);
  });
});

describe('drawBoundary in Chromium', () => {
  const domain = { resolution: 40, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

  it('tints the plane by P(class 1) and draws the points in their class colors where they are', () => {
    const c = canvas(200, 200);
    const values = new Float32Array(40 * 40).fill(1);
    const boundary = { ...domain, values: { plain: values, batchNorm: values } };
    const points = {
      x: Float32Array.from([0.5, 0.5, -0.5, -0.5]),
      y: Float32Array.from([0, 1]),
      count: 2,
    };
    drawBoundary(c, 200, boundary, values, points, document.createElement('canvas'));
    expect(near(pixel(c, 20, 100), probabilityColor(1), 2)).toBe(true);
    // (0.5, 0.5) is at (150, 50); (−0.5, −0.5) at (50, 150).
    expect(near(pixel(c, 150, 50), rgb(PALETTE.class0), 10)).toBe(true);
    expect(near(pixel(c, 50, 150), rgb(PALETTE.class1), 10)).toBe(true);
  });

  it('says "blew up" instead of a tint for a twin without values', () => {
    const c = canvas(200, 200);
    const boundary = { ...domain, values: { plain: null, batchNorm: null } };
    drawBoundary(c, 200, boundary, null, undefined, document.createElement('canvas'));
    let ink = 0;
    for (let x = 80; x < 120; x++)
      for (let y = 92; y < 104; y++) if (near(pixel(c, x, y), rgb(PALETTE.ink), 60)) ink++;
    expect(ink).toBeGreaterThan(10);
    expect(near(pixel(c, 20, 20), rgb(PALETTE.grid), 2)).toBe(true);
  });
});
