/**
 * Dense-layer kernels for a sparse input (the first layer on MNIST, where about 80% of the pixels
 * are background: exact zeros). Same results as the kernels of denseKernels.ts, in the same order
 * of summation (bias first, then ascending index; zero terms skipped), with work proportional to
 * the input's non-zeros:
 * - the forward pass packs the input into 4-row panels that keep only the columns where one of
 *   the four rows is non-zero, with their 4 values side by side, and the kernel into 4-column
 *   panels read in order; the loop runs one panel of the kernel outside and the rows inside, so
 *   that panel stays in the L1 cache;
 * - the weight gradient packs the input into 4-column panels that keep only the rows where one of
 *   the four columns is non-zero, read contiguously instead of with a stride of the input's width.
 * Both then run a 4 × 4 register-blocked loop (16 multiply-adds per 8 loads).
 */

/** Scratch space of one layer's kernels, sized once for `rows × n` inputs (no allocation later). */
export class DenseScratch {
  /** Forward: 4-row panels of the input, 4 values per kept column. */
  rowValues: Float64Array;
  /** Forward: the kept column of each entry. */
  rowColumns: Int32Array;
  /** Forward: where each 4-row panel's entries start (one more entry: the end). */
  rowStarts: Int32Array;
  /** Weight gradient: 4-column panels of the input, 4 values per kept row. */
  columnValues: Float64Array;
  /** Weight gradient: the kept row of each entry. */
  columnRows: Int32Array;
  /** Weight gradient: where each 4-column panel's entries start. */
  columnStarts: Int32Array;
  /** The kernel (n × m) repacked as 4-column panels: panel p holds w[i][4p..4p+3] for every i. */
  kernelPanels: Float64Array;

  constructor(
    readonly rows: number,
    readonly n: number,
    readonly m: number,
  ) {
    const rowBlocks = Math.ceil(rows / 4);
    const columnBlocks = Math.ceil(n / 4);
    this.rowValues = new Float64Array(rowBlocks * n * 4);
    this.rowColumns = new Int32Array(rowBlocks * n);
    this.rowStarts = new Int32Array(rowBlocks + 1);
    this.columnValues = new Float64Array(columnBlocks * rows * 4);
    this.columnRows = new Int32Array(columnBlocks * rows);
    this.columnStarts = new Int32Array(columnBlocks + 1);
    this.kernelPanels = new Float64Array(n * (m - (m % 4)));
  }
}

/**
 * Packs `x` (rows × n) into 4-row panels: for each block of 4 rows (the last one padded with
 * zeros), the columns where any of the 4 is non-zero, ascending, with the 4 values side by side.
 * Returns the share of (4-row block, column) pairs kept: the work sparseForward will do, relative
 * to the dense kernel's. With a `limit` under 1, stops early, returning 1 (the panels then
 * unusable), once that share is sure to pass it, or when the first panel keeps more than 90% of
 * the columns: a dense input costs little to find out.
 */
export function packRowPanels(
  x: Float64Array,
  rows: number,
  n: number,
  s: DenseScratch,
  limit = 1,
): number {
  const { rowValues: values, rowColumns: columns, rowStarts: starts } = s;
  const blocks = Math.ceil(rows / 4);
  const most = limit * blocks * n;
  let k = 0;
  for (let block = 0; block < blocks; block++) {
    starts[block] = k;
    const r = block * 4;
    const o0 = r * n;
    const o1 = r + 1 < rows ? o0 + n : -1;
    const o2 = r + 2 < rows ? o0 + 2 * n : -1;
    const o3 = r + 3 < rows ? o0 + 3 * n : -1;
    for (let i = 0; i < n; i++) {
      const v0 = x[o0 + i];
      const v1 = o1 < 0 ? 0 : x[o1 + i];
      const v2 = o2 < 0 ? 0 : x[o2 + i];
      const v3 = o3 < 0 ? 0 : x[o3 + i];
      if (v0 === 0 && v1 === 0 && v2 === 0 && v3 === 0) continue;
      const at = 4 * k;
      values[at] = v0;
      values[at + 1] = v1;
      values[at + 2] = v2;
      values[at + 3] = v3;
      columns[k++] = i;
    }
    if (limit < 1 && (k > most || (block === 0 && k > 0.9 * n))) return 1;
  }
  starts[blocks] = k;
  return blocks === 0 ? 0 : k / (blocks * n);
}

/**
 * Packs `x` (rows × n) into 4-column panels: for each block of 4 columns (the last one padded
 * with zeros), the rows where any of the 4 is non-zero, ascending, with the 4 values side by side.
 */
function packColumnPanels(x: Float64Array, rows: number, n: number, s: DenseScratch): number {
  const { columnValues: values, columnRows: rowIndex, columnStarts: starts } = s;
  const blocks = Math.ceil(n / 4);
  const full = n - (n % 4);
  let k = 0;
  for (let block = 0; block < blocks; block++) {
    starts[block] = k;
    const c = block * 4;
    for (let r = 0; r < rows; r++) {
      const o = r * n + c;
      let v0: number, v1: number, v2: number, v3: number; // prettier-ignore
      if (c < full) {
        v0 = x[o];
        v1 = x[o + 1];
        v2 = x[o + 2];
        v3 = x[o + 3];
      } else {
        v0 = x[o];
        v1 = c + 1 < n ? x[o + 1] : 0;
        v2 = c + 2 < n ? x[o + 2] : 0;
        v3 = 0;
      }
      if (v0 === 0 && v1 === 0 && v2 === 0 && v3 === 0) continue;
      const at = 4 * k;
      values[at] = v0;
      values[at + 1] = v1;
      values[at + 2] = v2;
      values[at + 3] = v3;
      rowIndex[k++] = r;
    }
  }
  starts[blocks] = k;
  return blocks;
}

