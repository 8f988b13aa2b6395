import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  denseForward,
  denseInputGradient,
  denseWeightGradient,
} from '../../src/engine/denseKernels';
import { DenseLayer } from '../../src/engine/dense';
import {
  PanelScratch,
  panelForward,
  panelInputGradient,
  panelWeightGradient,
} from '../../src/engine/panelKernels';
import { fillDeterministic } from '../helpers/gradientCheck';
import { LOADED } from '../helpers/timeouts';

/** The panel kernels' outputs and the small blocked kernels' on one shape. */
function both(rows: number, n: number, m: number, seed: number) {
  const x = fillDeterministic(new Float64Array(rows * n), seed, 2);
  const w = fillDeterministic(new Float64Array(n * m), seed + 1);
  const b = fillDeterministic(new Float64Array(m), seed + 2);
  const dy = fillDeterministic(new Float64Array(rows * m), seed + 3);
  const outputs = () => ({
    y: new Float64Array(rows * m).fill(Number.NaN),
    dw: new Float64Array(n * m).fill(Number.NaN),
    db: new Float64Array(m).fill(Number.NaN),
    dx: new Float64Array(rows * n).fill(Number.NaN),
  });
  const small = outputs();
  const panel = outputs();
  denseForward(x, w, b, small.y, rows, n, m);
  denseWeightGradient(x, dy, small.dw, small.db, rows, n, m);
  denseInputGradient(dy, w, small.dx, rows, n, m);
  // Scratch sized for more rows than used, as a layer's is (its capacity); run twice so that
  // what the first call leaves in the panels cannot leak into the second's results.
  const scratch = new PanelScratch(rows + 3, n, m);
  for (let pass = 0; pass < 2; pass++) {
    panelForward(x, w, b, panel.y, rows, n, m, scratch);
    panelWeightGradient(x, dy, panel.dw, panel.db, rows, n, m, scratch);
    panelInputGradient(dy, w, panel.dx, rows, n, m, scratch);
  }
  return { small, panel };
}

describe('panel kernels', LOADED.short, () => {
  it('give the small kernels’ results bit for bit, for every remainder of rows, inputs and outputs', () => {
    for (let rows = 1; rows <= 9; rows++)
      for (let n = 1; n <= 9; n++)
        for (let m = 1; m <= 9; m++) {
          const { small, panel } = both(rows, n, m, rows * 100 + n * 10 + m);
          expect(panel.y).toEqual(small.y);
          expect(panel.dw).toEqual(small.dw);
          expect(panel.db).toEqual(small.db);
          expect(panel.dx).toEqual(small.dx);
          expect(panel.y.some(Number.isNaN)).toBe(false);
        }
  });

  it('agree on random shapes (fast-check), including the paper’s 784 → 100 and 100 → 10', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, n, m, seed) => {
          const { small, panel } = both(rows, n, m, seed);
          expect(panel.y).toEqual(small.y);
          expect(panel.dw).toEqual(small.dw);
          expect(panel.dx).toEqual(small.dx);
        },
      ),
      { numRuns: 150 },
    );
    for (const [n, m] of [
      [784, 100],
      [100, 10],
    ]) {
      const { small, panel } = both(60, n, m, n + m);
      expect(panel.y).toEqual(small.y);
      expect(panel.dw).toEqual(small.dw);
      expect(panel.dx).toEqual(small.dx);
    }
  });

  it('a wide layer gives the values of the plain formulas (y = xW + b, ∂L/∂W = xᵀ·dy, ∂L/∂x = dy·Wᵀ)', () => {
    const rows = 5;
    const n = 37;
    const m = 30; // 1,110 weights: a layer that takes the panel kernels
    const layer = new DenseLayer('d', n, m, 8);
    const w = layer.kernel.values;
    w.set(fillDeterministic(new Float64Array(n * m), 4));
    layer.bias.values.set(fillDeterministic(new Float64Array(m), 5));
    const x = fillDeterministic(new Float64Array(rows * n), 6);
    const dy = fillDeterministic(new Float64Array(rows * m), 7);
    const y = layer.forward(x, rows);
    const dx = layer.backward(dy, rows);
    for (let r = 0; r < rows; r++)
      for (let j = 0; j < m; j++) {
        let sum = layer.bias.values[j];
        for (let i = 0; i < n; i++) sum += x[r * n + i] * w[i * m + j];
        expect(y[r * m + j]).toBe(sum);
      }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += x[r * n + i] * dy[r * m + j];
        expect(layer.kernel.gradients[i * m + j]).toBe(sum);
      }
    for (let r = 0; r < rows; r++)
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < m; j++) sum += dy[r * m + j] * w[i * m + j];
        expect(dx[r * n + i]).toBe(sum);
      }
  });
});
