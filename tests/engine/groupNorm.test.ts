import { describe, expect, it } from 'vitest';
import { GroupNormLayer } from '../../src/engine/groupNorm';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

describe('GroupNormLayer (Layer Norm with one group)', () => {
  it('normalizes each example over its features on its own: Layer Norm by hand', () => {
    const ln = new GroupNormLayer('ln', 3, 1, 2, 0);
    const y = ln.forward(new Float64Array([1, 2, 3, 10, 10, 40]), 2);
    // row 1: mean 2, variance 2/3; row 2: mean 20, variance 200
    const a = 1 / Math.sqrt(2 / 3);
    const b = 1 / Math.sqrt(200);
    const expected = [-a, 0, a, -10 * b, -10 * b, 20 * b];
    [...y.subarray(0, 6)].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 14));
  });

  it('normalizes each group of features separately and applies γ and β per feature', () => {
    const gn = new GroupNormLayer('gn', 4, 2, 1, 0);
    gn.gamma.values.set([1, 2, 3, 4]);
    gn.beta.values.set([0, 0, 10, 10]);
    const y = gn.forward(new Float64Array([0, 2, 5, 9]), 1);
    // groups (0, 2) and (5, 9): x̂ = −1, 1 in each
    expect([...y.subarray(0, 4)]).toEqual([-1, 2, 7, 14]);
  });

  it('gives a row the same output whatever batch it is in', () => {
    const gn = new GroupNormLayer('gn', 4, 2, 3);
    fillDeterministic(gn.gamma.values, 8, 2);
    const x = fillDeterministic(new Float64Array(12), 9, 3);
    const alone = Float64Array.from(gn.forward(x.subarray(4, 8), 1).subarray(0, 4));
    expect([...gn.forward(x, 3).subarray(4, 8)]).toEqual([...alone]);
  });

  it('refuses groups that do not divide the features', () => {
    expect(() => new GroupNormLayer('gn3', 10, 4, 2)).toThrow(
      'gn3: 10 features cannot be split into 4 groups of equal size',
    );
  });

  for (const groups of [1, 2, 3, 6]) {
    it(`has exact gradients for x, γ and β with ${groups} group(s) of 6 features`, () => {
      const rows = 4;
      const features = 6;
      // A large ε keeps every path of the gradient well above rounding (2-feature groups give x̂ ≈ ±1).
      const gn = new GroupNormLayer('gn', features, groups, rows, 0.1);
      fillDeterministic(gn.gamma.values, 11, 2);
      fillDeterministic(gn.beta.values, 12);
      const x = fillDeterministic(new Float64Array(rows * features), 13, 3);
      const c = fillDeterministic(new Float64Array(rows * features), 14);
      const loss = () => {
        const y = gn.forward(x, rows);
        let total = 0;
        for (let k = 0; k < y.length; k++) total += c[k] * y[k] + 0.5 * y[k] * y[k];
        return total;
      };
      const y = Float64Array.from(gn.forward(x, rows));
      const dy = c.map((ck, k) => ck + y[k]);
      const dx = Float64Array.from(gn.backward(dy, rows));
      const dGamma = Float64Array.from(gn.gamma.gradients);
      const dBeta = Float64Array.from(gn.beta.gradients);
      // One feature per group normalizes to 0 whatever x is: its input gradient is exactly 0.
      if (groups === features) expect([...dx].every((g) => g === 0)).toBe(true);
      expect(maxRelativeError(x, dx, loss)).toBeLessThan(1e-6);
      expect(maxRelativeError(gn.gamma.values, dGamma, loss)).toBeLessThan(1e-6);
      expect(maxRelativeError(gn.beta.values, dBeta, loss)).toBeLessThan(1e-6);
    });
  }
});
