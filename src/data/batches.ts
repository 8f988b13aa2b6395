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
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    if (this.shuffle) this.random.shuffle(this.order);
    this.position = 0;
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
