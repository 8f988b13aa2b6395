import type { Split } from '../data/dataset';
import type { Network } from '../engine/network';

/** Mean loss and accuracy of a network over a whole split. */
export interface Scores {
  loss: number;
  /** Fraction correct, or null for a regression head. */
  accuracy: number | null;
}

/**
 * Scores a network on a split in inference mode (Batch Norm uses its running statistics), in
 * chunks of the network's capacity; returns null for an empty split. Overwrites the taps.
 */
export function evaluateSplit(network: Network, split: Split): Scores | null {
  if (split.count === 0) return null;
  const inputSize = split.x.length / split.count;
  const targetSize = split.y.length / split.count;
  const chunk = network.capacity;
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < split.count; start += chunk) {
    const rows = Math.min(chunk, split.count - start);
    const x = split.x.subarray(start * inputSize, (start + rows) * inputSize);
    const y = split.y.subarray(start * targetSize, (start + rows) * targetSize);
    const logits = network.forward(x, rows, false);
    lossSum += network.head.loss(logits, y, rows) * rows;
    correct += network.head.correct(logits, y, rows);
  }
  return {
    loss: lossSum / split.count,
    accuracy: network.head.kind === 'linear' ? null : correct / split.count,
  };
}
