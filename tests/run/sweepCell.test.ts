import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { logGrid, stableRange, sweepCells, type CellResult } from '../../src/experiment/sweep';
import { sweepSummary } from '../../src/experiment/sweepReport';
import { VARIANTS } from '../../src/experiment/variants';
import { evaluateSplit } from '../../src/run/evaluate';
import { ExperimentRun } from '../../src/run/runner';
import { runSweepCell } from '../../src/run/sweepCell';
import { LOADED } from '../helpers/timeouts';

describe('one sweep cell', LOADED.long, () => {
  it('trains exactly the description at the cell’s η and init scale', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    const cell = { index: 0, learningRate: 0.3, initScale: 2 };
    const r = runSweepCell(e, cell, 120);
    e.optimizer.learningRate = 0.3;
    e.init.scale = 2;
    const run = new ExperimentRun(e);
    for (let s = 0; s < 120; s++) run.step();
    for (const v of VARIANTS) {
      const scores = evaluateSplit(run.twins.networks[v], run.trainSample)!;
      expect(r.outcomes[v].finalLoss).toBe(scores.loss);
      expect(r.outcomes[v].finalAccuracy).toBe(
        evaluateSplit(run.twins.networks[v], run.dataset.test)!.accuracy,
      );
      // The best loss seen includes the final one.
      expect(r.outcomes[v].bestLoss!).toBeLessThanOrEqual(scores.loss);
    }
    expect(r).toMatchObject(cell);
  });

  it('records a diverged twin’s step and best loss before it, while the other twin finishes', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.data.normalizeInputs = false;
    const r = runSweepCell(e, { index: 0, learningRate: 10, initScale: 1 }, 500);
    const diverged = VARIANTS.filter((v) => r.outcomes[v].divergedAtStep !== null);
    expect(diverged).toEqual(['batchNorm']);
    expect(r.outcomes.batchNorm.divergedAtStep).toBeGreaterThan(0);
    expect(r.outcomes.batchNorm.divergedAtStep).toBeLessThanOrEqual(500);
    expect(r.outcomes.batchNorm.finalLoss).toBeNull();
    expect(r.outcomes.batchNorm.finalAccuracy).toBeNull();
    expect(r.outcomes.batchNorm.bestLoss).toBeGreaterThan(0);
    expect(r.outcomes.plain.finalLoss).toBeGreaterThan(0);
  });

  it('is a pure function of its inputs: the same cell twice gives the same numbers', () => {
    const cell = { index: 3, learningRate: 0.3, initScale: 2 };
    expect(runSweepCell(DEFAULT_EXPERIMENT, cell, 100)).toEqual(
      runSweepCell(DEFAULT_EXPERIMENT, cell, 100),
    );
  });
});

describe(
  'a whole sweep of the deep sigmoid preset (seed 1, 13 rates, 2000 steps)',
  LOADED.long,
  () => {
    const e = findPreset('deep-saturating')!.experiment;
    const spec = { learningRates: logGrid(1e-3, 10, 13), steps: e.training.steps };
    let results: CellResult[] = [];
    // 26 twin runs of 2,000 steps: about 9 s on an idle 2-core machine, sized here for a busy one.
    beforeAll(() => {
      results = sweepCells(e, spec).map((cell) => runSweepCell(e, cell, spec.steps));
    }, LOADED.long.timeout);

    it('gives every cell an outcome that is either a finite loss or a divergence step', () => {
      for (const r of results) {
        for (const v of VARIANTS) {
          const o = r.outcomes[v];
          if (o.divergedAtStep === null) {
            expect(Number.isFinite(o.finalLoss)).toBe(true);
            expect(o.bestLoss!).toBeLessThanOrEqual(o.finalLoss!);
          } else {
            expect(o.finalLoss).toBeNull();
            expect(o.divergedAtStep).toBeGreaterThan(0);
            expect(o.divergedAtStep).toBeLessThanOrEqual(spec.steps);
          }
        }
      }
    });

    it('shows BN’s claim: a wider stable range than the plain twin', () => {
      const plain = stableRange(results, 'plain', 0.52);
      const batchNorm = stableRange(results, 'batchNorm', 0.52);
      expect(batchNorm.decades).toBeGreaterThan(plain.decades);
      // Every learning rate of a stable range is stable by definition.
      for (const v of VARIANTS) {
        for (const lr of stableRange(results, v, 0.52).learningRates) {
          const o = results.find((r) => r.learningRate === lr)!.outcomes[v];
          expect(o.finalLoss!).toBeLessThan(0.52);
        }
      }
    });

    it('regression pin: the measured ranges of this engine (plain 2.00, BN 3.33 decades)', () => {
      // Measured values: they move if the engine's arithmetic changes; the claim above must not.
      expect(stableRange(results, 'plain', 0.52).decades).toBeCloseTo(6 / 3, 10);
      expect(stableRange(results, 'batchNorm', 0.52).decades).toBeCloseTo(10 / 3, 10);
      expect(sweepSummary(results, 0.52)).toContain('ratio 1.67');
    });
  },
);
