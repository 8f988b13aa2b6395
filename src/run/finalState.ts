import { readRows, type Split } from '../data/dataset';
import { sigmoid } from '../engine/activations';
import type { Network } from '../engine/network';
import { exp } from '../math/elementary';
import { GroupNormLayer } from '../engine/groupNorm';
import type { Member } from '../experiment/members';
import type { ExperimentRun } from './runner';

/**
 * A twin at the end of a run, in a form another framework can load and compare: every Dense
 * layer's kernel ([inputs][outputs], Keras's layout) and bias, hidden layers then the output;
 * every BN layer's γ, β, running mean and running variance; and the inference-mode outputs for
 * every row of the data in the order given (P(class 1) for a sigmoid head, the class
 * probabilities for softmax, the values for regression).
 */
export interface FinalState {
  dense: { kernel: number[][]; bias: number[] }[];
  batchNorm: {
    gamma: number[];
    beta: number[];
    runningMean: number[];
    runningVariance: number[];
  }[];
  /** Layer or Group Norm members: each normalization layer's γ and β. */
  groupNorm?: { gamma: number[]; beta: number[] }[];
  outputs: number[][];
}

export function finalState(run: ExperimentRun, variant: Member): FinalState | null {
  if (run.cohort.status[variant].diverged) return null;
  const network = run.cohort.networks[variant];
  const denseLayers = [...network.blocks.map((b) => b.dense), network.output];
  const dense = denseLayers.map((layer) => ({
    kernel: Array.from({ length: layer.inputSize }, (_, i) => [
      ...layer.kernel.values.subarray(i * layer.outputSize, (i + 1) * layer.outputSize),
    ]),
    bias: [...layer.bias.values],
  }));
  const batchNorm = network.blocks.flatMap((b) =>
    b.batchNorm
      ? [
          {
            gamma: [...b.batchNorm.gamma.values],
            beta: [...b.batchNorm.beta.values],
            runningMean: [...b.batchNorm.runningMean],
            runningVariance: [...b.batchNorm.runningVariance],
          },
        ]
      : [],
  );
  const { train, test } = run.dataset;
  const outputs: number[][] = new Array<number[]>(train.count + test.count);
  for (const split of [train, test]) inferOutputs(network, split, outputs);
  const state: FinalState = { dense, batchNorm, outputs };
  const groupNorm = network.blocks.flatMap((b) =>
    b.normalization instanceof GroupNormLayer
      ? [{ gamma: [...b.normalization.gamma.values], beta: [...b.normalization.beta.values] }]
      : [],
  );
  if (groupNorm.length > 0) state.groupNorm = groupNorm;
  return state;
}

/** Writes the inference-mode outputs of every row of `split` at its given position. */
function inferOutputs(network: Network, split: Split, outputs: number[][]): void {
  const chunk = network.capacity;
  const scratch = new Float64Array(chunk * split.inputSize);
  const units = network.spec.outputSize;
  for (let start = 0; start < split.count; start += chunk) {
    const rows = Math.min(chunk, split.count - start);
    const logits = network.forward(readRows(split, start, rows, scratch), rows, false);
    for (let r = 0; r < rows; r++) {
      const z = logits.subarray(r * units, (r + 1) * units);
      outputs[split.index[start + r]] = transform(network.head.kind, z);
    }
  }
}

function transform(head: Network['head']['kind'], z: Float64Array): number[] {
  if (head === 'sigmoid') return [...z].map(sigmoid);
  if (head === 'linear') return [...z];
  const max = Math.max(...z);
  const e = [...z].map((v) => exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
