import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denseForward, denseWeightGradient } from '../../src/engine/denseKernels';
import { DenseLayer } from '../../src/engine/dense';
import {
  DenseScratch,
  packRowPanels,
  sparseForward,
  sparseWeightGradient,
} from '../../src/engine/sparseKernels';
import { fillDeterministic } from '../helpers/gradientCheck';
import { LOADED } from '../helpers/timeouts';

/** Rows × n values where a share `zeros` of them are exact zeros (like MNIST's background). */
function mostlyZeros(rows: number, n: number, zeros: number, seed: number): Float64Array {
  const x = fillDeterministic(new Float64Array(rows * n), seed, 2);
  const u = fillDeterministic(new Float64Array(rows * n), seed + 50, 1);
  for (let i = 0; i < x.length; i++) if ((u[i] + 1) / 2 < zeros) x[i] = 0;
  return x;
}

/** The sparse kernels' outputs and the dense kernels' on one shape. */
function both(rows: number, n: number, m: number, zeros: number, seed: number) {
  const x = mostlyZeros(rows, n, zeros, seed);
  const w = fillDeterministic(new Float64Array(n * m), seed + 1);
  const b = fillDeterministic(new Float64Array(m), seed + 2);
  const dy = fillDeterministic(new Float64Array(rows * m), seed + 3);
  const dense = {
    y: new Float64Array(rows * m),
    dw: new Float64Array(n * m),
    db: new Float64Array(m),
  };
  const sparse = {
    y: new Float64Array(rows * m),
    dw: new Float64Array(n * m),
    db: new Float64Array(m),
  };
  denseForward(x, w, b, dense.y, rows, n, m);
  denseWeightGradient(x, dy, dense.dw, dense.db, rows, n, m);
  // Scratch sized for more rows than used, as a layer's is (its capacity).
  const scratch = new DenseScratch(rows + 5, n, m);
  const share = packRowPanels(x, rows, n, scratch);
  sparseForward(w, b, sparse.y, rows, n, m, scratch);
  sparseWeightGradient(x, dy, sparse.dw, sparse.db, rows, n, m, scratch);
  return { dense, sparse, share, x };
}

/** The share of (row pair, column) entries with a non-zero, counted plainly. */
function keptShare(x: Float64Array, rows: number, n: number): number {
  let kept = 0;
  const blocks = Math.ceil(rows / 2);
  for (let block = 0; block < blocks; block++)
    for (let i = 0; i < n; i++) {
      let any = false;
      for (let r = block * 2; r < Math.min(rows, block * 2 + 2); r++) any ||= x[r * n + i] !== 0;
      if (any) kept++;
    }
  return kept / (blocks * n);
}

describe('sparse first-layer kernels', LOADED.short, () => {
  it('give the dense kernels’ results bit for bit, for every remainder of rows, inputs and outputs', () => {
    for (let rows = 1; rows <= 9; rows++)
      for (let n = 1; n <= 9; n++)
        for (let m = 1; m <= 9; m++) {
          const { dense, sparse, share, x } = both(rows, n, m, 0.7, rows * 100 + n * 10 + m);
          expect(sparse.y).toEqual(dense.y);
          expect(sparse.dw).toEqual(dense.dw);
          expect(sparse.db).toEqual(dense.db);
          expect(share).toBeCloseTo(keptShare(x, rows, n), 12);
        }
  });

  it('agree on random shapes and sparsities (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, n, m, zeros, seed) => {
          const { dense, sparse } = both(rows, n, m, zeros, seed);
          expect(sparse.y).toEqual(dense.y);
          expect(sparse.dw).toEqual(dense.dw);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep a third of an MNIST-like batch’s columns and stop early on a dense one', () => {
    // 60 rows of 784, 81% zeros: a 2-row panel keeps a column with probability 1 − 0.81² ≈ 0.34
    // when zeros fall independently; MNIST's fall where the digit is not, so fewer are kept (29%).
    const rows = 60;
    const n = 784;
    const scratch = new DenseScratch(rows, n, 100);
    const x = mostlyZeros(rows, n, 0.81, 7);
    expect(packRowPanels(x, rows, n, scratch)).toBeCloseTo(keptShare(x, rows, n), 12);
    expect(keptShare(x, rows, n)).toBeGreaterThan(0.3);
    expect(keptShare(x, rows, n)).toBeLessThan(0.39);
    const dense = fillDeterministic(new Float64Array(rows * n), 3);
    expect(packRowPanels(dense, rows, n, scratch, 0.6)).toBe(1);
    // Past the limit, packing stops and reports the input as dense.
    expect(packRowPanels(x, rows, n, scratch, 0.2)).toBe(1);
  });

  it('a first layer on a sparse batch gives the same output and gradients as on its dense twin', () => {
    const rows = 24;
    const n = 40;
    const m = 12;
    const sparseLayer = new DenseLayer('d', n, m, 32, false);
    const denseLayer = new DenseLayer('d', n, m, 32, true);
    const w = fillDeterministic(new Float64Array(n * m), 5);
    sparseLayer.kernel.values.set(w);
    denseLayer.kernel.values.set(w);
    const x = mostlyZeros(rows, n, 0.9, 11);
    const dy = fillDeterministic(new Float64Array(rows * m), 12);
    expect(sparseLayer.forward(x, rows).subarray(0, rows * m)).toEqual(
      denseLayer.forward(x, rows).subarray(0, rows * m),
    );
    sparseLayer.backward(dy, rows);
    denseLayer.backward(dy, rows);
    expect(sparseLayer.kernel.gradients).toEqual(denseLayer.kernel.gradients);
    expect(sparseLayer.bias.gradients).toEqual(denseLayer.bias.gradients);
  });
});
