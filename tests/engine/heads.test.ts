import { describe, expect, it } from 'vitest';
import { createHead, HEADS } from '../../src/engine/heads';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

describe('output heads', () => {
  it('sigmoid cross-entropy matches −[y log σ(z) + (1 − y) log(1 − σ(z))] for moderate logits', () => {
    const head = createHead('sigmoid', 1, 2);
    const z = new Float64Array([0.3, -1.2]);
    const y = new Float64Array([1, 0]);
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const expected = (-Math.log(s(0.3)) - Math.log(1 - s(-1.2))) / 2;
    expect(head.loss(z, y, 2)).toBeCloseTo(expected, 14);
  });

  it('sigmoid cross-entropy stays finite and exact for huge logits', () => {
    const head = createHead('sigmoid', 1, 2);
    const loss = head.lossAndGradient(new Float64Array([800, -800]), new Float64Array([0, 1]), 2);
    expect(loss).toBeCloseTo(800, 10);
    expect([...head.gradient]).toEqual([0.5, -0.5]);
  });

  it('softmax cross-entropy equals −log softmax(z)_c and survives logits of 1000', () => {
    const head = createHead('softmax', 3, 1);
    const z = new Float64Array([1, 2, 3]);
    const expected = -Math.log(Math.exp(2) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));
    expect(head.loss(z, new Float64Array([1]), 1)).toBeCloseTo(expected, 14);
    const shifted = new Float64Array([1001, 1002, 1003]);
    expect(head.loss(shifted, new Float64Array([1]), 1)).toBeCloseTo(expected, 10);
  });

  it('mean squared error averages over rows and outputs', () => {
    const head = createHead('linear', 2, 2);
    expect(head.loss(new Float64Array([1, 2, 3, 4]), new Float64Array([0, 0, 3, 6]), 2)).toBe(
      (1 + 4 + 0 + 4) / 4,
    );
  });

  it('counts correct predictions: sign of the logit, argmax, and none for regression', () => {
    expect(
      createHead('sigmoid', 1, 3).correct(
        new Float64Array([2, -1, 0.5]),
        new Float64Array([1, 1, 0]),
        3,
      ),
    ).toBe(1);
    expect(
      createHead('softmax', 3, 2).correct(
        new Float64Array([0, 5, 1, 9, 0, 0]),
        new Float64Array([1, 2]),
        2,
      ),
    ).toBe(1);
    expect(
      createHead('linear', 1, 1).correct(new Float64Array([1]), new Float64Array([1]), 1),
    ).toBe(0);
  });

  for (const kind of HEADS) {
    it(`has an exact gradient ∂L/∂z for the ${kind} head`, () => {
      const units = kind === 'sigmoid' ? 1 : 3;
      const rows = 5;
      const head = createHead(kind, units, rows);
      const z = fillDeterministic(new Float64Array(rows * units), 9, 3);
      const y =
        kind === 'softmax'
          ? new Float64Array([0, 2, 1, 1, 0])
          : kind === 'sigmoid'
            ? new Float64Array([1, 0, 0, 1, 1])
            : fillDeterministic(new Float64Array(rows * units), 10);
      head.lossAndGradient(z, y, rows);
      const gradient = Float64Array.from(head.gradient);
      expect(maxRelativeError(z, gradient, () => head.loss(z, y, rows))).toBeLessThan(1e-6);
    });
  }
});
