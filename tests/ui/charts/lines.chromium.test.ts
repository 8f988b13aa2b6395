import { describe, expect, it } from 'vitest';
import { drawLines } from '../../../src/ui/charts/lines';
import { canvas, near, pixel, rgb } from './pixels';

// drawLines' plot area on a 300 × 150 canvas: x from 58 to 290, y from 8 to 128.
const W = 300;
const H = 150;
const RED = rgb('#ff0000');
const BLUE = rgb('#0000ff');

describe('drawLines in Chromium', () => {
  it('draws a series where its scales say, in its color', () => {
    const c = canvas(W, H);
    const series = { xs: [0, 50, 100], ys: [0.5, 0.5, 0.5], length: 3 };
    drawLines(c, W, H, [{ series, color: '#ff0000', width: 3 }], {
      yDomain: [0, 1],
      yLabel: 'loss',
    });
    // 0.5 of the domain [0, 1] is halfway down the plot: y = 68.
    expect(pixel(c, 174, 68)).toEqual([...RED, 255]);
    expect(pixel(c, 250, 68)).toEqual([...RED, 255]);
    expect(near(pixel(c, 174, 60), RED)).toBe(false);
    expect(near(pixel(c, 174, 76), RED)).toBe(false);
  });

  it('places values on a log axis by their logarithm', () => {
    const c = canvas(W, H);
    // From 0.01 to 1, nice()d to itself: 0.1 sits halfway up.
    const series = { xs: [0, 100], ys: [0.1, 0.1], length: 2 };
    const edges = { xs: [0, 100], ys: [0.01, 1], length: 2 };
    drawLines(
      c,
      W,
      H,
      [
        { series, color: '#ff0000', width: 3 },
        { series: edges, color: '#0000ff', width: 1, alpha: 0 },
      ],
      { log: true, yLabel: 'loss' },
    );
    expect(pixel(c, 174, 68)).toEqual([...RED, 255]);
    expect(near(pixel(c, 174, 40), RED)).toBe(false);
  });

  it('marks an event with a vertical line in its color at its step', () => {
    const c = canvas(W, H);
    const series = { xs: [0, 100], ys: [0, 1], length: 2 };
    drawLines(c, W, H, [{ series, color: '#999999', width: 1 }], {
      yDomain: [0, 1],
      yLabel: 'loss',
      markers: [{ step: 50, label: 'BN diverged', color: '#0000ff' }],
    });
    // Step 50 of 0…100 is x = 174; the dashed line covers some of the plot's height there.
    let blue = 0;
    for (let y = 10; y < 126; y++) if (near(pixel(c, 174, y), BLUE, 40)) blue++;
    expect(blue).toBeGreaterThan(40);
    let elsewhere = 0;
    for (let y = 10; y < 126; y++) if (near(pixel(c, 120, y), BLUE, 40)) elsewhere++;
    expect(elsewhere).toBe(0);
  });

  it('writes the axis labels: the step ticks under the plot, the value ticks to its left', () => {
    const c = canvas(W, H);
    drawLines(c, W, H, [], { yDomain: [0, 1], yLabel: 'accuracy' });
    const inked = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let x = x0; x < x1; x++) for (let y = y0; y < y1; y++) if (pixel(c, x, y)[3] > 100) n++;
      return n;
    };
    expect(inked(20, 54, 8, 128)).toBeGreaterThan(30);
    expect(inked(58, 290, 132, 150)).toBeGreaterThan(20);
  });

  it('keeps a calm series readable beside one that blew up to 8e305, drawn at the edge', () => {
    const c = canvas(W, H);
    const xs = Array.from({ length: 101 }, (_, i) => i);
    // A loss falling from 0.7 to 0.2 …
    const calm = { xs, ys: xs.map((i) => 0.7 - i / 200), length: 101 };
    // … and one that explodes at step 80.
    const blown = { xs, ys: xs.map((i) => (i < 80 ? 0.7 : 8 * 10 ** (i - 80 + 285))), length: 101 };
    drawLines(
      c,
      W,
      H,
      [
        { series: calm, color: '#ff0000', width: 2 },
        { series: blown, color: '#0000ff', width: 2 },
      ],
      { yLabel: 'loss' },
    );
    // The calm loss still spans much of the plot's height (on a 0…8e305 axis it would be flat).
    const rows: number[] = [];
    for (let y = 8; y < 128; y++)
      for (let x = 80; x < 288; x += 2)
        if (near(pixel(c, x, y), RED, 60)) {
          rows.push(y);
          break;
        }
    expect(Math.max(...rows) - Math.min(...rows)).toBeGreaterThan(40);
    // The runaway part is drawn along the top edge of the plot, not off the canvas.
    let top = 0;
    for (let x = 240; x < 288; x += 2)
      if (near(pixel(c, x, 8), BLUE, 80) || near(pixel(c, x, 9), BLUE, 80)) top++;
    expect(top).toBeGreaterThan(10);
  });
});
