import { describe, expect, it } from 'vitest';
import {
  encodeMnistAsset,
  MNIST_PIXELS,
  mnistDataset,
  mnistOrder,
  parseMnistAsset,
} from '../../src/data/mnist';
import { findPreset } from '../../src/experiment/presets';
import { ExperimentRun } from '../../src/run/runner';
import { buildMnistAsset, ensureMnistAsset, sha256 } from '../../scripts/prepare-mnist';
import { LOADED } from '../helpers/timeouts';

describe('MNIST asset and loader', LOADED.long, () => {
  it('is built deterministically from the mnist package: same bytes, known checksum', () => {
    const bytes = buildMnistAsset();
    expect(bytes.length).toBe(12 + 10_000 * 785);
    expect(sha256(bytes)).toBe('43767a8bd13e493fac3df68f0260e098a4b31861a1de59ee38c34be7b76cbf5c');
    expect(sha256(ensureMnistAsset())).toBe(sha256(bytes));
  });

  it('holds 10,000 real digits with every class present, split 8,000 / 2,000', () => {
    const digits = parseMnistAsset(ensureMnistAsset());
    const counts = new Array<number>(10).fill(0);
    for (const label of digits.labels) counts[label]++;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    // The package's class sizes (its 10,000 digits are not split exactly like the MNIST test set).
    expect(counts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    const data = mnistDataset(digits);
    expect([data.train.count, data.test.count, data.inputSize, data.classes]).toEqual([
      8000, 2000, 784, 10,
    ]);
    expect(Math.max(...data.test.x.subarray(0, 784 * 10))).toBe(1);
    // A digit is mostly background: about 80% of pixels are exactly zero.
    const zeros = data.train.x.subarray(0, 784 * 100).filter((v) => v === 0).length / (784 * 100);
    expect(zeros).toBeGreaterThan(0.7);
    expect(zeros).toBeLessThan(0.9);
  });

  it('round-trips through the asset format and names what is wrong with a damaged asset', () => {
    const labels = Uint8Array.from([3, 7]);
    const pixels = Uint8Array.from({ length: 2 * MNIST_PIXELS }, (_, i) => i % 256);
    const parsed = parseMnistAsset(encodeMnistAsset(labels, pixels));
    expect([...parsed.labels]).toEqual([3, 7]);
    expect(parsed.pixels[MNIST_PIXELS + 5]).toBe((MNIST_PIXELS + 5) % 256);
    expect(() => parseMnistAsset(new Uint8Array(20))).toThrow(/not an MNST file/);
    expect(() => parseMnistAsset(encodeMnistAsset(labels, pixels).subarray(0, 100))).toThrow(
      /100 bytes, 1582 expected for 2 digits/,
    );
  });

  it('uses one fixed order: a permutation from a documented seed', () => {
    const order = mnistOrder(10);
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...mnistOrder(10)]).toEqual([...order]);
  });

  it('trains the paper preset headless with the BN twin ahead in test accuracy after 300 steps (seed 1)', () => {
    const run = new ExperimentRun(findPreset('paper')!.experiment, {
      mnist: parseMnistAsset(ensureMnistAsset()),
    });
    for (let s = 0; s < 300; s++) run.step();
    const { test } = run.evaluate();
    expect(test.batchNorm!.accuracy).toBeGreaterThan(0.85);
    expect(test.batchNorm!.accuracy).toBeGreaterThan(test.plain!.accuracy! + 0.1);
  });
});
