import { firstRows, readRow, readRows, targetRows } from '../data/dataset';
import { percentileOfSorted } from '../engine/metrics';
import { Network } from '../engine/network';
import { Random } from '../engine/random';
import type { Member } from '../experiment/members';
import type { ChunkObserver } from './evaluate';
import type { ExperimentRun } from './runner';

/**
 * One-off measurements of a live run, beside training: Figure 1's percentiles of one unit, the BN
 * twin's statistics, its accuracy with batch statistics at test time, and the noise of batch
 * statistics. None of them changes the run.
 */

/** The BN twin's statistics at one hidden layer, per feature (copies). */
export interface BnStatistics {
  layer: number;
  runningMean: Float64Array;
  runningVariance: Float64Array;
  /** Mean and biased variance of the last training batch. */
  batchMean: Float64Array;
  batchVariance: Float64Array;
  gamma: Float64Array;
  beta: Float64Array;
}

export interface TestTimeAccuracy {
  step: number;
  /** Accuracy with running statistics (what inference uses): independent of the batch size. */
  inferenceAccuracy: number;
  batchSizes: number[];
  /** Accuracy when each test batch is normalized by its own statistics. */
  trainModeAccuracy: number[];
}

export interface BatchNoise {
  step: number;
  layer: number;
  batchSizes: number[];
  /** Standard deviation of the batch mean across random batches, averaged over units. */
  batchMeanStd: number[];
}

/** The hidden layer a request names: −1 (or a layer out of range) means the last. */
export function resolveLayer(run: ExperimentRun, layer: number): number {
  const layers = run.cohort.networks.plain.blocks.length;
  return layer < 0 || layer >= layers ? layers - 1 : layer;
}

/** Test rows the test-time comparison uses (MNIST has 10,000). */
const TEST_TIME_ROWS = 2048;
/** Test batch sizes for the train-mode vs inference-mode comparison. */
export const TEST_BATCH_SIZES = [2, 4, 8, 16, 32, 64, 128, 256];
/** Batch sizes and draws for the noise of the batch statistics. */
export const NOISE_BATCH_SIZES = [4, 8, 16, 32, 64, 128, 256];
const NOISE_DRAWS = 40;

/**
 * Collects one unit's activation input over an evaluation (every row of the split, in inference
 * mode) and gives its 15th, 50th and 85th percentiles: the BN paper's Figure 1 (b, c), measured
 * on the same test rows at every step, so the lines are smooth.
 */
export function unitCollector(layer: number, unit: number, rows: number) {
  const values = new Float64Array(rows);
  const observe: ChunkObserver = (network, start, count) => {
    const tap = network.tap(layer, 'preActivation');
    for (let r = 0; r < count; r++) values[start + r] = tap.values[r * tap.units + unit];
  };
  return {
    observe,
    percentiles: (): number[] => {
      const sorted = Float64Array.from(values).sort();
      return [15, 50, 85].map((p) => percentileOfSorted(sorted, p));
    },
  };
}

/** The BN twin's statistics at one hidden layer: running vs last batch, γ and β. */
export function bnStatistics(run: ExperimentRun, layer: number): BnStatistics | null {
  const bn = run.cohort.networks.batchNorm.blocks[layer]?.batchNorm;
  if (!bn || run.cohort.status.batchNorm.diverged) return null;
  return {
    layer,
    runningMean: Float64Array.from(bn.runningMean),
    runningVariance: Float64Array.from(bn.runningVariance),
    batchMean: Float64Array.from(bn.batchMean),
    batchVariance: Float64Array.from(bn.batchVariance),
    gamma: Float64Array.from(bn.gamma.values),
    beta: Float64Array.from(bn.beta.values),
  };
}

/** Mean, minimum and maximum of γ and β of a BN twin's layer (null without BN there). */
export function gammaBetaRange(
  run: ExperimentRun,
  variant: Member,
  layer: number,
): { gamma: ValueRange; beta: ValueRange } | null {
  const bn = run.cohort.networks[variant].blocks[layer]?.normalization;
  return bn ? { gamma: valueRange(bn.gamma.values), beta: valueRange(bn.beta.values) } : null;
}

