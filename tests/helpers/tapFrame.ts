import type { TapFrame } from '../../src/protocol/frames';

/**
 * A tap frame for chart and history tests: its histogram over [low, high] and its five
 * percentiles (2nd, 15th, 50th, 85th, 98th); every other summary neutral.
 */
export function tapFrame(
  counts: ArrayLike<number>,
  low: number,
  high: number,
  percentiles: number[],
): TapFrame {
  return {
    counts: Float32Array.from(counts),
    low,
    high,
    below: 0,
    above: 0,
    percentiles,
    mean: 0,
    std: 1,
    fractionSaturated: 0,
    drift: null,
    driftFromStart: 0,
    relativeDrift: 0,
    vanished: false,
  };
}
