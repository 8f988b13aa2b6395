import { describe, expect, it } from 'vitest';
import { Random } from '../../src/engine/random';
import { BatchNormLayer } from '../../src/engine/batchNorm';
import { normalGrid, normalQuantile } from '../../src/engine/bnNoise';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

/** The index of the grid value nearest to `z`. */
function gridIndexNear(grid: Float64Array, z: number): number {
  let best = 0;
  for (let i = 1; i < grid.length; i++)
    if (Math.abs(grid[i] - z) < Math.abs(grid[best] - z)) best = i;
  return best;
}

function columnStats(values: Float64Array, rows: number, features: number, j: number) {
  let mean = 0;
  for (let r = 0; r < rows; r++) mean += values[r * features + j] / rows;
  let variance = 0;
  for (let r = 0; r < rows; r++) variance += (values[r * features + j] - mean) ** 2 / rows;
  return { mean, variance };
}

describe('BatchNormLayer', () => {
  it('normalizes each feature in training mode to mean 0 and variance σ²/(σ² + ε) before γ and β', () => {
    const bn = new BatchNormLayer('bn', 3, 16);
    const x = fillDeterministic(new Float64Array(16 * 3), 5, 10);
    for (let k = 0; k < x.length; k++) x[k] += 100 * (k % 3);
    bn.forward(x, 16, true);
    for (let j = 0; j < 3; j++) {
      const { mean, variance } = columnStats(bn.xHat, 16, 3, j);
      const raw = columnStats(x, 16, 3, j).variance;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(raw / (raw + 1e-5), 12);
      expect(variance).toBeCloseTo(1, 5);
    }
  });

  it('applies γ and β after normalizing: y = γ·x̂ + β', () => {
    const bn = new BatchNormLayer('bn', 2, 4);
    bn.gamma.values.set([2, 0.5]);
    bn.beta.values.set([1, -3]);
    const x = new Float64Array([1, 10, 2, 20, 3, 30, 4, 40]);
    const y = bn.forward(x, 4, true);
    // Feature 0: mean 2.5, biased variance 1.25.
    const xHat0 = (1 - 2.5) / Math.sqrt(1.25 + 1e-5);
    expect(y[0]).toBeCloseTo(2 * xHat0 + 1, 14);
    // Feature 1: mean 25, biased variance 125.
    const xHat1 = (40 - 25) / Math.sqrt(125 + 1e-5);
    expect(y[7]).toBeCloseTo(0.5 * xHat1 - 3, 14);
  });

  it('tracks running statistics as PyTorch does (momentum 0.1, unbiased variance), by hand over 3 steps', () => {
    const bn = new BatchNormLayer('bn', 1, 4);
    const batches = [
      [1, 2, 3, 4],
      [0, 0, 4, 4],
      [10, 11, 12, 13],
    ];
    let runningMean = 0;
    let runningVariance = 1;
    for (const batch of batches) {
      bn.forward(new Float64Array(batch), 4, true);
      const mean = batch.reduce((a, b) => a + b, 0) / 4;
      const unbiased = batch.reduce((a, b) => a + (b - mean) ** 2, 0) / 3;
      runningMean = 0.9 * runningMean + 0.1 * mean;
      runningVariance = 0.9 * runningVariance + 0.1 * unbiased;
    }
    // Hand values: means 2.5, 2, 11.5; unbiased variances 5/3, 16/3, 5/3.
    expect(runningMean).toBeCloseTo(0.9 * (0.9 * 0.25 + 0.2) + 1.15, 14);
    expect(bn.runningMean[0]).toBeCloseTo(runningMean, 14);
    expect(bn.runningVariance[0]).toBeCloseTo(runningVariance, 14);
  });

  it('uses the running statistics in evaluation mode, so a row’s output does not depend on its batch', () => {
    const bn = new BatchNormLayer('bn', 1, 4);
    bn.runningMean[0] = 3;
    bn.runningVariance[0] = 4;
    bn.gamma.values[0] = 2;
    bn.beta.values[0] = 1;
    const alone = bn.forward(new Float64Array([5]), 1, false)[0];
    const inBatch = bn.forward(new Float64Array([5, -100, 7, 42]), 4, false)[0];
    expect(alone).toBeCloseTo(2 * (2 / Math.sqrt(4 + 1e-5)) + 1, 14);
    expect(inBatch).toBe(alone);
    expect(bn.runningMean[0]).toBe(3);
  });

  it('honours a configurable momentum and ε', () => {
    const bn = new BatchNormLayer('bn', 1, 2, { momentum: 0.5, epsilon: 0.25 });
    const y = bn.forward(new Float64Array([0, 2]), 2, true);
    expect(y[1]).toBeCloseTo(1 / Math.sqrt(1 + 0.25), 14);
    expect(bn.runningMean[0]).toBeCloseTo(0.5, 14);
    expect(bn.runningVariance[0]).toBeCloseTo(0.5 * 1 + 0.5 * 2, 14);
  });

  it('leaves the running statistics alone when frozen', () => {
    const bn = new BatchNormLayer('bn', 1, 2);
    bn.freezeRunningStatistics = true;
    bn.forward(new Float64Array([5, 9]), 2, true);
    expect([bn.runningMean[0], bn.runningVariance[0]]).toEqual([0, 1]);
  });

  for (const isTraining of [true, false]) {
    it(`has exact gradients for x, γ and β in ${isTraining ? 'training' : 'evaluation'} mode`, () => {
      const rows = 6;
      const features = 3;
      const bn = new BatchNormLayer('bn', features, rows);
      bn.freezeRunningStatistics = true;
      fillDeterministic(bn.gamma.values, 1, 2);
      fillDeterministic(bn.beta.values, 2);
      fillDeterministic(bn.runningMean, 3);
      bn.runningVariance.set([0.5, 2, 1.5]);
      const x = fillDeterministic(new Float64Array(rows * features), 4, 3);
      const c = fillDeterministic(new Float64Array(rows * features), 5);
      const loss = () => {
        const y = bn.forward(x, rows, isTraining);
        let total = 0;
        for (let k = 0; k < y.length; k++) total += c[k] * y[k] + 0.5 * y[k] * y[k];
        return total;
      };
      const y = Float64Array.from(bn.forward(x, rows, isTraining));
      const dy = c.map((ck, k) => ck + y[k]);
      const dx = Float64Array.from(bn.backward(dy, rows));
      const dGamma = Float64Array.from(bn.gamma.gradients);
      const dBeta = Float64Array.from(bn.beta.gradients);
      expect(maxRelativeError(x, dx, loss)).toBeLessThan(1e-6);
      expect(maxRelativeError(bn.gamma.values, dGamma, loss)).toBeLessThan(1e-6);
      expect(maxRelativeError(bn.beta.values, dBeta, loss)).toBeLessThan(1e-6);
    });
  }

  it('noisy: scales and shifts every value by its own draw in training, not in inference', () => {
    const options = { momentum: 0.1, epsilon: 0, noise: { scale: 0.5, shift: 1 } };
    const bn = new BatchNormLayer('bn', 2, 2, options);
    const plain = new BatchNormLayer('bn', 2, 2, { momentum: 0.1, epsilon: 0 });
    // per feature: mean scale, its spread, mean shift, its spread; then per value one 32-bit draw,
    // z from its low 16 bits and z′ from its high 16 bits, on the normal's quantile grid
    const uniforms = [0.75, 0.25, -0.5, 0.5, 1.5, 0, 0.25, 1];
    const grid = normalGrid();
    // grid indices of z, z′ per value (rows × features); the values are ±0.5 and ±1 or so
    const [lo, hi] = [gridIndexNear(grid, 1), gridIndexNear(grid, -1)];
    const [zero, two] = [gridIndexNear(grid, 0), gridIndexNear(grid, 2)];
    const draws = [lo | (hi << 16), hi | (zero << 16), zero | (two << 16), hi | (lo << 16)];
    let u = 0;
    let calls = 0;
    bn.drawNoise({
      uniformIn: (low, high) => {
        const v = uniforms[u++];
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(high);
        return v;
      },
      fillUint32: (target, count = target.length) => {
        calls++;
        expect(count).toBe(4);
        for (let i = 0; i < count; i++) target[i] = draws[i] >>> 0;
      },
    });
    expect([u, calls]).toEqual([8, 1]);
    // rows × features: s = m + σz, t = μ + τz′, value by value
    const z = (i: number) => grid[i];
    const scales = [0.75 + 0.25 * z(lo), 1.5 + 0 * z(hi), 0.75 + 0.25 * z(zero), 1.5 + 0 * z(hi)];
    const shifts = [-0.5 + 0.5 * z(hi), 0.25 + z(zero), -0.5 + 0.5 * z(two), 0.25 + z(lo)];
    expect([...bn.noiseScale]).toEqual(scales);
    expect([...bn.noiseShift]).toEqual(shifts);
    const x = new Float64Array([1, 4, 3, 8]);
    const y = bn.forward(x, 2, true);
    // x̂ = −1, 1 per feature; y = s·x̂ + t, value by value
    const xHat = [-1, -1, 1, 1];
    expect([...y]).toEqual(xHat.map((h, k) => scales[k] * h + shifts[k]));
    // the running statistics see the same batch statistics as plain BN
    plain.forward(x, 2, true);
    expect([...bn.runningMean]).toEqual([...plain.runningMean]);
    expect([...bn.forward(x, 2, false)]).toEqual([...plain.forward(x, 2, false)]);
  });

  it('noisy: has exact gradients for x, γ and β with the step’s scale and shift', () => {
    const rows = 5;
    const features = 3;
    const bn = new BatchNormLayer('bn', features, rows, {
      momentum: 0.1,
      epsilon: 1e-5,
      noise: { scale: 0.6, shift: 2 },
    });
    bn.freezeRunningStatistics = true;
    bn.drawNoise(new Random(7, 'noise'));
    expect(new Set(bn.noiseScale).size).toBe(rows * features);
    fillDeterministic(bn.gamma.values, 21, 2);
    fillDeterministic(bn.beta.values, 22);
    const x = fillDeterministic(new Float64Array(rows * features), 23, 3);
    const c = fillDeterministic(new Float64Array(rows * features), 24);
    const loss = () => {
      const y = bn.forward(x, rows, true);
      let total = 0;
      for (let k = 0; k < y.length; k++) total += c[k] * y[k] + 0.5 * y[k] * y[k];
      return total;
    };
    const y = Float64Array.from(bn.forward(x, rows, true));
    const dy = c.map((ck, k) => ck + y[k]);
    const dx = Float64Array.from(bn.backward(dy, rows));
    const dGamma = Float64Array.from(bn.gamma.gradients);
    const dBeta = Float64Array.from(bn.beta.gradients);
    expect(maxRelativeError(x, dx, loss)).toBeLessThan(1e-6);
    expect(maxRelativeError(bn.gamma.values, dGamma, loss)).toBeLessThan(1e-6);
    expect(maxRelativeError(bn.beta.values, dBeta, loss)).toBeLessThan(1e-6);
  });
});

