import type { TapFrame } from '../protocol/frames';

/**
 * The columns of a density-over-time heatmap for one tap of one twin: per kept frame, the
 * histogram (with its own range) and the 15th/50th/85th percentiles. Bounded like
 * DecimatingSeries: when full, every other column is dropped and fewer frames are kept after.
 */
export class TapHistory {
  readonly counts: Float32Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly steps: Float64Array;
  /** p15, p50, p85 per column, interleaved. */
  readonly percentiles: Float64Array;
  /** 1 where the column's values had vanished (rounding noise: drawn as such, not stretched). */
  readonly vanished: Uint8Array;
  length = 0;
  /** Bumped whenever existing columns move (compaction), so cached drawings know to start over. */
  version = 0;
  private stride = 1;
  private skipped = 0;

  constructor(
    readonly bins: number,
    readonly capacity = 256,
  ) {
    this.counts = new Float32Array(capacity * bins);
    this.low = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.steps = new Float64Array(capacity);
    this.percentiles = new Float64Array(capacity * 3);
    this.vanished = new Uint8Array(capacity);
  }

  push(step: number, tap: TapFrame): void {
    if (this.skipped + 1 < this.stride) {
      this.skipped++;
      return;
    }
    this.skipped = 0;
    if (this.length === this.capacity) this.compact();
    const i = this.length++;
    this.counts.set(tap.counts.subarray(0, this.bins), i * this.bins);
    this.low[i] = tap.low;
    this.high[i] = tap.high;
    this.steps[i] = step;
    this.percentiles[3 * i] = tap.percentiles[1];
    this.percentiles[3 * i + 1] = tap.percentiles[2];
    this.percentiles[3 * i + 2] = tap.percentiles[3];
    this.vanished[i] = tap.vanished ? 1 : 0;
  }

  private compact(): void {
    const half = this.capacity >> 1;
    for (let i = 0; i < half; i++) {
      const from = 2 * i + 1;
      this.counts.copyWithin(i * this.bins, from * this.bins, (from + 1) * this.bins);
      this.low[i] = this.low[from];
      this.high[i] = this.high[from];
      this.steps[i] = this.steps[from];
      this.percentiles.copyWithin(3 * i, 3 * from, 3 * from + 3);
      this.vanished[i] = this.vanished[from];
    }
    this.length = half;
    this.stride *= 2;
    this.version++;
  }
}