export interface ValueRange {
  mean: number;
  min: number;
  max: number;
}

function valueRange(values: Float64Array): ValueRange {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}

/** A copy of a network (parameters and running statistics) with room for `capacity` rows. */
function inferenceCopy(source: Network, capacity: number): Network {
  const copy = new Network(source.spec, capacity);
  source.parameters.forEach((p, i) => copy.parameters[i].values.set(p.values));
  source.blocks.forEach((block, i) => {
    const from = block.batchNorm;
    const to = copy.blocks[i].batchNorm;
    if (from && to) {
      to.runningMean.set(from.runningMean);
      to.runningVariance.set(from.runningVariance);
      to.freezeRunningStatistics = true;
    }
  });
  return copy;
}

/**
 * The BN twin's test accuracy in inference mode (running statistics, independent of batching) and
 * in training mode (each test batch normalized by its own statistics) for several batch sizes.
 */
export function testTimeAccuracy(run: ExperimentRun): TestTimeAccuracy | null {
  const source = run.cohort.networks.batchNorm;
  const test = firstRows(run.dataset.test, TEST_TIME_ROWS);
  if (run.cohort.status.batchNorm.diverged || test.count === 0 || source.spec.placement === 'none')
    return null;
  const sizes = TEST_BATCH_SIZES.filter((b) => b <= test.count);
  const network = inferenceCopy(source, Math.max(...sizes));
  const scratch = new Float64Array(Math.max(...sizes) * test.inputSize);
  const accuracy = (batch: number, isTraining: boolean) => {
    let correct = 0;
    let counted = 0;
    for (let start = 0; start + batch <= test.count; start += batch) {
      const x = readRows(test, start, batch, scratch);
      const y = targetRows(test, start, batch);
      correct += network.head.correct(network.forward(x, batch, isTraining), y, batch);
      counted += batch;
    }
    return correct / counted;
  };
  return {
    step: run.stepCount,
    inferenceAccuracy: accuracy(Math.max(...sizes), false),
    batchSizes: sizes,
    trainModeAccuracy: sizes.map((b) => accuracy(b, true)),
  };
}

/**
 * How noisy BN's batch statistics are: for each batch size B, the standard deviation of the batch
 * mean μ_B over NOISE_DRAWS random batches, averaged over the layer's units (about σ/√B).
 */
export function batchNoise(run: ExperimentRun, layer: number): BatchNoise | null {
  const source = run.cohort.networks.batchNorm;
  const { train } = run.dataset;
  const bnLayer = source.blocks[layer]?.batchNorm;
  if (!bnLayer || run.cohort.status.batchNorm.diverged) return null;
  const sizes = NOISE_BATCH_SIZES.filter((b) => b <= train.count);
  const network = inferenceCopy(source, Math.max(...sizes));
  const bn = network.blocks[layer].batchNorm!;
  const inputSize = train.inputSize;
  const random = new Random(run.experiment.seed, 7);
  const units = bn.features;
  const meanStd = sizes.map((batch) => {
    const x = new Float64Array(batch * inputSize);
    const sums = new Float64Array(units);
    const squares = new Float64Array(units);
    for (let d = 0; d < NOISE_DRAWS; d++) {
      for (let r = 0; r < batch; r++) {
        const row = random.integer(train.count);
        readRow(train, row, x, r * inputSize);
      }
      network.forward(x, batch, true);
      for (let j = 0; j < units; j++) {
        sums[j] += bn.batchMean[j];
        squares[j] += bn.batchMean[j] * bn.batchMean[j];
      }
    }
    let total = 0;
    for (let j = 0; j < units; j++) {
      const mean = sums[j] / NOISE_DRAWS;
      total += Math.sqrt(Math.max(0, squares[j] / NOISE_DRAWS - mean * mean));
    }
    return total / units;
  });
  return { step: run.stepCount, layer, batchSizes: sizes, batchMeanStd: meanStd };
}
