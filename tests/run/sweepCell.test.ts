import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import {
  compareRanges,
  logGrid,
  outcomeOf,
  sweepCells,
  type CellResult,
} from '../../src/experiment/sweep';
import { TWINS } from '../../src/experiment/members';
import { evaluateSplit } from '../../src/run/evaluate';
import { ExperimentRun } from '../../src/run/runner';
import { runSweepCell } from '../../src/run/sweepCell';
import { LOADED } from '../helpers/timeouts';

describe('one sweep cell', LOADED.long, () => {
  it('sweeps every network of a cohort, the twins’ outcomes as in a sweep of the twins alone', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    const cell = { index: 0, learningRate: 0.3, initScale: 1, seed: 2 };
    const twins = runSweepCell(e, cell, 80);
    e.cohort = { ...e.cohort, third: 'groupNorm', fourth: 'batchNormBefore', groups: 1 };
    const four = runSweepCell(e, cell, 80);
    expect(Object.keys(four.outcomes)).toEqual([
      'plain',
      'batchNorm',
      'groupNorm',
      'batchNormBefore',
    ]);
    expect(four.outcomes.plain).toEqual(twins.outcomes.plain);
    expect(four.outcomes.batchNorm).toEqual(twins.outcomes.batchNorm);
    expect(four.outcomes.groupNorm!.finalLoss).toBeGreaterThan(0);
    expect(four.outcomes.batchNormBefore!.finalLoss).not.toBe(four.outcomes.batchNorm.finalLoss);
    const { ranges } = compareRanges([four], 0.7);
    expect(Object.keys(ranges)).toHaveLength(4);
  });

  it('trains exactly the description at the cell’s η and init scale', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    const cell = { index: 0, learningRate: 0.3, initScale: 2, seed: 5 };
    const r = runSweepCell(e, cell, 120);
    e.optimizer.learningRate = 0.3;
    e.init.scale = 2;
    e.seed = 5;
    const run = new ExperimentRun(e);
    for (let s = 0; s < 120; s++) run.step();
    for (const v of TWINS) {
      const scores = evaluateSplit(run.cohort.networks[v], run.trainSample)!;
      expect(r.outcomes[v].finalLoss).toBe(scores.loss);
      expect(r.outcomes[v].finalAccuracy).toBe(
        evaluateSplit(run.cohort.networks[v], run.dataset.test)!.accuracy,
      );
      // The best loss seen includes the final one.
      expect(r.outcomes[v].bestLoss!).toBeLessThanOrEqual(scores.loss);
    }
    expect(r).toMatchObject(cell);
  });

  it('records a diverged twin’s step and best loss before it, while the other twin finishes', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.data.normalizeInputs = false;
    const r = runSweepCell(e, { index: 0, learningRate: 10, initScale: 1, seed: 1 }, 500);
    const diverged = TWINS.filter((v) => r.outcomes[v].divergedAtStep !== null);
    expect(diverged).toEqual(['batchNorm']);
    expect(r.outcomes.batchNorm.divergedAtStep).toBeGreaterThan(0);
    expect(r.outcomes.batchNorm.divergedAtStep).toBeLessThanOrEqual(500);
    expect(r.outcomes.batchNorm.finalLoss).toBeNull();
    expect(r.outcomes.batchNorm.finalAccuracy).toBeNull();
    expect(r.outcomes.batchNorm.bestLoss).toBeGreaterThan(0);
    expect(r.outcomes.plain.finalLoss).toBeGreaterThan(0);
  });

  it('is a pure function of its inputs: the same cell twice gives the same numbers', () => {
    const cell = { index: 3, learningRate: 0.3, initScale: 2, seed: 1 };
    expect(runSweepCell(DEFAULT_EXPERIMENT, cell, 100)).toEqual(
      runSweepCell(DEFAULT_EXPERIMENT, cell, 100),
    );
  });
});

describe(
  'a whole sweep of the deep sigmoid preset (seed 1, 7 rates from 0.001 to 10, 2000 steps)',
  LOADED.long,
  () => {
    const e = findPreset('deep-saturating')!.experiment;
    const spec = { learningRates: logGrid(1e-3, 10, 7), steps: e.training.steps, seeds: 1 };
    let results: CellResult[] = [];
    // 14 twin runs of 2,000 steps: about 5 s on an idle 2-core machine, sized here for a busy one.
    beforeAll(() => {
      results = sweepCells(e, spec).map((cell) => runSweepCell(e, cell, spec.steps));
    }, LOADED.long.timeout);

    it('gives every run either a finite loss falling from its start, or the step it blew up', () => {
      for (const r of results) {
        for (const v of TWINS) {
          const o = r.outcomes[v];
          if (o.divergedAtStep === null) {
            expect(Number.isFinite(o.finalLoss)).toBe(true);
            expect(o.bestLoss!).toBeLessThanOrEqual(o.finalLoss!);
            expect(Number.isFinite(o.lossAtThreeQuarters)).toBe(true);
          } else {
            expect(o.finalLoss).toBeNull();
            expect(o.divergedAtStep).toBeGreaterThan(0);
            expect(o.divergedAtStep).toBeLessThanOrEqual(spec.steps);
          }
        }
      }
    });

    it('shows BN’s claim: the BN twin trains at a higher learning rate than the plain twin', () => {
      const { ranges } = compareRanges(results, 0.52);
      expect(ranges.batchNorm.highestThatTrains!).toBeGreaterThan(ranges.plain.highestThatTrains!);
      // Every rate judged stable has a run under the threshold.
      for (const v of TWINS)
        for (const rate of ranges[v].rates.filter((r) => r.trains)) {
          const o = results.find((r) => r.learningRate === rate.learningRate)!.outcomes[v];
          expect(outcomeOf(o, 0.52)).toBe('trains');
        }
    });
  },
);
