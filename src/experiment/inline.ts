import { gotOf, join, visibleText, type FieldReader } from './fieldReader';
import { LIMITS } from './fields';
import type { InlineDataSpec, Task } from './schema';

/**
 * Rows and targets this module has read and found valid, with the task they were read for: read
 * again (every change of a setting validates the whole setup), they are taken as they are
 * instead of checking and copying 100,000 rows again. Inline rows are never changed in place.
 */
const validated = new WeakMap<readonly unknown[], { y: readonly unknown[]; task: Task }>();

/**
 * Reads inline rows: `x` a rectangular array of numbers (rows × features), `y` one label per row
 * (0/1 for binary, class index for multiclass) or one row of targets per row (regression).
 * Returns null (after reporting) when the rows cannot be used.
 */
export function readInlineData(
  r: FieldReader,
  data: Record<string, unknown>,
  common: { task: Task; testFraction: number; normalizeInputs: boolean },
): InlineDataSpec | null {
  const before = r.errors.length;
  const xs = r.array(data.x, 'data.x');
  const ys = r.array(data.y, 'data.y');
  if (!xs || !ys) return null;
  if (xs.length < LIMITS.inlineRows.min || xs.length > LIMITS.inlineRows.max) {
    r.error('data.x', {
      key: 'check.rows',
      values: { min: LIMITS.inlineRows.min, max: LIMITS.inlineRows.max, count: xs.length },
    });
    return null;
  }
  if (ys.length !== xs.length) {
    r.error('data.y', { key: 'check.targets', values: { rows: xs.length, count: ys.length } });
    return null;
  }
  const width = Array.isArray(xs[0]) ? xs[0].length : 0;
  if (width < LIMITS.inputSize.min || width > LIMITS.inputSize.max) {
    r.error('data.x[0]', {
      key: 'check.rowWidth',
      values: { min: LIMITS.inputSize.min, max: LIMITS.inputSize.max },
    });
    return null;
  }
  const known = validated.get(xs);
  const reuse = known !== undefined && known.y === ys && known.task === common.task;
  let x = reuse
    ? (xs as number[][])
    : xs.map((row, i) => readRow(r, row, join('data.x', i), width));
  let y = reuse
    ? (ys as (number | number[])[])
    : ys.map((value, i) => readTarget(r, value, join('data.y', i), common.task, ys[0]));
  // Rows read as they were given are kept as given (the same arrays): no copy of a large table.
  if (x.every((row, i) => row === xs[i])) x = xs as number[][];
  if (y.every((value, i) => value === ys[i])) y = ys as (number | number[])[];
  const names =
    data.featureNames === undefined ? undefined : r.array(data.featureNames, 'data.featureNames');
  let featureNames = Array.from({ length: width }, (_, j) => `x${j + 1}`);
  if (names) {
    if (names.length !== width || !names.every((n) => typeof n === 'string')) {
      r.error('data.featureNames', { key: 'check.featureNames', values: { width } });
    } else {
      // Shown in the page and written into exports: control and bidi characters made visible.
      featureNames = names.map(visibleText);
      if (featureNames.every((n, j) => n === names[j])) featureNames = names;
    }
  }
  if (common.task === 'multiclass') {
    const classes = y.reduce<number>((a, v) => Math.max(a, typeof v === 'number' ? v : 0), 0) + 1;
    if (classes < LIMITS.classes.min || classes > LIMITS.classes.max) {
      r.error('data.y', {
        key: 'check.classes',
        values: { min: LIMITS.classes.min, max: LIMITS.classes.max, count: classes },
      });
    }
  }
  if (r.errors.length > before) return null;
  validated.set(x, { y, task: common.task });
  return { type: 'inline', ...common, featureNames, x, y };
}

function readRow(r: FieldReader, value: unknown, path: string, width: number): number[] {
  if (!Array.isArray(value) || value.length !== width) {
    r.error(path, { key: 'check.row', values: { width, got: gotOf(value) } });
    return [];
  }
  // The common case, checked without copying: every value a number within the limits.
  const { min, max } = LIMITS.inlineValue;
  let fine = true;
  for (const v of value as unknown[]) {
    if (typeof v !== 'number' || !(v >= min && v <= max)) {
      fine = false;
      break;
    }
  }
  if (fine) return value as number[];
  return value.map((v, j) => r.number(v, join(path, j), 0, LIMITS.inlineValue));
}

function readTarget(
  r: FieldReader,
  value: unknown,
  path: string,
  task: Task,
  first: unknown,
): number | number[] {
  if (task === 'binary') {
    if (value !== 0 && value !== 1)
      r.error(path, { key: 'check.binary', values: { got: gotOf(value) } });
    return value === 1 ? 1 : 0;
  }
  if (task === 'multiclass') {
    return r.number(value, path, 0, { min: 0, max: LIMITS.classes.max - 1, integer: true });
  }
  const width = Array.isArray(first) ? first.length : 1;
  if (Array.isArray(value)) {
    if (value.length !== width)
      r.error(path, { key: 'check.targetWidth', values: { width, count: value.length } });
    return value.map((v, j) => r.number(v, join(path, j), 0, LIMITS.inlineValue));
  }
  if (width !== 1) r.error(path, { key: 'check.targetArray', values: { width } });
  return r.number(value, path, 0, LIMITS.inlineValue);
}