describe('noisy BN’s noise (Santurkar et al., 2018, §2.1)', () => {
  it('is i.i.d. per sample and feature within a step, from a distribution redrawn every step', () => {
    const rows = 4000;
    const bn = new BatchNormLayer('bn', 3, rows, {
      momentum: 0.1,
      epsilon: 1e-5,
      noise: { scale: 0.5, shift: 1 },
    });
    const random = new Random(3, 'noise');
    const stats = () =>
      [0, 1, 2].map((j) => {
        let mean = 0;
        let sq = 0;
        for (let r = 0; r < rows; r++) mean += bn.noiseScale[r * 3 + j] / rows;
        for (let r = 0; r < rows; r++) sq += (bn.noiseScale[r * 3 + j] - mean) ** 2 / rows;
        return { mean, sd: Math.sqrt(sq) };
      });
    bn.drawNoise(random);
    const first = stats();
    bn.drawNoise(random);
    const second = stats();
    for (const s of [...first, ...second]) {
      // the mean scale lies in U(0.5, 1.5) and the spread in U(0, 0.5), with sampling error
      expect(s.mean).toBeGreaterThan(0.5 - 0.05);
      expect(s.mean).toBeLessThan(1.5 + 0.05);
      expect(s.sd).toBeLessThan(0.5 + 0.05);
    }
    // within a step the values differ across samples (not one scale per feature)
    expect(first.every((s) => s.sd > 0)).toBe(true);
    // and the distribution moves between steps
    const moved = first.map((s, j) => Math.abs(s.mean - second[j].mean));
    expect(Math.max(...moved)).toBeGreaterThan(0.05);
  });
});

