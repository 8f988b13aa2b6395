import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  denseForward,
  denseInputGradient,
  denseWeightGradient,
} from '../../src/engine/denseKernels';
import { fillDeterministic } from '../helpers/gradientCheck';
import { LOADED } from '../helpers/timeouts';

/**
 * Inputs shaped like MNIST batches (background pixels are exact zeros, in runs): random values
 * where whole aligned 4-column blocks of a row are zero (what the weight-gradient kernel skips)
 * and whole columns of aligned 4-row blocks are zero (what the forward kernel skips), chosen by
 * `seed`.
 */
function sparse(rows: number, n: number, seed: number): Float64Array {
  const x = fillDeterministic(new Float64Array(rows * n), seed, 2);
  const pick = (a: number, b: number) => (a * 31 + b * 17 + seed * 7) % 3 === 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c + 4 <= n; c += 4) if (pick(r, c)) x.fill(0, r * n + c, r * n + c + 4);
  for (let r = 0; r + 4 <= rows; r += 4)
    for (let c = 0; c < n; c++)
      if (pick(c + 100, r)) for (let q = 0; q < 4; q++) x[(r + q) * n + c] = 0;
  return x;
}

/** How many 4-wide blocks of zeros `x` holds along rows and down columns (as ReLU outputs do). */
function zeroBlocks(x: Float64Array, rows: number, n: number) {
  let rowBlocks = 0;
  let columnBlocks = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c + 4 <= n - (n % 4); c += 4)
      if ([0, 1, 2, 3].every((q) => x[r * n + c + q] === 0)) rowBlocks++;
  for (let r = 0; r + 4 <= rows - (rows % 4); r += 4)
    for (let c = 0; c < n; c++)
      if ([0, 1, 2, 3].every((q) => x[(r + q) * n + c] === 0)) columnBlocks++;
  return { rowBlocks, columnBlocks };
}

const close = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(b[i]))));
};

/** The three kernels against plain triple loops on one shape; returns the zero blocks of x. */
function checkShape(rows: number, n: number, m: number, seed: number) {
  const x = sparse(rows, n, seed);
  const w = fillDeterministic(new Float64Array(n * m), seed + 1);
  const b = fillDeterministic(new Float64Array(m), seed + 2);
  const dy = fillDeterministic(new Float64Array(rows * m), seed + 3);
  const y = new Float64Array(rows * m);
  const dw = new Float64Array(n * m);
  const db = new Float64Array(m);
  const dx = new Float64Array(rows * n);
  denseForward(x, w, b, y, rows, n, m);
  denseWeightGradient(x, dy, dw, db, rows, n, m);
  denseInputGradient(dy, w, dx, rows, n, m);
  const yRef = new Float64Array(rows * m);
  const dwRef = new Float64Array(n * m);
  const dbRef = new Float64Array(m);
  const dxRef = new Float64Array(rows * n);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < m; j++) {
      yRef[r * m + j] = b[j];
      dbRef[j] += dy[r * m + j];
      for (let i = 0; i < n; i++) {
        yRef[r * m + j] += x[r * n + i] * w[i * m + j];
        dwRef[i * m + j] += x[r * n + i] * dy[r * m + j];
        dxRef[r * n + i] += dy[r * m + j] * w[i * m + j];
      }
    }
  close(y, yRef);
  close(dw, dwRef);
  close(db, dbRef);
  close(dx, dxRef);
  return zeroBlocks(x, rows, n);
}

describe('register-blocked dense kernels', LOADED.short, () => {
  it('agree with plain triple loops for every remainder of rows, inputs and outputs, with blocks of zeros', () => {
    let rowBlocks = 0;
    let columnBlocks = 0;
    // Sizes 4…11 give every remainder mod 4 of each dimension, each beside full 4-blocks.
    for (let rows = 4; rows <= 11; rows++)
      for (let n = 4; n <= 11; n++)
        for (let m = 1; m <= 9; m++) {
          const zeros = checkShape(rows, n, m, rows * 100 + n * 10 + m);
          rowBlocks += zeros.rowBlocks;
          columnBlocks += zeros.columnBlocks;
        }
    // The inputs did hold blocks of zeros along rows and down columns (the kernels test no value
    // for zero: the sums are the same with them).
    expect(rowBlocks).toBeGreaterThan(500);
    expect(columnBlocks).toBeGreaterThan(500);
  });

  it('agree with plain triple loops on random shapes and seeds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, n, m, seed) => void checkShape(rows, n, m, seed),
      ),
      { numRuns: 300 },
    );
  });

  it('give the bias and no kernel gradient for all-zero inputs', () => {
    const rows = 8;
    const n = 8;
    const m = 5;
    const x = new Float64Array(rows * n);
    const w = fillDeterministic(new Float64Array(n * m), 1);
    const b = fillDeterministic(new Float64Array(m), 2);
    const dy = fillDeterministic(new Float64Array(rows * m), 3);
    const y = new Float64Array(rows * m).fill(Number.NaN);
    const dw = new Float64Array(n * m).fill(Number.NaN);
    denseForward(x, w, b, y, rows, n, m);
    denseWeightGradient(x, dy, dw, new Float64Array(m), rows, n, m);
    for (let r = 0; r < rows; r++) expect([...y.subarray(r * m, (r + 1) * m)]).toEqual([...b]);
    expect([...dw]).toEqual(new Array<number>(n * m).fill(0));
  });
});
