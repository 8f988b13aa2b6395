import { readRow } from '../data/dataset';
import { Network } from '../engine/network';
import type { ExperimentRun } from './runner';

/**
 * One mini-batch through one BN layer of the BN twin, every number as the engine computes it: the
 * batch the next step will train on, passed through a copy of the twin as it is now (same weights,
 * same running statistics), so the live run is untouched. Rows × features are row-major.
 */
export interface WorkedBatch {
  /** The step the batch belongs to (the next one: the run has taken `step − 1`). */
  step: number;
  /** The hidden layer whose BN layer this is (0-based). */
  layer: number;
  features: number;
  /** The batch's rows, as indices into the training split. */
  rows: number[];
  /** What the BN layer receives for each row (its input), rows × features. */
  x: number[];
  /** μ_B and the biased σ²_B (÷ rows) of the batch, per feature. */
  mean: number[];
  variance: number[];
  epsilon: number;
  /** x̂ = (x − μ_B)/√(σ²_B + ε) and y = γ·x̂ + β, rows × features. */
  xHat: number[];
  y: number[];
  gamma: number[];
  beta: number[];
  /** Weight of the new batch in the running averages (PyTorch's convention). */
  momentum: number;
  runningMeanBefore: number[];
  runningVarianceBefore: number[];
  /** After this batch's update (the variance with σ²_B · rows/(rows − 1)). */
  runningMeanAfter: number[];
  runningVarianceAfter: number[];
  /**
   * The batch's first row at test time, through the running statistics after the update: what the
   * layer receives then (past the first layer it differs, the layers below at test time too), x̂, y.
   */
  test: { x: number[]; xHat: number[]; y: number[] };
}

/**
 * The BN twin's next batch worked through BN layer `layer` (null without BN there, or when the
 * twin blew up). Reads the engine's own buffers: the BN layer's input tap, μ_B, σ²_B, x̂, its
 * output, and the running statistics the engine's update leaves.
 */
export function workedBatch(run: ExperimentRun, layer: number): WorkedBatch | null {
  const source = run.cohort.networks.batchNorm;
  const sourceBn = source.blocks[layer]?.batchNorm;
  if (!sourceBn || run.cohort.status.batchNorm.diverged) return null;
  const rows = run.sampler.peekRows();
  const batch = rows.length;
  const train = run.dataset.train;
  const x = new Float64Array(batch * train.inputSize);
  rows.forEach((row, r) => readRow(train, row, x, r * train.inputSize));
  // A copy with the twin's parameters and running statistics, left free to update them.
  const copy = new Network(source.spec, batch);
  source.parameters.forEach((p, i) => copy.parameters[i].values.set(p.values));
  const bn = copy.blocks[layer].batchNorm!;
  bn.runningMean.set(sourceBn.runningMean);
  bn.runningVariance.set(sourceBn.runningVariance);
  copy.forward(x, batch, true);
  const features = bn.features;
  const cells = batch * features;
  const input = copy.tap(layer, 'bnInput').values;
  const worked = {
    x: Array.from(input.subarray(0, cells)),
    mean: Array.from(bn.batchMean),
    variance: Array.from(bn.batchVariance),
    xHat: Array.from(bn.xHat.subarray(0, cells)),
    y: Array.from(bn.output.subarray(0, cells)),
    runningMeanAfter: Array.from(bn.runningMean),
    runningVarianceAfter: Array.from(bn.runningVariance),
  };
  // The first row alone in inference mode: the running statistics, not the batch's.
  copy.forward(x.subarray(0, train.inputSize), 1, false);
  return {
    step: run.stepCount + 1,
    layer,
    features,
    rows,
    ...worked,
    epsilon: bn.options.epsilon,
    gamma: Array.from(bn.gamma.values),
    beta: Array.from(bn.beta.values),
    momentum: bn.options.momentum,
    runningMeanBefore: Array.from(sourceBn.runningMean),
    runningVarianceBefore: Array.from(sourceBn.runningVariance),
    test: {
      x: Array.from(copy.tap(layer, 'bnInput').values.subarray(0, features)),
      xHat: Array.from(bn.xHat.subarray(0, features)),
      y: Array.from(bn.output.subarray(0, features)),
    },
  };
}
