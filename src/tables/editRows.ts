import type { Said } from '../i18n/translate';
import { trainingRows } from '../experiment/shape';
import { LIMITS } from '../experiment/fields';
import { smallTable } from '../experiment/placementTable';
import type { DataSpec, InlineDataSpec } from '../experiment/schema';

/** Tables up to this many rows can be edited cell by cell in the page. */
export const MAX_GRID_ROWS = 300;

/**
 * The rows of a small dataset as inline data the learner can edit: inline data of at most
 * MAX_GRID_ROWS rows with one target per row, or a named table (the lecture's rows, the invented
 * ones), which becomes inline data once edited. Null for anything else (generated or large sets).
 */
export function editableData(data: DataSpec): InlineDataSpec | null {
  if (data.type === 'named') return smallTable(data);
  if (data.x.length > MAX_GRID_ROWS || data.y.some((t) => Array.isArray(t))) return null;
  return data;
}

/** The data with one input changed (new arrays: inline rows are never changed in place). */
export function withInput(
  data: InlineDataSpec,
  row: number,
  column: number,
  value: number,
): InlineDataSpec {
  const x = data.x.slice();
  x[row] = x[row].slice();
  x[row][column] = value;
  return { ...data, x };
}

/** The data with one row's target changed. */
export function withTarget(data: InlineDataSpec, row: number, value: number): InlineDataSpec {
  const y = data.y.slice();
  y[row] = value;
  return { ...data, y };
}

/** The data with a copy of row `row` added after it (the new row is then edited). */
export function withRowCopied(data: InlineDataSpec, row: number): InlineDataSpec | null {
  if (data.x.length >= LIMITS.inlineRows.max) return null;
  const x = data.x.slice();
  const y = data.y.slice();
  x.splice(row + 1, 0, data.x[row].slice());
  y.splice(row + 1, 0, data.y[row]);
  return { ...data, x, y };
}

/** The data without row `row`, unless that leaves too few rows to train. */
export function withoutRow(data: InlineDataSpec, row: number): InlineDataSpec | null {
  if (data.x.length <= LIMITS.inlineRows.min) return null;
  return {
    ...data,
    x: data.x.filter((_, i) => i !== row),
    y: data.y.filter((_, i) => i !== row),
  };
}

/**
 * Why no row can be removed, or null when one can: the fewest rows a table may have, or a batch
 * that needs the training rows there are (removing one would leave fewer than the batch).
 */
export function whyNoRemoval(data: InlineDataSpec, batchSize: number): Said | null {
  const rows = data.x.length;
  if (rows <= LIMITS.inlineRows.min)
    return { key: 'rows.fewest', values: { min: LIMITS.inlineRows.min } };
  const train = trainingRows({ ...data, x: data.x.slice(1) });
  if (train < batchSize)
    return { key: 'rows.batch', values: { rows: rows - 1, train, batch: batchSize } };
  return null;
}
