import { Random } from '../engine/random';
import type { Task } from '../experiment/schema';

/** Row-major examples: `x` is count × inputSize, `y` is count × targetSize. */
export interface Split {
  x: Float64Array;
  y: Float64Array;
  count: number;
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

/** Per-feature mean and standard deviation of the training inputs. */
export interface InputStatistics {
  mean: number[];
  std: number[];
}

/**
 * Shuffles `count` rows with the `split` stream of `seed` and puts the first
 * round(count · testFraction) of them in the test split, the rest in the training split.
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
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  new Random(seed, 'split').shuffle(order);
  const testCount = Math.round(count * testFraction);
  const take = (from: number, to: number): Split => {
    const n = to - from;
    const sx = new Float64Array(n * inputSize);
    const sy = new Float64Array(n * targetSize);
    for (let r = 0; r < n; r++) {
      const source = order[from + r];
      sx.set(x.subarray(source * inputSize, (source + 1) * inputSize), r * inputSize);
      sy.set(y.subarray(source * targetSize, (source + 1) * targetSize), r * targetSize);
    }
    return { x: sx, y: sy, count: n };
  };
  return { test: take(0, testCount), train: take(testCount, count) };
}

/** Mean and population standard deviation of each input feature over the training split. */
export function inputStatistics(dataset: Dataset): InputStatistics {
  const { x, count } = dataset.train;
  const d = dataset.inputSize;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (let r = 0; r < count; r++) for (let j = 0; j < d; j++) mean[j] += x[r * d + j] / count;
  for (let r = 0; r < count; r++)
    for (let j = 0; j < d; j++)
      std[j] += ((x[r * d + j] - mean[j]) * (x[r * d + j] - mean[j])) / count;
  return { mean, std: std.map(Math.sqrt) };
}

/**
 * Input normalization (BN's idea applied to layer 0): x ← (x − μ)/σ per feature, with μ and σ
 * measured on the training split and applied to both splits (σ = 0 is treated as 1).
 */
export function normalizeInputs(dataset: Dataset): Dataset {
  const { mean, std } = inputStatistics(dataset);
  const d = dataset.inputSize;
  const apply = (split: Split): Split => {
    const x = new Float64Array(split.x.length);
    for (let k = 0; k < x.length; k++) {
      const j = k % d;
      x[k] = (split.x[k] - mean[j]) / (std[j] > 0 ? std[j] : 1);
    }
    return { ...split, x };
  };
  return { ...dataset, train: apply(dataset.train), test: apply(dataset.test) };
}
