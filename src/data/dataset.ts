import { Random } from '../engine/random';
import type { Task } from '../experiment/schema';

/** Per-feature standardization applied as rows are read: value ← (value − mean[j]) / scale[j]. */
export interface Standardization {
  mean: Float64Array;
  /** The population standard deviation, or 1 where it is 0. */
  scale: Float64Array;
}

/**
 * Examples stored compactly and read as the network sees them. Inputs are row-major,
 * count × inputSize: numbers (divisor 1), or bytes read as byte / divisor (MNIST's pixels:
 * 60,000 digits take 47 MB as bytes, 376 MB as doubles); standardization, when on, is applied
 * on reading too. Targets: count × targetSize numbers.
 */
export interface Split {
  count: number;
  inputSize: number;
  targetSize: number;
  x: Float64Array | Uint8Array;
  divisor: number;
  standardize: Standardization | null;
  y: Float64Array;
  /** Each row's position in the data as given, before the split. */
  index: Int32Array;
}

/**
 * A dataset ready for training. Targets: binary 0/1 (one column), multiclass class indices 0…k−1
 * (one column), regression real values (targetSize columns).
 */
export interface Dataset {
  name: string;
  task: Task;
  featureNames: string[];
  inputSize: number;
  targetSize: number;
  /** 2 for binary, k for multiclass, 0 for regression. */
  classes: number;
  train: Split;
  test: Split;
}

/** Copies the inputs of row `row`, as the network reads them, into `target` at `offset`. */
export function readRow(split: Split, row: number, target: Float64Array, offset: number): void {
  const { x, inputSize, divisor, standardize } = split;
  const from = row * inputSize;
  if (standardize) {
    const { mean, scale } = standardize;
    for (let j = 0; j < inputSize; j++)
      target[offset + j] = (x[from + j] / divisor - mean[j]) / scale[j];
  } else if (divisor === 1) {
    for (let j = 0; j < inputSize; j++) target[offset + j] = x[from + j];
  } else {
    for (let j = 0; j < inputSize; j++) target[offset + j] = x[from + j] / divisor;
  }
}

/**
 * Rows [start, start + rows) as one row-major block: a view of the split when it stores plain
 * numbers read as they are, else a copy into `scratch` (at least rows × inputSize long).
 */
export function readRows(
  split: Split,
  start: number,
  rows: number,
  scratch: Float64Array,
): Float64Array {
  const { inputSize } = split;
  if (split.x instanceof Float64Array && split.divisor === 1 && !split.standardize)
    return split.x.subarray(start * inputSize, (start + rows) * inputSize);
  for (let r = 0; r < rows; r++) readRow(split, start + r, scratch, r * inputSize);
  return scratch.subarray(0, rows * inputSize);
}

/** The targets of rows [start, start + rows). */
export function targetRows(split: Split, start: number, rows: number): Float64Array {
  return split.y.subarray(start * split.targetSize, (start + rows) * split.targetSize);
}

/** The first `rows` rows of a split (all of them when it has fewer), sharing its storage. */
export function firstRows(split: Split, rows: number): Split {
  if (split.count <= rows) return split;
  return {
    ...split,
    count: rows,
    x: split.x.subarray(0, rows * split.inputSize),
    y: split.y.subarray(0, rows * split.targetSize),
    index: split.index.subarray(0, rows),
  };
}

/** A split of plain numbers (`index`: each row's position in the data as given). */
export function plainSplit(
  x: Float64Array,
  y: Float64Array,
  shape: { count: number; inputSize: number; targetSize: number },
  index: Int32Array = Int32Array.from({ length: shape.count }, (_, i) => i),
): Split {
  return {
    ...shape,
    x,
    divisor: 1,
    standardize: null,
    y,
    index,
  };
}

/**
 * The train/test split of `count` rows: with testFraction 0 every row trains, in the given order;
 * otherwise the rows are shuffled with the `split` stream of `seed`, the first
 * round(count · testFraction) of them test and the rest train.
 */
export function splitTrainTest(
  x: Float64Array,
  y: Float64Array,
  count: number,
  testFraction: number,
  seed: number,
): { train: Split; test: Split } {
  const inputSize = x.length / count;
  const targetSize = y.length / count;
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const testCount = Math.round(count * testFraction);
  const shape = (n: number) => ({ count: n, inputSize, targetSize });
  if (testCount === 0) {
    const empty = plainSplit(new Float64Array(0), new Float64Array(0), shape(0));
    return { train: plainSplit(x, y, shape(count), order), test: empty };
  }
  new Random(seed, 'split').shuffle(order);
  const take = (from: number, to: number): Split => {
    const n = to - from;
    const sx = new Float64Array(n * inputSize);
    const sy = new Float64Array(n * targetSize);
    for (let r = 0; r < n; r++) {
      const source = order[from + r];
      sx.set(x.subarray(source * inputSize, (source + 1) * inputSize), r * inputSize);
      sy.set(y.subarray(source * targetSize, (source + 1) * targetSize), r * targetSize);
    }
    return plainSplit(sx, sy, shape(n), order.slice(from, to));
  };
  return { test: take(0, testCount), train: take(testCount, count) };
}

/**
 * Mean and population standard deviation of each input feature over the training split, as the
 * network reads it.
 */
export function inputStatistics(dataset: Dataset): { mean: Float64Array; std: Float64Array } {
  const { train, inputSize: d } = dataset;
  const row = new Float64Array(d);
  const mean = new Float64Array(d);
  const squares = new Float64Array(d);
  for (let r = 0; r < train.count; r++) {
    readRow(train, r, row, 0);
    for (let j = 0; j < d; j++) mean[j] += row[j] / train.count;
  }
  for (let r = 0; r < train.count; r++) {
    readRow(train, r, row, 0);
    for (let j = 0; j < d; j++)
      squares[j] += ((row[j] - mean[j]) * (row[j] - mean[j])) / train.count;
  }
  return { mean, std: squares.map(Math.sqrt) };
}

/**
 * Input normalization (BN's idea applied to layer 0): x ← (x − μ)/σ per feature, with μ and σ
 * measured on the training split and applied to both splits as rows are read (σ = 0 counts as 1).
 */
export function normalizeInputs(dataset: Dataset): Dataset {
  const { mean, std } = inputStatistics(dataset);
  const standardize = { mean, scale: std.map((s) => (s > 0 ? s : 1)) };
  return {
    ...dataset,
    train: { ...dataset.train, standardize },
    test: { ...dataset.test, standardize },
  };
}
