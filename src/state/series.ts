/**
 * A bounded (x, y) series for runs of any length: when full, every other point is dropped and
 * from then on only every second (then fourth, …) point is kept, so memory stays flat and the
 * series always spans the whole run.
 */
export class DecimatingSeries {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  length = 0;
  private stride = 1;
  private skipped = 0;

  constructor(readonly capacity = 2048) {
    this.xs = new Float64Array(capacity);
    this.ys = new Float64Array(capacity);
  }

  push(x: number, y: number): void {
    if (!Number.isFinite(y)) return;
    if (this.skipped + 1 < this.stride) {
      this.skipped++;
      return;
    }
    this.skipped = 0;
    if (this.length === this.capacity) this.compact();
    this.xs[this.length] = x;
    this.ys[this.length] = y;
    this.length++;
  }

  private compact(): void {
    const half = this.capacity >> 1;
    for (let i = 0; i < half; i++) {
      this.xs[i] = this.xs[2 * i + 1];
      this.ys[i] = this.ys[2 * i + 1];
    }
    this.length = half;
    this.stride *= 2;
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
    this.skipped = 0;
  }

  get last(): number | null {
    return this.length > 0 ? this.ys[this.length - 1] : null;
  }
}
