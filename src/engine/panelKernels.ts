import { biasGradient } from './denseKernels';

/**
 * Matrix kernels of the Dense layer for layers of 1,000 weights or more (both sides 4 or more; the
 * small kernels of denseKernels.ts keep the tiny nets): same results, bit for bit, in the same
 * order of summation (bias first, then ascending index).
 *
 * What makes them faster under V8 (measured in `npm run bench`, against the small kernels on the
 * same shapes):
 * - **2 × 4 register blocks** (8 accumulators, 6 loads per 8 multiply-adds). A 4 × 4 block needs
 *   16 accumulators, all of x86-64's 16 vector registers, so V8 spills some to the stack.
 * - **Operands repacked into panels** read with indices that step by a constant (k += 4), instead
 *   of `i * m + j` recomputed, each with its overflow check, for every load.
 * - **Zero-padded panels**: a panel past the last row or column holds zeros, so the loops have no
 *   remainder cases; only the stores test for the edge.
 */

/** Scratch space of one layer's panel kernels, sized once for `rows × n` inputs. */
export class PanelScratch {
  /** Forward: the kernel (n × m) as 4-column panels: panel p holds w[i][4p..4p+3], i ascending. */
  readonly kernelColumns: Float64Array;
  /** Input gradient: the kernel as 4-row panels: panel p holds w[4p..4p+3][j], j ascending. */
  readonly kernelRows: Float64Array;
  /** Weight gradient: the input as 2-column panels: panel p holds x[r][2p..2p+1], r ascending. */
  readonly inputPairs: Float64Array;
  /** Weight gradient: ∂L/∂y as 4-column panels: panel p holds dy[r][4p..4p+3], r ascending. */
  readonly gradientColumns: Float64Array;

  constructor(
    readonly rows: number,
    readonly n: number,
    readonly m: number,
  ) {
    const m4 = roundUp(m, 4);
    this.kernelColumns = new Float64Array(n * m4);
    this.kernelRows = new Float64Array(roundUp(n, 4) * m);
    this.inputPairs = new Float64Array(roundUp(n, 2) * rows);
    this.gradientColumns = new Float64Array(rows * m4);
  }
}

export const roundUp = (value: number, step: number) => Math.ceil(value / step) * step;

/**
 * Packs a row-major n × m matrix (the kernel, or ∂L/∂y with n = rows) as 4-column panels into
 * `out`: panel p holds a[i][4p..4p+3], i ascending (zeros past column m).
 */
export function packFourColumns(w: Float64Array, n: number, m: number, out: Float64Array): void {
  let at = 0;
  for (let j = 0; j < m; j += 4) {
    if (j + 4 <= m) {
      for (let i = 0, o = j; i < n; i++, o += m, at += 4) {
        out[at] = w[o];
        out[at + 1] = w[o + 1];
        out[at + 2] = w[o + 2];
        out[at + 3] = w[o + 3];
      }
    } else {
      for (let i = 0, o = j; i < n; i++, o += m, at += 4)
        for (let q = 0; q < 4; q++) out[at + q] = j + q < m ? w[o + q] : 0;
    }
  }
}

/** Writes a 4-wide run of outputs at y[o…], only the first `count` of them (≤ 4). */
export function put4(
  y: Float64Array,
  o: number,
  count: number,
  a0: number,
  a1: number,
  a2: number,
  a3: number,
): void {
  if (count >= 4) {
    y[o] = a0;
    y[o + 1] = a1;
    y[o + 2] = a2;
    y[o + 3] = a3;
    return;
  }
  y[o] = a0;
  if (count > 1) y[o + 1] = a1;
  if (count > 2) y[o + 2] = a2;
}

/** y[r][j] = b[j] + Σ_i x[r][i]·w[i][j], for r < rows (x: rows × n, w: n × m). */
export function panelForward(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array,
  y: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: PanelScratch,
): void {
  const wp = s.kernelColumns;
  packFourColumns(w, n, m, wp);
  const r2 = rows - (rows % 2);
  for (let j = 0; j < m; j += 4) {
    const count = Math.min(4, m - j);
    const b0 = b[j];
    const b1 = count > 1 ? b[j + 1] : 0;
    const b2 = count > 2 ? b[j + 2] : 0;
    const b3 = count > 3 ? b[j + 3] : 0;
    const panel = j * n;
    for (let r = 0; r < r2; r += 2) {
      let a00 = b0, a01 = b1, a02 = b2, a03 = b3; // prettier-ignore
      let a10 = b0, a11 = b1, a12 = b2, a13 = b3; // prettier-ignore
      let p = r * n;
      const end = p + n;
      for (let k = panel; p < end; p++, k += 4) {
        const v0 = x[p];
        const v1 = x[p + n];
        const w0 = wp[k];
        const w1 = wp[k + 1];
        const w2 = wp[k + 2];
        const w3 = wp[k + 3];
        a00 += v0 * w0;
        a01 += v0 * w1;
        a02 += v0 * w2;
        a03 += v0 * w3; // prettier-ignore
        a10 += v1 * w0;
        a11 += v1 * w1;
        a12 += v1 * w2;
        a13 += v1 * w3; // prettier-ignore
      }
      put4(y, r * m + j, count, a00, a01, a02, a03);
      put4(y, (r + 1) * m + j, count, a10, a11, a12, a13);
    }
    if (r2 < rows) {
      let a0 = b0, a1 = b1, a2 = b2, a3 = b3; // prettier-ignore
      let p = r2 * n;
      const end = p + n;
      for (let k = panel; p < end; p++, k += 4) {
        const v = x[p];
        a0 += v * wp[k];
        a1 += v * wp[k + 1];
        a2 += v * wp[k + 2];
        a3 += v * wp[k + 3];
      }
      put4(y, r2 * m + j, count, a0, a1, a2, a3);
    }
  }
}

