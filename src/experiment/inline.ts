import { describeValue, join, type FieldReader } from './fieldReader';
import { LIMITS } from './fields';
import type { InlineDataSpec, Task } from './schema';

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
    r.error(
      'data.x',
      `must have ${LIMITS.inlineRows.min} to ${LIMITS.inlineRows.max} rows, got ${xs.length}`,
    );
    return null;
  }
  if (ys.length !== xs.length) {
    r.error('data.y', `must have one entry per row of data.x (${xs.length}), got ${ys.length}`);
    return null;
  }
  const width = Array.isArray(xs[0]) ? xs[0].length : 0;
  if (width < LIMITS.inputSize.min || width > LIMITS.inputSize.max) {
    r.error(
      'data.x[0]',
      `must be an array of ${LIMITS.inputSize.min} to ${LIMITS.inputSize.max} numbers`,
    );
    return null;
  }
  const x = xs.map((row, i) => readRow(r, row, join('data.x', i), width));
  const y = ys.map((value, i) => readTarget(r, value, join('data.y', i), common.task, ys[0]));
  const names =
    data.featureNames === undefined ? undefined : r.array(data.featureNames, 'data.featureNames');
  let featureNames = Array.from({ length: width }, (_, j) => `x${j + 1}`);
  if (names) {
    if (names.length !== width || !names.every((n) => typeof n === 'string')) {
      r.error('data.featureNames', `must be ${width} strings, one per column of data.x`);
    } else featureNames = names;
  }
  if (common.task === 'multiclass') {
    const classes = y.reduce<number>((a, v) => Math.max(a, typeof v === 'number' ? v : 0), 0) + 1;
    if (classes < LIMITS.classes.min || classes > LIMITS.classes.max) {
      r.error(
        'data.y',
        `must name ${LIMITS.classes.min} to ${LIMITS.classes.max} classes, got ${classes}`,
      );
    }
  }
  if (r.errors.length > before) return null;
  return { type: 'inline', ...common, featureNames, x, y };
}

function readRow(r: FieldReader, value: unknown, path: string, width: number): number[] {
  if (!Array.isArray(value) || value.length !== width) {
    r.error(path, `must be an array of ${width} numbers, got ${describeValue(value)}`);
    return [];
  }
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
    if (value !== 0 && value !== 1) r.error(path, `must be 0 or 1, got ${describeValue(value)}`);
    return value === 1 ? 1 : 0;
  }
  if (task === 'multiclass') {
    return r.number(value, path, 0, { min: 0, max: LIMITS.classes.max - 1, integer: true });
  }
  const width = Array.isArray(first) ? first.length : 1;
  if (Array.isArray(value)) {
    if (value.length !== width)
      r.error(path, `must have ${width} targets like data.y[0], got ${value.length}`);
    return value.map((v, j) => r.number(v, join(path, j), 0, LIMITS.inlineValue));
  }
  if (width !== 1) r.error(path, `must be an array of ${width} targets like data.y[0]`);
  return r.number(value, path, 0, LIMITS.inlineValue);
}
