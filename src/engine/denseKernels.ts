/**
 * Matrix kernels of the Dense layer, register-blocked 4 × 4: each step of the inner loop loads 4
 * values of each operand and does 16 multiply-adds into 16 local accumulators, instead of one
 * load–multiply–add–store per element. Remainders (sizes not divisible by 4) take plain loops.
 * All matrices are row-major Float64Arrays. These are the small nets' kernels (layers under 1,000
 * weights), where their few loops cost less than packing; wider layers take panelKernels.ts (2 × 4
 * blocks that stay in registers), sparse inputs (MNIST's first layer) sparseKernels.ts, all giving
 * the same bits. These test no value for zero, which on a dense input is work lost.
 */

/** y[r][j] = b[j] + Σ_i x[r][i]·w[i][j], for r < rows (x: rows × n, w: n × m). */
export function denseForward(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array,
  y: Float64Array,
  rows: number,
  n: number,
  m: number,
): void {
  const r4 = rows - (rows % 4);
  const m4 = m - (m % 4);
  for (let r = 0; r < r4; r += 4) {
    const x0 = r * n;
    const x1 = x0 + n;
    const x2 = x1 + n;
    const x3 = x2 + n;
    for (let j = 0; j < m4; j += 4) {
      let a00 = b[j], a01 = b[j + 1], a02 = b[j + 2], a03 = b[j + 3]; // prettier-ignore
      let a10 = a00, a11 = a01, a12 = a02, a13 = a03; // prettier-ignore
      let a20 = a00, a21 = a01, a22 = a02, a23 = a03; // prettier-ignore
      let a30 = a00, a31 = a01, a32 = a02, a33 = a03; // prettier-ignore
      for (let i = 0; i < n; i++) {
        const v0 = x[x0 + i];
        const v1 = x[x1 + i];
        const v2 = x[x2 + i];
        const v3 = x[x3 + i];
        const wi = i * m + j;
        const w0 = w[wi];
        const w1 = w[wi + 1];
        const w2 = w[wi + 2];
        const w3 = w[wi + 3];
        a00 += v0 * w0;
        a01 += v0 * w1;
        a02 += v0 * w2;
        a03 += v0 * w3; // prettier-ignore
        a10 += v1 * w0;
        a11 += v1 * w1;
        a12 += v1 * w2;
        a13 += v1 * w3; // prettier-ignore
        a20 += v2 * w0;
        a21 += v2 * w1;
        a22 += v2 * w2;
        a23 += v2 * w3; // prettier-ignore
        a30 += v3 * w0;
        a31 += v3 * w1;
        a32 += v3 * w2;
        a33 += v3 * w3; // prettier-ignore
      }
      const y0 = r * m + j;
      y[y0] = a00;
      y[y0 + 1] = a01;
      y[y0 + 2] = a02;
      y[y0 + 3] = a03; // prettier-ignore
      y[y0 + m] = a10;
      y[y0 + m + 1] = a11;
      y[y0 + m + 2] = a12;
      y[y0 + m + 3] = a13; // prettier-ignore
      y[y0 + 2 * m] = a20;
      y[y0 + 2 * m + 1] = a21;
      y[y0 + 2 * m + 2] = a22;
      y[y0 + 2 * m + 3] = a23; // prettier-ignore
      y[y0 + 3 * m] = a30;
      y[y0 + 3 * m + 1] = a31;
      y[y0 + 3 * m + 2] = a32;
      y[y0 + 3 * m + 3] = a33; // prettier-ignore
    }
    for (let j = m4; j < m; j++) {
      for (let q = 0; q < 4; q++) {
        const row = (r + q) * n;
        let sum = b[j];
        for (let i = 0; i < n; i++) sum += x[row + i] * w[i * m + j];
        y[(r + q) * m + j] = sum;
      }
    }
  }
  for (let r = r4; r < rows; r++) {
    const row = r * n;
    for (let j = 0; j < m; j++) {
      let sum = b[j];
      for (let i = 0; i < n; i++) sum += x[row + i] * w[i * m + j];
      y[r * m + j] = sum;
    }
  }
}

/** db[j] = Σ_r dy[r][j], r ascending (every set of kernels sums the bias gradient so). */
export function biasGradient(dy: Float64Array, db: Float64Array, rows: number, m: number): void {
  // A loop, not fill(): on a few outputs the builtin's call costs more than the work.
  for (let j = 0; j < m; j++) db[j] = 0;
  for (let r = 0; r < rows; r++) for (let j = 0; j < m; j++) db[j] += dy[r * m + j];
}