/** dw[i][j] = Σ_r x[r][i]·dy[r][j] and db[j] = Σ_r dy[r][j] (x: rows × n, dy: rows × m). */
export function panelWeightGradient(
  x: Float64Array,
  dy: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: PanelScratch,
): void {
  biasGradient(dy, db, rows, m);
  const { inputPairs: xp, gradientColumns: gp } = s;
  // The input as 2-column panels (a zero column past n).
  let at = 0;
  for (let i = 0; i < n; i += 2) {
    if (i + 1 < n) {
      for (let r = 0, o = i; r < rows; r++, o += n, at += 2) {
        xp[at] = x[o];
        xp[at + 1] = x[o + 1];
      }
    } else {
      for (let r = 0, o = i; r < rows; r++, o += n, at += 2) {
        xp[at] = x[o];
        xp[at + 1] = 0;
      }
    }
  }
  packFourColumns(dy, rows, m, gp);
  // One panel of ∂L/∂y (rows × 4) stays in L1 while every pair of input columns passes it.
  for (let j = 0; j < m; j += 4) {
    const count = Math.min(4, m - j);
    const panel = j * rows;
    for (let i = 0; i < n; i += 2) {
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      let k = i * rows;
      const end = k + 2 * rows;
      for (let d = panel; k < end; k += 2, d += 4) {
        const v0 = xp[k];
        const v1 = xp[k + 1];
        const g0 = gp[d];
        const g1 = gp[d + 1];
        const g2 = gp[d + 2];
        const g3 = gp[d + 3];
        a00 += v0 * g0;
        a01 += v0 * g1;
        a02 += v0 * g2;
        a03 += v0 * g3; // prettier-ignore
        a10 += v1 * g0;
        a11 += v1 * g1;
        a12 += v1 * g2;
        a13 += v1 * g3; // prettier-ignore
      }
      put4(dw, i * m + j, count, a00, a01, a02, a03);
      if (i + 1 < n) put4(dw, (i + 1) * m + j, count, a10, a11, a12, a13);
    }
  }
}

/** dx[r][i] = Σ_j dy[r][j]·w[i][j] (dy: rows × m, w: n × m). */
export function panelInputGradient(
  dy: Float64Array,
  w: Float64Array,
  dx: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: PanelScratch,
): void {
  const wr = s.kernelRows;
  // The kernel as 4-row panels, the 4 rows' values side by side (zeros past row n).
  let at = 0;
  for (let i = 0; i < n; i += 4) {
    const o0 = i * m;
    if (i + 4 <= n) {
      for (let j = 0; j < m; j++, at += 4) {
        wr[at] = w[o0 + j];
        wr[at + 1] = w[o0 + m + j];
        wr[at + 2] = w[o0 + 2 * m + j];
        wr[at + 3] = w[o0 + 3 * m + j];
      }
    } else {
      for (let j = 0; j < m; j++, at += 4)
        for (let q = 0; q < 4; q++) wr[at + q] = i + q < n ? w[o0 + q * m + j] : 0;
    }
  }
  const r2 = rows - (rows % 2);
  for (let i = 0; i < n; i += 4) {
    const count = Math.min(4, n - i);
    const panel = i * m;
    for (let r = 0; r < r2; r += 2) {
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      let p = r * m;
      const end = p + m;
      for (let k = panel; p < end; p++, k += 4) {
        const g0 = dy[p];
        const g1 = dy[p + m];
        const u0 = wr[k];
        const u1 = wr[k + 1];
        const u2 = wr[k + 2];
        const u3 = wr[k + 3];
        a00 += g0 * u0;
        a01 += g0 * u1;
        a02 += g0 * u2;
        a03 += g0 * u3; // prettier-ignore
        a10 += g1 * u0;
        a11 += g1 * u1;
        a12 += g1 * u2;
        a13 += g1 * u3; // prettier-ignore
      }
      put4(dx, r * n + i, count, a00, a01, a02, a03);
      put4(dx, (r + 1) * n + i, count, a10, a11, a12, a13);
    }
    if (r2 < rows) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0; // prettier-ignore
      let p = r2 * m;
      const end = p + m;
      for (let k = panel; p < end; p++, k += 4) {
        const g = dy[p];
        a0 += g * wr[k];
        a1 += g * wr[k + 1];
        a2 += g * wr[k + 2];
        a3 += g * wr[k + 3];
      }
      put4(dx, r2 * n + i, count, a0, a1, a2, a3);
    }
  }
}
