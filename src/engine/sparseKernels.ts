import { biasGradient } from './denseKernels';
import { packFourColumns, PanelScratch, put4 } from './panelKernels';

/**
 * Dense-layer kernels for a sparse input (the first layer on MNIST, where about 80% of the pixels
 * are background: exact zeros). Same results as the kernels of denseKernels.ts, in the same order
 * of summation (bias first, then ascending index; zero terms skipped), with work proportional to
 * the input's non-zeros:
 * - the forward pass packs the input into 2-row panels that keep only the columns where one of
 *   the two rows is non-zero (29% of an MNIST batch's columns; 4-row panels keep 38%), with their
 *   2 values side by side; the kernel's 4-column panels (panelKernels.ts) are read outside, the
 *   row panels inside, so one panel of the kernel stays in the L1 cache;
 * - the weight gradient packs the input into 2-column panels that keep only the rows where one of
 *   the two columns is non-zero, read contiguously instead of with a stride of the input's width,
 *   against ∂L/∂y's 4-column panels.
 * Both run 2 × 4 register blocks, as the panel kernels do (see there why not 4 × 4).
 */

/** Scratch space of the first layer's kernels, sized once for `rows × n` inputs. */
export class DenseScratch extends PanelScratch {
  /** Forward: 2-row panels of the input, 2 values per kept column. */
  readonly rowValues: Float64Array;
  /** Forward: the kept column of each entry, times 4 (its offset in a kernel panel). */
  readonly rowColumns: Int32Array;
  /** Forward: where each 2-row panel's entries start (one more entry: the end). */
  readonly rowStarts: Int32Array;
  /** Weight gradient: 2-column panels of the input, 2 values per kept row. */
  readonly columnValues: Float64Array;
  /** Weight gradient: the kept row of each entry, times 4 (its offset in a gradient panel). */
  readonly columnRows: Int32Array;
  /** Weight gradient: where each 2-column panel's entries start. */
  readonly columnStarts: Int32Array;

  constructor(rows: number, n: number, m: number) {
    super(rows, n, m);
    const rowBlocks = Math.ceil(rows / 2);
    const columnBlocks = Math.ceil(n / 2);
    this.rowValues = new Float64Array(rowBlocks * n * 2);
    this.rowColumns = new Int32Array(rowBlocks * n);
    this.rowStarts = new Int32Array(rowBlocks + 1);
    this.columnValues = new Float64Array(columnBlocks * rows * 2);
    this.columnRows = new Int32Array(columnBlocks * rows);
    this.columnStarts = new Int32Array(columnBlocks + 1);
  }
}

/**
 * Packs `x` (rows × n) into 2-row panels: for each pair of rows (the last one padded with zeros),
 * the columns where either is non-zero, ascending, with the 2 values side by side.
 * Returns the share of (row pair, column) entries kept: the work sparseForward will do, relative
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
  const blocks = Math.ceil(rows / 2);
  const most = limit * blocks * n;
  let k = 0;
  for (let block = 0; block < blocks; block++) {
    starts[block] = k;
    const o0 = 2 * block * n;
    if (2 * block + 1 < rows) {
      for (let i = 0, o = o0; i < n; i++, o++) {
        const v0 = x[o];
        const v1 = x[o + n];
        if (v0 === 0 && v1 === 0) continue;
        values[2 * k] = v0;
        values[2 * k + 1] = v1;
        columns[k++] = 4 * i;
      }
    } else {
      for (let i = 0, o = o0; i < n; i++, o++) {
        const v0 = x[o];
        if (v0 === 0) continue;
        values[2 * k] = v0;
        values[2 * k + 1] = 0;
        columns[k++] = 4 * i;
      }
    }
    if (limit < 1 && (k > most || (block === 0 && k > 0.9 * n))) return 1;
  }
  starts[blocks] = k;
  return blocks === 0 ? 0 : k / (blocks * n);
}

/**
 * Packs `x` (rows × n) into 2-column panels: for each pair of columns (the last one padded with
 * zeros), the rows where either is non-zero, ascending, with the 2 values side by side.
 */
function packColumnPanels(x: Float64Array, rows: number, n: number, s: DenseScratch): number {
  const { columnValues: values, columnRows: rowIndex, columnStarts: starts } = s;
  const blocks = Math.ceil(n / 2);
  let k = 0;
  for (let block = 0; block < blocks; block++) {
    starts[block] = k;
    const c = 2 * block;
    const two = c + 1 < n;
    for (let r = 0, o = c; r < rows; r++, o += n) {
      const v0 = x[o];
      const v1 = two ? x[o + 1] : 0;
      if (v0 === 0 && v1 === 0) continue;
      values[2 * k] = v0;
      values[2 * k + 1] = v1;
      rowIndex[k++] = 4 * r;
    }
  }
  starts[blocks] = k;
  return blocks;
}

/**
 * y[r][j] = b[j] + Σ_i x[r][i]·w[i][j], for r < rows (x: rows × n, w: n × m), reading `x` from
 * the panels packRowPanels(x, rows, n, s) just made.
 */
export function sparseForward(
  w: Float64Array,
  b: Float64Array,
  y: Float64Array,
  rows: number,
  n: number,
  m: number,
  s: DenseScratch,
): void {
  const blocks = Math.ceil(rows / 2);
  const { rowValues: values, rowColumns: columns, rowStarts: starts, kernelColumns: wp } = s;
  packFourColumns(w, n, m, wp);
  for (let j = 0; j < m; j += 4) {
    const count = Math.min(4, m - j);
    const b0 = b[j];
    const b1 = count > 1 ? b[j + 1] : 0;
    const b2 = count > 2 ? b[j + 2] : 0;
    const b3 = count > 3 ? b[j + 3] : 0;
    const panel = j * n;
    for (let block = 0; block < blocks; block++) {
      let a00 = b0, a01 = b1, a02 = b2, a03 = b3; // prettier-ignore
      let a10 = b0, a11 = b1, a12 = b2, a13 = b3; // prettier-ignore
      const end = starts[block + 1];
      for (let k = starts[block]; k < end; k++) {
        const v0 = values[2 * k];
        const v1 = values[2 * k + 1];
        const wi = panel + columns[k];
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
      }
      const r = 2 * block;
      put4(y, r * m + j, count, a00, a01, a02, a03);
      if (r + 1 < rows) put4(y, (r + 1) * m + j, count, a10, a11, a12, a13);
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
  biasGradient(dy, db, rows, m);
  const blocks = packColumnPanels(x, rows, n, s);
  const { columnValues: values, columnRows: rowIndex, columnStarts: starts } = s;
  const gp = s.gradientColumns;
  packFourColumns(dy, rows, m, gp);
  // One panel of ∂L/∂y (rows × 4) stays in L1 while every pair of input columns passes it.
  for (let j = 0; j < m; j += 4) {
    const count = Math.min(4, m - j);
    const panel = j * rows;
    for (let block = 0; block < blocks; block++) {
      const i = 2 * block;
      let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0; // prettier-ignore
      const end = starts[block + 1];
      for (let k = starts[block]; k < end; k++) {
        const v0 = values[2 * k];
        const v1 = values[2 * k + 1];
        const d = panel + rowIndex[k];
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