/** dw[i][j] = Σ_r x[r][i]·dy[r][j] and db[j] = Σ_r dy[r][j] (x: rows × n, dy: rows × m). */
export function denseWeightGradient(
  x: Float64Array,
  dy: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  rows: number,
  n: number,
  m: number,
): void {
  biasGradient(dy, db, rows, m);
  const n4 = n - (n % 4);
  const m4 = m - (m % 4);
  for (let i = 0; i < n4; i += 4) {
    for (let j = 0; j < m4; j += 4) {
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      let a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0; // prettier-ignore
      for (let r = 0; r < rows; r++) {
        const xr = r * n + i;
        const v0 = x[xr];
        const v1 = x[xr + 1];
        const v2 = x[xr + 2];
        const v3 = x[xr + 3];
        const d = r * m + j;
        const g0 = dy[d];
        const g1 = dy[d + 1];
        const g2 = dy[d + 2];
        const g3 = dy[d + 3];
        a00 += v0 * g0;
        a01 += v0 * g1;
        a02 += v0 * g2;
        a03 += v0 * g3; // prettier-ignore
        a10 += v1 * g0;
        a11 += v1 * g1;
        a12 += v1 * g2;
        a13 += v1 * g3; // prettier-ignore
        a20 += v2 * g0;
        a21 += v2 * g1;
        a22 += v2 * g2;
        a23 += v2 * g3; // prettier-ignore
        a30 += v3 * g0;
        a31 += v3 * g1;
        a32 += v3 * g2;
        a33 += v3 * g3; // prettier-ignore
      }
      const o = i * m + j;
      dw[o] = a00;
      dw[o + 1] = a01;
      dw[o + 2] = a02;
      dw[o + 3] = a03; // prettier-ignore
      dw[o + m] = a10;
      dw[o + m + 1] = a11;
      dw[o + m + 2] = a12;
      dw[o + m + 3] = a13; // prettier-ignore
      dw[o + 2 * m] = a20;
      dw[o + 2 * m + 1] = a21;
      dw[o + 2 * m + 2] = a22;
      dw[o + 2 * m + 3] = a23; // prettier-ignore
      dw[o + 3 * m] = a30;
      dw[o + 3 * m + 1] = a31;
      dw[o + 3 * m + 2] = a32;
      dw[o + 3 * m + 3] = a33; // prettier-ignore
    }
    for (let j = m4; j < m; j++) {
      for (let q = 0; q < 4; q++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += x[r * n + i + q] * dy[r * m + j];
        dw[(i + q) * m + j] = sum;
      }
    }
  }
  for (let i = n4; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += x[r * n + i] * dy[r * m + j];
      dw[i * m + j] = sum;
    }
  }
}

/** dx[r][i] = Σ_j dy[r][j]·w[i][j] (dy: rows × m, w: n × m). */
export function denseInputGradient(
  dy: Float64Array,
  w: Float64Array,
  dx: Float64Array,
  rows: number,
  n: number,
  m: number,
): void {
  const r4 = rows - (rows % 4);
  const n4 = n - (n % 4);
  for (let r = 0; r < r4; r += 4) {
    const d0 = r * m;
    for (let i = 0; i < n4; i += 4) {
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      let a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0; // prettier-ignore
      const w0 = i * m;
      for (let j = 0; j < m; j++) {
        const g0 = dy[d0 + j];
        const g1 = dy[d0 + m + j];
        const g2 = dy[d0 + 2 * m + j];
        const g3 = dy[d0 + 3 * m + j];
        const u0 = w[w0 + j];
        const u1 = w[w0 + m + j];
        const u2 = w[w0 + 2 * m + j];
        const u3 = w[w0 + 3 * m + j];
        a00 += g0 * u0;
        a01 += g0 * u1;
        a02 += g0 * u2;
        a03 += g0 * u3; // prettier-ignore
        a10 += g1 * u0;
        a11 += g1 * u1;
        a12 += g1 * u2;
        a13 += g1 * u3; // prettier-ignore
        a20 += g2 * u0;
        a21 += g2 * u1;
        a22 += g2 * u2;
        a23 += g2 * u3; // prettier-ignore
        a30 += g3 * u0;
        a31 += g3 * u1;
        a32 += g3 * u2;
        a33 += g3 * u3; // prettier-ignore
      }
      const o = r * n + i;
      dx[o] = a00;
      dx[o + 1] = a01;
      dx[o + 2] = a02;
      dx[o + 3] = a03; // prettier-ignore
      dx[o + n] = a10;
      dx[o + n + 1] = a11;
      dx[o + n + 2] = a12;
      dx[o + n + 3] = a13; // prettier-ignore
      dx[o + 2 * n] = a20;
      dx[o + 2 * n + 1] = a21;
      dx[o + 2 * n + 2] = a22;
      dx[o + 2 * n + 3] = a23; // prettier-ignore
      dx[o + 3 * n] = a30;
      dx[o + 3 * n + 1] = a31;
      dx[o + 3 * n + 2] = a32;
      dx[o + 3 * n + 3] = a33; // prettier-ignore
    }
    for (let i = n4; i < n; i++) {
      for (let q = 0; q < 4; q++) {
        let sum = 0;
        for (let j = 0; j < m; j++) sum += dy[(r + q) * m + j] * w[i * m + j];
        dx[(r + q) * n + i] = sum;
      }
    }
  }
  for (let r = r4; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < m; j++) sum += dy[r * m + j] * w[i * m + j];
      dx[r * n + i] = sum;
    }
  }
}
