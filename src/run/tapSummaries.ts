import type { Activation } from '../engine/activations';
import {
  histogram,
  summarizeSorted,
  wasserstein1,
  type DistributionSummary,
} from '../engine/metrics';
import type { Network } from '../engine/network';
import { TAPS, type Tap } from '../experiment/taps';

/** A tap's summary plus its drift since the previous snapshot of the same tap. */
export interface TapSummary extends DistributionSummary {
  /** 1-Wasserstein distance to the previous snapshot (null for the first). */
  drift: number | null;
  /** 1-Wasserstein distance to the first snapshot: how far the distribution has moved in all. */
  driftFromStart: number;
}

export interface LayerSummary {
  layer: number;
  units: number;
  activation: Activation;
  preActivation: TapSummary;
  postActivation: TapSummary;
}

/**
 * Summarizes every hidden layer's taps of one network after a forward pass, keeping a sorted copy
 * of each tap to measure drift against the next snapshot. Buffers are reused between snapshots.
 */
export class TapSummarizer {
  private readonly current: Float64Array[];
  private readonly previous: Float64Array[];
  private readonly previousCount: number[];
  private readonly initial: Float64Array[];
  private readonly initialCount: number[];

  constructor(private readonly network: Network) {
    const sizes = network.blocks.flatMap((b) =>
      [0, 1].map(() => network.capacity * b.dense.outputSize),
    );
    this.current = sizes.map((n) => new Float64Array(n));
    this.previous = sizes.map((n) => new Float64Array(n));
    this.previousCount = sizes.map(() => 0);
    this.initial = sizes.map((n) => new Float64Array(n));
    this.initialCount = sizes.map(() => 0);
  }

  /** Ascending values of a tap at the last snapshot (a view into a reused buffer). */
  sortedValues(layer: number, tap: Tap): Float64Array {
    const slot = 2 * layer + (tap === 'preActivation' ? 0 : 1);
    return this.previous[slot].subarray(0, this.previousCount[slot]);
  }

  snapshot(): LayerSummary[] {
    return this.network.blocks.map((block, layer) => {
      const [pre, post] = TAPS.map((tap, t) =>
        this.summarize(layer, tap, 2 * layer + t, block.activation.activation),
      );
      return {
        layer,
        units: block.dense.outputSize,
        activation: block.activation.activation,
        preActivation: pre,
        postActivation: post,
      };
    });
  }

  private summarize(layer: number, tap: Tap, slot: number, activation: Activation): TapSummary {
    const view = this.network.tap(layer, tap);
    const count = view.values.length;
    const sorted = this.current[slot].subarray(0, count);
    sorted.set(view.values);
    sorted.sort();
    const previousCount = this.previousCount[slot];
    const drift =
      previousCount > 0
        ? wasserstein1(sorted, this.previous[slot].subarray(0, previousCount))
        : null;
    this.previous[slot].set(sorted);
    this.previousCount[slot] = count;
    if (this.initialCount[slot] === 0) {
      this.initial[slot].set(sorted);
      this.initialCount[slot] = count;
    }
    const driftFromStart = wasserstein1(
      sorted,
      this.initial[slot].subarray(0, this.initialCount[slot]),
    );
    return { ...summarizeSorted(sorted, activation, tap), drift, driftFromStart };
  }
}

/**
 * Counts ascending (or any) values into `bins` equal-width bins over [low, high], with the values
 * below and above counted apart: the histograms frames carry, on a range the caller shares
 * between the twins.
 */
export function binValues(values: ArrayLike<number>, bins: number, low: number, high: number) {
  return histogram(values, bins, low, high);
}
