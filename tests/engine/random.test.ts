import { describe, expect, it } from 'vitest';
import { Random } from '../../src/engine/random';
import { LOADED } from '../helpers/timeouts';

describe('Random (xoshiro128**)', LOADED.short, () => {
  it('matches the reference sequence of xoshiro128** from state 1, 2, 3, 4', () => {
    const random = Random.fromState(1, 2, 3, 4);
    const draws = Array.from({ length: 6 }, () => random.nextUint32());
    expect(draws).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('gives the same numbers for the same seed and stream, and others for another seed or stream', () => {
    const a = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.uniform()
      )(new Random(7, 'init')),
    );
    const b = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.uniform()
      )(new Random(7, 'init')),
    );
    const c = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.uniform()
      )(new Random(8, 'init')),
    );
    const d = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.uniform()
      )(new Random(7, 'shuffle')),
    );
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(d);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const random = new Random(1);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      squares += u * u;
    }
    const mean = sum / n;
    expect(outside).toBe(0);
    // Tolerances of about five standard errors: √(1/12/n) = 0.00065 for the mean, 0.00015 for
    // the variance (whose estimate has standard deviation √(1/180/n)).
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.0008);
  });

  it('draws standard normals with mean 0, variance 1 and 95.45% within two standard deviations', () => {
    const random = new Random(2);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let withinTwo = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) < 2) withinTwo++;
    }
    // About five standard errors: 1/√n = 0.0022 for the mean, √(2/n) = 0.0032 for the
    // variance, √(0.9545 · 0.0455/n) = 0.00047 for the share within two standard deviations.
    expect(Math.abs(sum / n)).toBeLessThan(0.011);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.016);
    expect(Math.abs(withinTwo / n - 0.9545)).toBeLessThan(0.0024);
  });

  it('shuffles into a permutation, every position equally likely', () => {
    const random = new Random(3);
    const firstCounts = new Array<number>(4).fill(0);
    for (let t = 0; t < 40_000; t++) {
      const order = new Int32Array([0, 1, 2, 3]);
      random.shuffle(order);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      firstCounts[order[0]]++;
    }
    // Each share's standard error is √(0.25 · 0.75/40,000) = 0.0022: within five of them.
    for (const count of firstCounts) expect(Math.abs(count / 40_000 - 0.25)).toBeLessThan(0.011);
  });

  it('draws integers in [0, n) only', () => {
    const random = new Random(4);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.integer(7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