/** Repacks the kernel's first m − m mod 4 columns as 4-column panels (see DenseScratch). */
function packKernel(w: Float64Array, n: number, m: number, panels: Float64Array): void {
  const m4 = m - (m % 4);
  let at = 0;
  for (let j = 0; j < m4; j += 4) {
    for (let i = 0; i < n; i++) {
      const o = i * m + j;
      panels[at] = w[o];
      panels[at + 1] = w[o + 1];
      panels[at + 2] = w[o + 2];
      panels[at + 3] = w[o + 3];
      at += 4;
    }
  }
}

/**
 * y[r][j] = b[j] + Σ_i x[r][i]·w[i][j], for r < rows (x: rows × n, w: n × m), reading `x` from
 * the panels packRowPanels(x, rows, n, s) just made.
 */
export function sparseForward(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array,
  y: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: DenseScratch,
): void {
  const m4 = m - (m % 4);
  if (m4 > 0) {
    const blocks = Math.ceil(rows / 4);
    packKernel(w, n, m, s.kernelPanels);
    const { rowValues: values, rowColumns: columns, rowStarts: starts, kernelPanels: wp } = s;
    for (let j = 0; j < m4; j += 4) {
      const panel = j * n;
      const b0 = b[j], b1 = b[j + 1], b2 = b[j + 2], b3 = b[j + 3]; // prettier-ignore
      for (let block = 0; block < blocks; block++) {
        let a00 = b0, a01 = b1, a02 = b2, a03 = b3; // prettier-ignore
        let a10 = b0, a11 = b1, a12 = b2, a13 = b3; // prettier-ignore
        let a20 = b0, a21 = b1, a22 = b2, a23 = b3; // prettier-ignore
        let a30 = b0, a31 = b1, a32 = b2, a33 = b3; // prettier-ignore
        const begin = starts[block];
        const end = starts[block + 1];
        for (let k = begin; k < end; k++) {
          const at = 4 * k;
          const v0 = values[at];
          const v1 = values[at + 1];
          const v2 = values[at + 2];
          const v3 = values[at + 3];
          const wi = panel + 4 * columns[k];
          const w0 = wp[wi];
          const w1 = wp[wi + 1];
          const w2 = wp[wi + 2];
          const w3 = wp[wi + 3];
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
        const r = block * 4;
        let o = r * m + j;
        y[o] = a00;
        y[o + 1] = a01;
        y[o + 2] = a02;
        y[o + 3] = a03; // prettier-ignore
        if (r + 1 >= rows) continue;
        o += m;
        y[o] = a10;
        y[o + 1] = a11;
        y[o + 2] = a12;
        y[o + 3] = a13; // prettier-ignore
        if (r + 2 >= rows) continue;
        o += m;
        y[o] = a20;
        y[o + 1] = a21;
        y[o + 2] = a22;
        y[o + 3] = a23; // prettier-ignore
        if (r + 3 >= rows) continue;
        o += m;
        y[o] = a30;
        y[o + 1] = a31;
        y[o + 2] = a32;
        y[o + 3] = a33; // prettier-ignore
      }
    }
  }
  for (let j = m4; j < m; j++) {
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      let sum = b[j];
      for (let i = 0; i < n; i++) sum += x[row + i] * w[i * m + j];
      y[r * m + j] = sum;
    }
  }
}

/** dw[i][j] = Σ_r x[r][i]·dy[r][j] and db[j] = Σ_r dy[r][j] (x: rows × n, dy: rows × m). */
export function sparseWeightGradient(
  x: Float64Array,
  dy: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: DenseScratch,
): void {
  // A loop, not fill(): on a few outputs the builtin's call costs more than the work.
  for (let j = 0; j < m; j++) db[j] = 0;
  for (let r = 0; r < rows; r++) for (let j = 0; j < m; j++) db[j] += dy[r * m + j];
  const m4 = m - (m % 4);
  const blocks = packColumnPanels(x, rows, n, s);
  const { columnValues: values, columnRows: rowIndex, columnStarts: starts } = s;
  for (let block = 0; block < blocks; block++) {
    const i = block * 4;
    const begin = starts[block];
    const end = starts[block + 1];
    for (let j = 0; j < m4; j += 4) {
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      let a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0; // prettier-ignore
      for (let k = begin; k < end; k++) {
        const at = 4 * k;
        const v0 = values[at];
        const v1 = values[at + 1];
        const v2 = values[at + 2];
        const v3 = values[at + 3];
        const d = rowIndex[k] * m + j;
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
      let o = i * m + j;
      dw[o] = a00;
      dw[o + 1] = a01;
      dw[o + 2] = a02;
      dw[o + 3] = a03; // prettier-ignore
      if (i + 1 >= n) continue;
      o += m;
      dw[o] = a10;
      dw[o + 1] = a11;
      dw[o + 2] = a12;
      dw[o + 3] = a13; // prettier-ignore
      if (i + 2 >= n) continue;
      o += m;
      dw[o] = a20;
      dw[o + 1] = a21;
      dw[o + 2] = a22;
      dw[o + 3] = a23; // prettier-ignore
      if (i + 3 >= n) continue;
      o += m;
      dw[o] = a30;
      dw[o + 1] = a31;
      dw[o + 2] = a32;
      dw[o + 3] = a33; // prettier-ignore
    }
    for (let j = m4; j < m; j++) {
      for (let q = 0; q < 4 && i + q < n; q++) {
        let sum = 0;
        for (let k = begin; k < end; k++) sum += values[4 * k + q] * dy[rowIndex[k] * m + j];
        dw[(i + q) * m + j] = sum;
      }
    }
  }
}
