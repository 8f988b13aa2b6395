import { describe, expect, it } from 'vitest';
import { BatchNormLayer } from '../../src/engine/batchNorm';
import { BatchRenormLayer } from '../../src/engine/batchRenorm';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

const OPTIONS = { momentum: 0.1, epsilon: 1e-5 };
const ROWS = 6;
const FEATURES = 3;

/**
 * An independent statement of the training output, with r and d given (the paper's
 * stop_gradient makes them constants of the backward pass).
 */
function reference(
  x: Float64Array,
  gamma: Float64Array,
  beta: Float64Array,
  r: Float64Array,
  d: Float64Array,
  eps: number,
): Float64Array {
  const y = new Float64Array(x.length);
  for (let j = 0; j < FEATURES; j++) {
    const column = Array.from({ length: ROWS }, (_, i) => x[i * FEATURES + j]);
    const mean = column.reduce((a, b) => a + b, 0) / ROWS;
    const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / ROWS;
    for (let i = 0; i < ROWS; i++) {
      const xHat = (r[j] * (column[i] - mean)) / Math.sqrt(variance + eps) + d[j];
      y[i * FEATURES + j] = gamma[j] * xHat + beta[j];
    }
  }
  return y;
}

function layer(runningVariance: number[], runningMean: number[], updates: number) {
  const bn = new BatchRenormLayer('brn', FEATURES, ROWS, OPTIONS, {
    rMax: 3,
    dMax: 5,
    warmup: 100,
  });
  bn.freezeRunningStatistics = true;
  bn.updates = updates;
  fillDeterministic(bn.gamma.values, 1, 2);
  fillDeterministic(bn.beta.values, 2);
  bn.runningMean.set(runningMean);
  bn.runningVariance.set(runningVariance);
  return bn;
}

describe('Batch Renormalization (Ioffe, 2017)', () => {
  const x = fillDeterministic(new Float64Array(ROWS * FEATURES), 4, 3);
  const c = fillDeterministic(new Float64Array(ROWS * FEATURES), 5);

  it('computes r and d from the running statistics, clipped, and matches the reference', () => {
    // fully open limits; feature 0 inside them, 1 clipped at r_max and d_max, 2 at 1/r_max, −d_max
    const bn = layer([1.2, 0.01, 400], [0.1, -20, 400], 100);
    const y = Float64Array.from(bn.forward(x, ROWS, true));
    expect(bn.r[0]).toBeCloseTo(Math.sqrt(bn.batchVariance[0] + 1e-5) / Math.sqrt(1.2 + 1e-5), 14);
    expect(bn.d[0]).toBeCloseTo((bn.batchMean[0] - 0.1) / Math.sqrt(1.2 + 1e-5), 14);
    expect([bn.r[1], bn.d[1], bn.r[2], bn.d[2]]).toEqual([3, 5, 1 / 3, -5]);
    const expected = reference(x, bn.gamma.values, bn.beta.values, bn.r, bn.d, 1e-5);
    y.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 13));
  });

  it('has exact gradients for x, γ and β with r and d held constant', () => {
    const bn = layer([1.2, 0.5, 2], [0.1, -0.3, 0.2], 100);
    const y = Float64Array.from(bn.forward(x, ROWS, true));
    expect(bn.r.every((r) => r > 1 / 3 && r < 3 && r !== 1)).toBe(true);
    const r = Float64Array.from(bn.r);
    const d = Float64Array.from(bn.d);
    const dy = c.map((ck, k) => ck + y[k]);
    const dx = Float64Array.from(bn.backward(dy, ROWS));
    const dGamma = Float64Array.from(bn.gamma.gradients);
    const dBeta = Float64Array.from(bn.beta.gradients);
    // the loss through the reference with this step's r and d as constants
    const loss = () => {
      const out = reference(x, bn.gamma.values, bn.beta.values, r, d, 1e-5);
      let total = 0;
      for (let k = 0; k < out.length; k++) total += c[k] * out[k] + 0.5 * out[k] * out[k];
      return total;
    };
    expect(maxRelativeError(x, dx, loss)).toBeLessThan(1e-6);
    expect(maxRelativeError(bn.gamma.values, dGamma, loss)).toBeLessThan(1e-6);
    expect(maxRelativeError(bn.beta.values, dBeta, loss)).toBeLessThan(1e-6);
  });

  it('where r and d are clipped, its gradient is the true gradient of the layer itself', () => {
    const bn = layer([0.01, 0.02, 900], [-20, 30, 400], 100);
    const loss = () => {
      const out = bn.forward(x, ROWS, true);
      let total = 0;
      for (let k = 0; k < out.length; k++) total += c[k] * out[k] + 0.5 * out[k] * out[k];
      return total;
    };
    const y = Float64Array.from(bn.forward(x, ROWS, true));
    expect([...bn.r, ...bn.d]).toEqual([3, 3, 1 / 3, 5, -5, -5]);
    const dx = Float64Array.from(
      bn.backward(
        c.map((ck, k) => ck + y[k]),
        ROWS,
      ),
    );
    // the loss is in the hundreds here: central differences carry ~1e-8 of rounding
    expect(maxRelativeError(x, dx, loss, { h: 1e-4, floor: 1e-3 })).toBeLessThan(1e-6);
  });

  it('is Batch Norm bit for bit before its limits open (r = 1, d = 0), forward and backward', () => {
    const renorm = layer([1.2, 0.5, 2], [0.1, -0.3, 0.2], 0);
    const plain = new BatchNormLayer('bn', FEATURES, ROWS, OPTIONS);
    plain.narrowBelow = 0;
    plain.freezeRunningStatistics = true;
    plain.gamma.values.set(renorm.gamma.values);
    plain.beta.values.set(renorm.beta.values);
    expect([...renorm.forward(x, ROWS, true)]).toEqual([...plain.forward(x, ROWS, true)]);
    expect([...renorm.r, ...renorm.d].map((v) => v + 0)).toEqual([1, 1, 1, 0, 0, 0]);
    const dy = c.slice();
    expect([...renorm.backward(dy, ROWS)]).toEqual([...plain.backward(dy, ROWS)]);
  });

  it('opens its limits over the warm-up and infers with the running statistics', () => {
    const bn = layer([1, 1, 1], [0, 0, 0], 0);
    expect(bn.currentLimits()).toEqual({ rMax: 1, dMax: 0 });
    bn.updates = 50;
    expect(bn.currentLimits()).toEqual({ rMax: 2, dMax: 2.5 });
    bn.freezeRunningStatistics = false;
    bn.updates = 0;
    bn.forward(x, ROWS, true);
    expect(bn.updates).toBe(1);
    const plain = new BatchNormLayer('bn', FEATURES, ROWS, OPTIONS);
    plain.runningMean.set(bn.runningMean);
    plain.runningVariance.set(bn.runningVariance);
    plain.gamma.values.set(bn.gamma.values);
    plain.beta.values.set(bn.beta.values);
    expect([...bn.forward(x, ROWS, false)]).toEqual([...plain.forward(x, ROWS, false)]);
  });
});
