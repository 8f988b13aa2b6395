import { describe, expect, it } from 'vitest';
import { BatchSampler } from '../../src/data/batches';
import { inputStatistics, plainSplit } from '../../src/data/dataset';
import { buildDataset } from '../../src/data/build';
import { generateTwoD } from '../../src/data/twoD';
import { TWO_D_SETS } from '../../src/experiment/catalog';
import type { NamedDataSpec } from '../../src/experiment/schema';

const named = (name: NamedDataSpec['name'], extra: Partial<NamedDataSpec> = {}): NamedDataSpec => ({
  type: 'named',
  name,
  samples: 200,
  noise: 0.1,
  testFraction: 0.25,
  normalizeInputs: false,
  ...extra,
});

describe('datasets', () => {
  it('holds the worked-example table: 60 students, cgpa and iq on very different scales', () => {
    const data = buildDataset(named('placement'), 1);
    expect(data.featureNames).toEqual(['cgpa', 'iq']);
    expect(data.train.count + data.test.count).toBe(60);
    expect(data.test.count).toBe(15);
    const { mean } = inputStatistics(data);
    expect(mean[0]).toBeGreaterThan(5);
    expect(mean[0]).toBeLessThan(9);
    expect(mean[1]).toBeGreaterThan(90);
    expect(mean[1]).toBeLessThan(120);
  });

  it('holds the lecture’s 4 rows exactly, in order, all of them training whatever the test fraction', () => {
    const data = buildDataset(named('lecture', { testFraction: 0.5 }), 1);
    expect([data.train.count, data.test.count]).toEqual([4, 0]);
    expect([...data.train.x]).toEqual([8, 80, 7, 70, 6, 60, 9, 90]);
    expect([...data.train.y]).toEqual([1, 0, 1, 1]);
  });

  it('normalizes inputs to mean 0 and standard deviation 1 on the training split', () => {
    const data = buildDataset(named('placement', { normalizeInputs: true }), 1);
    const { mean, std } = inputStatistics(data);
    for (const m of mean) expect(m).toBeCloseTo(0, 12);
    for (const s of std) expect(s).toBeCloseTo(1, 12);
  });

  it('splits the same way for the same seed and differently for another', () => {
    const a = buildDataset(named('placement'), 3);
    const b = buildDataset(named('placement'), 3);
    const c = buildDataset(named('placement'), 4);
    expect([...a.test.x]).toEqual([...b.test.x]);
    expect([...a.test.x]).not.toEqual([...c.test.x]);
  });

  for (const set of TWO_D_SETS) {
    it(`generates the ${set} set: balanced labels, coordinates within ±2, reproducible`, () => {
      const points = generateTwoD(set, 300, 0.05, 11);
      const again = generateTwoD(set, 300, 0.05, 11);
      expect([...points.x]).toEqual([...again.x]);
      expect(points.y.reduce((a, b) => a + b, 0)).toBe(150);
      for (const v of points.x) expect(Math.abs(v)).toBeLessThan(2);
    });
  }

  it('labels the noiseless circle by radius and xor by the sign of x·y', () => {
    const circle = generateTwoD('circle', 200, 0, 1);
    const xor = generateTwoD('xor', 200, 0, 1);
    for (let i = 0; i < 200; i++) {
      const r = Math.hypot(circle.x[2 * i], circle.x[2 * i + 1]);
      expect(circle.y[i] === 1 ? r <= 0.5 : r >= 0.7).toBe(true);
      expect(xor.y[i]).toBe(xor.x[2 * i] * xor.x[2 * i + 1] > 0 ? 1 : 0);
    }
  });
});

describe('BatchSampler', () => {
  const split = {
    ...plainSplit(
      Float64Array.from({ length: 10 }, (_, i) => i),
      Float64Array.from({ length: 10 }, (_, i) => i % 2),
      { count: 10, inputSize: 1, targetSize: 1 },
    ),
  };

  it('takes batches in order with shuffling off, wrapping into the next epoch', () => {
    const sampler = new BatchSampler(split, 4, false, 1);
    const batches = [0, 1, 2].map(() => {
      sampler.next();
      return [...sampler.x];
    });
    expect(batches).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 0, 1],
    ]);
    expect([...sampler.y]).toEqual([0, 1, 0, 1]);
  });

  it('visits every row once per epoch when shuffling, in a seed-determined order', () => {
    const seen = (seed: number) => {
      const sampler = new BatchSampler(split, 5, true, seed);
      const rows: number[] = [];
      for (let b = 0; b < 2; b++) {
        sampler.next();
        rows.push(...sampler.x);
      }
      return rows;
    };
    expect([...seen(1)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen(1)).toEqual(seen(1));
    expect(seen(1)).not.toEqual(seen(2));
  });

  it('refuses a batch larger than the training split', () => {
    expect(() => new BatchSampler(split, 11, false, 1)).toThrow(/exceeds the 10 training rows/);
  });
});
