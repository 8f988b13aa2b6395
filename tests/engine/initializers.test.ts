import { describe, expect, it } from 'vitest';
import { initializeKernel } from '../../src/engine/initializers';
import { Random } from '../../src/engine/random';

function moments(values: Float64Array) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance), max: Math.max(...values.map(Math.abs)) };
}

describe('initializeKernel', () => {
  it('draws He normal weights with standard deviation √(2/fanIn) times the scale', () => {
    const kernel = new Float64Array(200 * 300);
    initializeKernel(kernel, 200, 300, { scheme: 'heNormal', scale: 2, sigma: 0 }, new Random(1));
    const { mean, std } = moments(kernel);
    expect(mean).toBeCloseTo(0, 2);
    expect(Math.abs(std / (2 * Math.sqrt(2 / 200)) - 1)).toBeLessThan(0.01);
  });

  it('draws Glorot uniform weights within ±√(6/(fanIn + fanOut)), filling that range', () => {
    const kernel = new Float64Array(100 * 50);
    initializeKernel(
      kernel,
      100,
      50,
      { scheme: 'glorotUniform', scale: 1, sigma: 0 },
      new Random(2),
    );
    const limit = Math.sqrt(6 / 150);
    const { std, max } = moments(kernel);
    expect(max).toBeLessThanOrEqual(limit);
    expect(max).toBeGreaterThan(0.99 * limit);
    expect(std / (limit / Math.sqrt(3))).toBeCloseTo(1, 1);
  });

  it('draws Gaussian weights N(0, σ²) for a user-chosen σ', () => {
    const kernel = new Float64Array(40_000);
    initializeKernel(
      kernel,
      784,
      100,
      { scheme: 'gaussian', scale: 1, sigma: 0.01 },
      new Random(3),
    );
    expect(Math.abs(moments(kernel).std / 0.01 - 1)).toBeLessThan(0.015);
  });
});
