import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../src/data/dataset';
import {
  encodeMnistAsset,
  MNIST_PIXELS,
  mnistDataset,
  parseMnistAsset,
} from '../../src/data/mnist';
import { findPreset } from '../../src/experiment/presets';
import { mnistAssets } from '../../src/run/assets';
import { ExperimentRun } from '../../src/run/runner';
import {
  buildMnistAsset,
  ensureMnistAsset,
  MNIST_ASSET_PATH,
  sha256,
} from '../../scripts/prepare-mnist';
import { LOADED } from '../helpers/timeouts';

/** The official MNIST class sizes (LeCun et al.'s training and test sets). */
const TRAIN_CLASSES = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949];
const TEST_CLASSES = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009];

describe('MNIST asset and loader', LOADED.long, () => {
  it('is built deterministically from the IDX files: known checksum, compact when compressed', () => {
    const bytes = buildMnistAsset();
    expect(bytes.length).toBe(16 + 70_000 * 785);
    expect(sha256(bytes)).toBe('305f884da01429cc62dc0c1a4a3518bf3c46a8d45f056eae65a2b160c453780b');
    expect(sha256(ensureMnistAsset())).toBe(sha256(bytes));
    const packed = readFileSync(MNIST_ASSET_PATH).length;
    expect(packed).toBeLessThan(12_000_000);
    expect(packed).toBeGreaterThan(10_000_000);
  });

  it('holds the official split: 60,000 training and 10,000 test digits with their class sizes', () => {
    const digits = parseMnistAsset(ensureMnistAsset());
    const classes = (from: number, to: number) => {
      const counts = new Array<number>(10).fill(0);
      for (const label of digits.labels.subarray(from, to)) counts[label]++;
      return counts;
    };
    expect([digits.trainCount, digits.testCount]).toEqual([60_000, 10_000]);
    expect(classes(0, 60_000)).toEqual(TRAIN_CLASSES);
    expect(classes(60_000, 70_000)).toEqual(TEST_CLASSES);
    // In the published order: the first training digit is a 5, the first test digit a 7.
    expect([digits.labels[0], digits.labels[60_000]]).toEqual([5, 7]);
    const data = mnistDataset(digits);
    expect([data.train.count, data.test.count, data.inputSize, data.classes]).toEqual([
      60_000, 10_000, 784, 10,
    ]);
    const first = readRows(data.test, 0, 10, new Float64Array(784 * 10));
    expect(Math.max(...first)).toBe(1);
    expect(Math.min(...first)).toBe(0);
    // A digit is mostly background: about 80% of pixels are exactly zero.
    const pixels = data.train.x.subarray(0, 784 * 100);
    const zeros = pixels.filter((v) => v === 0).length / pixels.length;
    expect(zeros).toBeGreaterThan(0.7);
    expect(zeros).toBeLessThan(0.9);
  });

  it('round-trips through the asset format and names what is wrong with a damaged asset', () => {
    const labels = Uint8Array.from([3, 7, 1]);
    const pixels = Uint8Array.from({ length: 3 * MNIST_PIXELS }, (_, i) => i % 256);
    const parsed = parseMnistAsset(encodeMnistAsset(2, labels, pixels));
    expect([parsed.trainCount, parsed.testCount]).toEqual([2, 1]);
    expect([...parsed.labels]).toEqual([3, 7, 1]);
    expect(parsed.pixels[MNIST_PIXELS + 5]).toBe((MNIST_PIXELS + 5) % 256);
    expect(() => parseMnistAsset(new Uint8Array(20))).toThrow(/not an MNST file/);
    expect(() => parseMnistAsset(gzipSync(encodeMnistAsset(2, labels, pixels)))).toThrow(
      /not an MNST file/,
    );
    expect(() => parseMnistAsset(encodeMnistAsset(2, labels, pixels).subarray(0, 100))).toThrow(
      /100 bytes, 2371 expected for 3 digits/,
    );
  });

  it('trains the paper preset headless with the BN twin ahead in test accuracy after 300 steps (seed 1)', () => {
    const run = new ExperimentRun(findPreset('paper')!.experiment, mnistAssets(ensureMnistAsset()));
    for (let s = 0; s < 300; s++) run.step();
    const { test } = run.evaluate();
    expect(test.batchNorm!.accuracy).toBeGreaterThan(0.85);
    expect(test.batchNorm!.accuracy).toBeGreaterThan(test.plain!.accuracy! + 0.1);
  });
});
