import { readRows, targetRows, type Split } from '../data/dataset';
import type { Network } from '../engine/network';

/** Mean loss and accuracy of a network over a whole split. */
export interface Scores {
  loss: number;
  /** Fraction correct, or null for a regression head. */
  accuracy: number | null;
}

/** Sees the network after each chunk of an evaluation (its taps hold that chunk's rows). */
export type ChunkObserver = (network: Network, start: number, rows: number) => void;

/**
 * Scores a network on a split in inference mode (Batch Norm uses its running statistics), in
 * chunks of the network's capacity; returns null for an empty split. Overwrites the taps;
 * `observe` may read them after each chunk.
 */
export function evaluateSplit(
  network: Network,
  split: Split,
  observe?: ChunkObserver,
): Scores | null {
  if (split.count === 0) return null;
  const chunk = network.capacity;
  const scratch = new Float64Array(chunk * split.inputSize);
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < split.count; start += chunk) {
    const rows = Math.min(chunk, split.count - start);
    const x = readRows(split, start, rows, scratch);
    const y = targetRows(split, start, rows);
    const logits = network.forward(x, rows, false);
    lossSum += network.head.loss(logits, y, rows) * rows;
    correct += network.head.correct(logits, y, rows);
    observe?.(network, start, rows);
  }
  return {
    loss: lossSum / split.count,
    accuracy: network.head.kind === 'linear' ? null : correct / split.count,
  };
}