describe('the normal draws of noisy BN', () => {
  it('inverts the normal’s distribution function to within 2·10⁻⁹', () => {
    // Φ⁻¹ at p from published tables (to 16 digits), in the centre and in both tails
    const known: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.8413447460685429, 1],
      [0.001, -3.090232306167814],
      [1e-5, -4.264890793922825],
      [0.02, -2.053748910631823],
      [0.99, 2.326347874040841],
    ];
    for (const [p, z] of known)
      expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(2e-9 * Math.max(1, Math.abs(z)));
  });

  it('draws from a grid that is symmetric, with mean 0 and variance within 10⁻³ of 1', () => {
    const grid = normalGrid();
    expect(grid).toHaveLength(65536);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < grid.length; i++) {
      expect(grid[i]).toBe(-grid[grid.length - 1 - i]);
      if (i > 0) expect(grid[i]).toBeGreaterThan(grid[i - 1]);
      sum += grid[i];
      squares += grid[i] * grid[i];
    }
    expect(Math.abs(sum / grid.length)).toBeLessThan(1e-12);
    expect(squares / grid.length).toBeGreaterThan(0.999);
    expect(squares / grid.length).toBeLessThan(1);
    // the tails reach Φ⁻¹(½ / 65,536) = −4.3249… (Python’s statistics.NormalDist, AS 241)
    expect(grid[0]).toBeCloseTo(-4.324919040826044, 8);
  });

  it('takes 32-bit draws in bulk, the same values one at a time would give', () => {
    const one = new Random(11, 'noise');
    const bulk = new Random(11, 'noise');
    const expected = Array.from({ length: 37 }, () => one.nextUint32());
    const got = new Uint32Array(40);
    bulk.fillUint32(got, 30);
    bulk.fillUint32(got.subarray(30), 7);
    expect([...got.subarray(0, 37)]).toEqual(expected);
    expect(bulk.nextUint32()).toBe(one.nextUint32());
  });
});
