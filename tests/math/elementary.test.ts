import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, log, log1p, log10, sin, tanh } from '../../src/math/elementary';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

function within(ours: number, reference: number, maxUlps: number): void {
  expect(ulps(ours, reference), `${ours} vs ${reference}`).toBeLessThanOrEqual(maxUlps);
}

describe('engine-independent elementary functions', () => {
  it('match Math.exp within 2 ulps over the whole range, with exact special values', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709.7, noNaN: true }), (x) =>
        within(exp(x), Math.exp(x), 2),
      ),
    );
    expect([exp(0), exp(1000), exp(-1000), exp(Number.NaN)]).toEqual([1, Infinity, 0, Number.NaN]);
    within(exp(1), Math.E, 1);
  });

  it('match Math.log within 2 ulps, subnormals included', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }), (x) =>
        within(log(x), Math.log(x), 2),
      ),
    );
    expect([log(1), log(0), log(-1), log(Infinity)]).toEqual([0, -Infinity, Number.NaN, Infinity]);
    expect(log10(1000)).toBeCloseTo(3, 15);
  });

  it('match log1p, expm1 and tanh within 4 ulps, including tiny arguments', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 1e6, noNaN: true }), (u) =>
        within(log1p(u), Math.log1p(u), 4),
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: -40, max: 700, noNaN: true }), (x) =>
        within(expm1(x), Math.expm1(x), 4),
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) =>
        within(tanh(x), Math.tanh(x), 4),
      ),
    );
    expect([tanh(0), tanh(-0), tanh(50), tanh(-50)]).toEqual([0, -0, 1, -1]);
  });

  it('match Math.sin and Math.cos within 2 ulps (or 1e-16 absolute near zeros) for |x| ≤ 100', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (x) => {
        for (const [ours, reference] of [
          [sin(x), Math.sin(x)],
          [cos(x), Math.cos(x)],
        ]) {
          if (Math.abs(reference) < 1e-3) expect(Math.abs(ours - reference)).toBeLessThan(1e-16);
          else within(ours, reference, 2);
        }
      }),
    );
  });
});
