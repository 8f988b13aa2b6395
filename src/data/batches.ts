import { Random } from '../engine/random';
import { readRow, type Split } from './dataset';

/**
 * Mini-batches from a training split, as one stream: the row order of each epoch (a fresh
 * permutation from the `shuffle` stream of the seed, or 0, 1, 2, … with shuffling off) is laid end
 * to end, and each batch takes the next `batchSize` rows of that stream. Every batch is full and
 * no row repeats within a batch (batchSize ≤ rows). Filling a batch allocates nothing.
 */
export class BatchSampler {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Batches drawn so far. */
  drawn = 0;
  private readonly order: Int32Array;
  private position = 0;
  private readonly random: Random;
  private readonly inputSize: number;
  private readonly targetSize: number;

  constructor(
    private readonly split: Split,
    readonly batchSize: number,
    readonly shuffle: boolean,
    seed: number,
  ) {
    if (batchSize > split.count) {
      throw new RangeError(`batch size ${batchSize} exceeds the ${split.count} training rows`);
    }
    this.inputSize = split.inputSize;
    this.targetSize = split.targetSize;
    this.x = new Float64Array(batchSize * this.inputSize);
    this.y = new Float64Array(batchSize * this.targetSize);
    this.order = new Int32Array(split.count);
    this.random = new Random(seed, 'shuffle');
    this.startEpoch();
  }

  private startEpoch(): void {
    this.fillOrder(this.order, this.random);
    this.position = 0;
  }

  /** One epoch's row order: 0, 1, 2, … shuffled by `random` when shuffling is on. */
  private fillOrder(order: Int32Array, random: Random): void {
    for (let i = 0; i < order.length; i++) order[i] = i;
    if (this.shuffle) random.shuffle(order);
  }

  /**
   * The training rows (indices into the split) of the batch `next` will draw, without drawing it:
   * a new epoch's order is computed on copies, so the stream is left as it was.
   */
  peekRows(): number[] {
    const rows: number[] = [];
    let { order, position } = this;
    for (let r = 0; r < this.batchSize; r++) {
      if (position === order.length) {
        order = new Int32Array(order.length);
        this.fillOrder(order, this.random.clone());
        position = 0;
      }
      rows.push(order[position++]);
    }
    return rows;
  }

  /** Fills `x` and `y` with the next batch. */
  next(): void {
    const { inputSize, targetSize } = this;
    for (let r = 0; r < this.batchSize; r++) {
      if (this.position === this.order.length) this.startEpoch();
      const row = this.order[this.position++];
      readRow(this.split, row, this.x, r * inputSize);
      for (let j = 0; j < targetSize; j++)
        this.y[r * targetSize + j] = this.split.y[row * targetSize + j];
    }
    this.drawn++;
  }
}
