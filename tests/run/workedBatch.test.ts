import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { ExperimentRun } from '../../src/run/runner';
import { workedBatch } from '../../src/run/workedBatch';

const lecture = () => cloneExperiment(findPreset('lecture-example')!.experiment);

describe('one batch worked by hand', () => {
  it('is the batch the next step trains on, with the engine’s μ_B, σ²_B and running averages', () => {
    const run = new ExperimentRun(lecture());
    for (let s = 0; s < 7; s++) run.step();
    const worked = workedBatch(run, 0)!;
    expect(worked.step).toBe(8);
    expect(worked.features).toBe(3);
    // The lecture's 4 rows are one batch: every row, once.
    expect([...worked.rows].sort()).toEqual([0, 1, 2, 3]);
    // Keras' defaults as the engine holds them.
    expect([worked.momentum, worked.epsilon]).toEqual([0.01, 1e-3]);
    const bn = run.cohort.networks.batchNorm.blocks[0].batchNorm!;
    expect(worked.runningMeanBefore).toEqual(Array.from(bn.runningMean));
    // Taking the measurement leaves the run alone; the step then computes the same numbers.
    run.step();
    expect(Array.from(bn.batchMean)).toEqual(worked.mean);
    expect(Array.from(bn.batchVariance)).toEqual(worked.variance);
    expect(Array.from(bn.runningMean)).toEqual(worked.runningMeanAfter);
    expect(Array.from(bn.runningVariance)).toEqual(worked.runningVarianceAfter);
  });

  it('gives numbers that follow the lecture’s formulas', () => {
    const run = new ExperimentRun(lecture());
    for (let s = 0; s < 30; s++) run.step();
    const w = workedBatch(run, 1)!;
    const n = w.rows.length;
    // Layer 2 at test time receives layer 1's test-time output: not the training batch's values.
    expect(w.test.x).not.toEqual(w.x.slice(0, w.features));
    for (let j = 0; j < w.features; j++) {
      const column = w.rows.map((_, r) => w.x[r * w.features + j]);
      const mean = column.reduce((a, b) => a + b, 0) / n;
      const variance = column.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
      expect(w.mean[j]).toBeCloseTo(mean, 12);
      expect(w.variance[j]).toBeCloseTo(variance, 12);
      column.forEach((v, r) => {
        const xHat = (v - mean) / Math.sqrt(variance + w.epsilon);
        expect(w.xHat[r * w.features + j]).toBeCloseTo(xHat, 12);
        expect(w.y[r * w.features + j]).toBeCloseTo(w.gamma[j] * xHat + w.beta[j], 12);
      });
      const m = w.momentum;
      expect(w.runningMeanAfter[j]).toBeCloseTo((1 - m) * w.runningMeanBefore[j] + m * mean, 12);
      expect(w.runningVarianceAfter[j]).toBeCloseTo(
        (1 - m) * w.runningVarianceBefore[j] + m * variance * (n / (n - 1)),
        12,
      );
      // At test time the first row goes through the running averages, not the batch's.
      const testXHat =
        (w.test.x[j] - w.runningMeanAfter[j]) / Math.sqrt(w.runningVarianceAfter[j] + w.epsilon);
      expect(w.test.xHat[j]).toBeCloseTo(testXHat, 12);
      expect(w.test.y[j]).toBeCloseTo(w.gamma[j] * testXHat + w.beta[j], 12);
    }
  });

  it('looks ahead across an epoch without disturbing the shuffle', () => {
    const e = lecture();
    if (e.data.type === 'named') e.data = { ...e.data, name: 'placement', testFraction: 0.25 };
    e.training.batchSize = 8;
    const a = new ExperimentRun(e);
    const b = new ExperimentRun(e);
    // 45 training rows: the sixth batch crosses into the second epoch.
    for (let s = 0; s < 5; s++) {
      a.step();
      b.step();
    }
    const worked = workedBatch(a, 0)!;
    a.step();
    b.step();
    expect(Array.from(a.cohort.networks.batchNorm.blocks[0].batchNorm!.batchMean)).toEqual(
      worked.mean,
    );
    expect(Array.from(a.sampler.x)).toEqual(Array.from(b.sampler.x));
    expect(
      workedBatch(new ExperimentRun({ ...e, batchNorm: { ...e.batchNorm, placement: 'none' } }), 0),
    ).toBeNull();
  });
});
