import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  denseForward,
  denseInputGradient,
  denseWeightGradient,
} from '../../src/engine/denseKernels';
import { fillDeterministic } from '../helpers/gradientCheck';

/** Random values with about half exact zeros, like MNIST pixels. */
function sparse(length: number, seed: number): Float64Array {
  const values = fillDeterministic(new Float64Array(length), seed, 2);
  return values.map((v, i) => ((i * 7 + seed) % 3 === 0 ? 0 : v));
}

const close = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(b[i]))));
};

describe('register-blocked dense kernels', () => {
  it('agree with plain triple loops for every shape, remainders and zero inputs included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, n, m, seed) => {
          const x = sparse(rows * n, seed);
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
        },
      ),
      { numRuns: 300 },
    );
  });
});
