import { describe, expect, it } from 'vitest';
import { findPreset, PRESETS } from '../../src/experiment/presets';
import type { LayerSummary } from '../../src/run/tapSummaries';
import { CSV_COLUMNS, reportToCsv } from '../../src/run/report';
import { ExperimentRun, runHeadless } from '../../src/run/runner';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';

const losses = (experiment: Experiment, steps = 60) =>
  runHeadless(experiment, { steps, layersEvery: 0 }).steps.map((s) => [
    s.loss.plain,
    s.loss.batchNorm,
  ]);

describe('headless runner', () => {
  it('gives bitwise-identical per-step losses for the same seed, and different ones for another seed', () => {
    const deep = findPreset('deep-saturating')!.experiment;
    const first = losses(deep);
    expect(losses(deep)).toEqual(first);
    expect(losses({ ...deep, seed: deep.seed + 1 })).not.toEqual(first);
  });

  it('keeps the twins’ trajectories identical with BN placement none', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    e.batchNorm.placement = 'none';
    for (const [plain, batchNorm] of losses(e, 200)) expect(batchNorm).toBe(plain);
  });

  it('takes batches in order with shuffle off: two runs differ from shuffled ones only in the order', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.training.shuffle = false;
    const run = new ExperimentRun(e);
    run.step();
    expect([...run.sampler.x]).toEqual([
      ...run.dataset.train.x.subarray(0, e.training.batchSize * 2),
    ]);
  });

  it('applies a learning-rate change from the next step on', () => {
    const run = new ExperimentRun(DEFAULT_EXPERIMENT);
    const same = new ExperimentRun(DEFAULT_EXPERIMENT);
    run.step();
    same.step();
    run.learningRate = 1;
    // Step 2's loss is measured before its update, so it is the same; its update used η = 1.
    expect(run.step()).toEqual(same.step());
    const kernel = (r: ExperimentRun) => [
      ...r.twins.networks.plain.parameter('dense1.kernel')!.values,
    ];
    expect(kernel(run)).not.toEqual(kernel(same));
    expect(run.step()).not.toEqual(same.step());
  });

  it('reports layer summaries for every hidden layer and both taps, with drift from the second record on', () => {
    const report = runHeadless(DEFAULT_EXPERIMENT, { steps: 3, layersEvery: 1 });
    const layers = report.steps[2].layers!.batchNorm!;
    expect(layers.map((l) => l.units)).toEqual([3, 2]);
    expect(report.steps[0].layers!.plain![0].preActivation.drift).toBeNull();
    expect(layers[0].postActivation.drift).toBeGreaterThan(0);
    // BN after the activation: each post-activation unit has batch mean β, so the layer mean is mean(β).
    expect(Math.abs(layers[0].postActivation.mean)).toBeLessThan(0.05);
    expect(layers[0].preActivation.count).toBe(8 * 3);
  });

  it('evaluates at step 0, every evalEvery steps and at the end, BN twin with running statistics', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.training.evalEvery = 40;
    const report = runHeadless(e, { steps: 100, layersEvery: 0 });
    expect(report.evaluations.map((r) => r.step)).toEqual([0, 40, 80, 100]);
    const final = report.evaluations[3].test.batchNorm!;
    expect(final.accuracy).toBeGreaterThan(0.6);
  });

  it('writes tidy CSV: one row per step, twin, layer and tap', () => {
    const report = runHeadless(DEFAULT_EXPERIMENT, { steps: 2, layersEvery: 1 });
    const rows = reportToCsv(report).trim().split('\n');
    expect(rows[0].split(',')).toEqual(CSV_COLUMNS);
    expect(rows.length).toBe(1 + 2 * 2 * 2 * 2);
    expect(rows[1].split(',').slice(0, 2)).toEqual(['1', 'plain']);
  });

  it('shows more saturation and drift in the plain twin of the deep sigmoid preset (fixed seed)', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    const report = runHeadless(e, { steps: 1000, layersEvery: 50 });
    const average = (variant: 'plain' | 'batchNorm', pick: (l: LayerSummary) => number) => {
      const values = report.steps.flatMap((s) => s.layers?.[variant]?.map(pick) ?? []);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const saturation = (l: LayerSummary) => l.preActivation.fractionSaturated;
    const drift = (l: LayerSummary) => l.preActivation.drift ?? 0;
    expect(average('plain', saturation)).toBeGreaterThan(0.1);
    expect(average('plain', saturation)).toBeGreaterThan(5 * average('batchNorm', saturation));
    expect(average('plain', drift)).toBeGreaterThan(2 * average('batchNorm', drift));
  });

  it('shows the claims of each preset on its fixed seed', () => {
    const final = (id: string) => {
      const report = runHeadless(findPreset(id)!.experiment, { layersEvery: 0 });
      return report.evaluations[report.evaluations.length - 1].test;
    };
    const badInit = final('bad-init');
    expect(badInit.plain!.accuracy).toBeLessThan(0.6);
    expect(badInit.batchNorm!.accuracy).toBeGreaterThan(0.95);
    const highLr = final('high-learning-rate');
    expect(highLr.plain!.accuracy).toBeLessThan(0.6);
    expect(highLr.batchNorm!.accuracy).toBeGreaterThan(0.95);
    expect(PRESETS[0].id).toBe('worked-example');
  });
});
