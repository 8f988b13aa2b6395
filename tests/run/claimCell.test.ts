import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { runClaimCell, withTrainRows } from '../../src/run/claimCell';
import { runSweepCell } from '../../src/run/sweepCell';
import { HeadlessRun } from '../../src/run/headless';
import type { MnistDigits } from '../../src/data/mnist';
import { LOADED } from '../helpers/timeouts';

const cell = { index: 0, learningRate: 0.1, initScale: 1, seed: 4 };

describe('a claim’s run', () => {
  it('is a sweep cell when it measures outcomes only', () => {
    const e = findPreset('bad-init')!.experiment;
    const probe = { kind: 'outcome' as const };
    expect(runClaimCell(e, { ...cell, probe }, 60)).toEqual({
      ...runSweepCell(e, cell, 60),
      probe,
    });
  });

  it(
    'tracks accuracy at every evaluation, train accuracy, and the measures per window',
    LOADED.medium,
    () => {
      const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
      e.training.evalEvery = 50;
      e.cohort.third = 'noisyBatchNorm';
      const probe = {
        kind: 'track' as const,
        optimizationEvery: 20,
        windows: [{ from: 40, to: 100 }],
        layersEvery: 10,
      };
      const r = runClaimCell(e, { ...cell, probe }, 100);
      for (const member of ['plain', 'batchNorm', 'noisyBatchNorm'] as const) {
        const m = r.measures![member]!;
        expect(Object.keys(m)).toEqual(
          expect.arrayContaining([
            'accuracy@0',
            'accuracy@50',
            'accuracy@100',
            'trainAccuracy',
            'travel',
            'shift',
            'ics@0',
            'smoothness@0',
          ]),
        );
        expect(m['accuracy@100']).toBe(r.outcomes[member]!.finalAccuracy);
        expect(m.shift).toBeGreaterThan(0);
        expect(m['ics@0']).toBeGreaterThan(0);
      }
      // Noisy BN's units move step to step far more than BN's: the noise is redrawn every step.
      expect(r.measures!.noisyBatchNorm!.shift!).toBeGreaterThan(2 * r.measures!.batchNorm.shift!);
      // The run's numbers do not depend on how it is measured: the same final accuracy untracked.
      const same = cloneExperiment(e);
      same.seed = cell.seed;
      same.optimizer.learningRate = cell.learningRate;
      const plainRun = new HeadlessRun(same, { steps: 100, layersEvery: 0, keep: false });
      plainRun.advance();
      const last = plainRun.report().evaluations[0];
      expect(last.test.plain!.accuracy).toBe(r.outcomes.plain.finalAccuracy);
    },
  );

  it('measures the gradients at initialization, first hidden layer over last', () => {
    const e = findPreset('high-learning-rate')!.experiment;
    const r = runClaimCell(e, { ...cell, probe: { kind: 'gradients' } }, 1);
    const m = r.measures!.batchNorm;
    // 6 hidden layers and the output: 7 Dense layers
    expect(Object.keys(m).filter((k) => k.startsWith('gradient'))).toHaveLength(7);
    expect(m.ratio).toBeCloseTo(m.gradient1! / m.gradient6!, 12);
  });

  it('trains on the first training digits only, and keeps every test digit', () => {
    const digits: MnistDigits = {
      trainCount: 3,
      testCount: 2,
      labels: Uint8Array.from([1, 2, 3, 4, 5]),
      pixels: Uint8Array.from({ length: 5 * 784 }, (_, k) => Math.floor(k / 784) + 10),
    };
    const small = withTrainRows({ mnist: digits }, 2).mnist!;
    expect(small.trainCount).toBe(2);
    expect(small.testCount).toBe(2);
    expect([...small.labels]).toEqual([1, 2, 4, 5]);
    expect([0, 1, 2, 3].map((i) => small.pixels[i * 784])).toEqual([10, 11, 13, 14]);
    expect(withTrainRows({ mnist: digits }, 2).mnist).toBe(small);
    expect(withTrainRows({ mnist: digits }, 9).mnist).toBe(digits);
  });
});
