import { describe, expect, it } from 'vitest';
import {
  findPreset,
  OPENING_ID,
  OPENING_LEARNING_RATE,
  PRESETS,
} from '../../src/experiment/presets';
import type { LayerSummary } from '../../src/run/tapSummaries';
import { CSV_COLUMNS, reportToCsv } from '../../src/run/report';
import { runHeadless } from '../../src/run/headless';
import { ExperimentRun } from '../../src/run/runner';
import { runSweepCell } from '../../src/run/sweepCell';
import { outcomeOf } from '../../src/experiment/sweep';
import { firstRows, readRows } from '../../src/data/dataset';
import { evaluateSplit } from '../../src/run/evaluate';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { LOADED } from '../helpers/timeouts';

const losses = (experiment: Experiment, steps = 60) =>
  runHeadless(experiment, { steps, layersEvery: 0 }).steps.map((s) => [
    s.loss.plain,
    s.loss.batchNorm,
  ]);

describe('headless runner', LOADED.medium, () => {
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

  it('takes batches in order with shuffle off, and the same rows in another order with shuffle on', () => {
    const firstEpoch = (shuffle: boolean) => {
      const e = cloneExperiment(DEFAULT_EXPERIMENT);
      e.training.shuffle = shuffle;
      e.training.batchSize = 5;
      const run = new ExperimentRun(e);
      const rows: number[][] = [];
      // 45 training rows: nine batches of five are one epoch.
      for (let b = 0; b < 9; b++) {
        run.step();
        for (let r = 0; r < 5; r++) rows.push([...run.sampler.x.subarray(2 * r, 2 * r + 2)]);
      }
      const { train } = run.dataset;
      return { rows, train: [...readRows(train, 0, train.count, new Float64Array(90))] };
    };
    const inOrder = firstEpoch(false);
    expect(inOrder.rows.flat()).toEqual(inOrder.train);
    const shuffled = firstEpoch(true);
    const key = (row: number[]) => row.join(',');
    expect(shuffled.rows.map(key).sort()).toEqual(inOrder.rows.map(key).sort());
    expect(shuffled.rows).not.toEqual(inOrder.rows);
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
      ...r.cohort.networks.plain.parameter('dense1.kernel')!.values,
    ];
    expect(kernel(run)).not.toEqual(kernel(same));
    expect(run.step()).not.toEqual(same.step());
  });

  it('reports every hidden layer’s taps measured on the same rows, with drift counted from step 0', () => {
    const report = runHeadless(DEFAULT_EXPERIMENT, { steps: 3, layersEvery: 1 });
    const layers = report.steps[2].layers!.batchNorm!;
    expect(layers.map((l) => l.units)).toEqual([3, 2]);
    // The step-0 measurement is the reference: the first record already has a drift, equal
    // to its drift from the start.
    const first = report.steps[0].layers!.plain![0].preActivation;
    expect(first.drift).toBeGreaterThan(0);
    expect(first.drift).toBe(first.driftFromStart);
    expect(layers[0].postActivation.drift).toBeGreaterThan(0);
    // Every training row of the worked example (45 of them) through each of the 3 units.
    expect(layers[0].preActivation.count).toBe(45 * 3);
    // BN after the activation: over the measured rows, normalized by their own statistics, each
    // output unit has mean β_j exactly, so the layer's mean is the mean of β after 3 steps.
    const run = new ExperimentRun(DEFAULT_EXPERIMENT);
    for (let s = 0; s < 3; s++) run.step();
    const beta = run.cohort.networks.batchNorm.blocks[0].batchNorm!.beta.values;
    const meanBeta = beta.reduce((a, b) => a + b, 0) / beta.length;
    expect(Math.abs(meanBeta)).toBeGreaterThan(1e-4);
    expect(layers[0].postActivation.mean).toBeCloseTo(meanBeta, 12);
    // What BN receives in the BN twin (the ReLU outputs), and the same place in the plain twin.
    expect(layers[0].bnInput!.min).toBeGreaterThanOrEqual(0);
    expect(report.steps[2].layers!.plain![0].bnInput!.min).toBeGreaterThanOrEqual(0);
  });

  it('evaluates at step 0, every evalEvery steps and at the end, BN twin with running statistics', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.training.evalEvery = 40;
    const report = runHeadless(e, { steps: 100, layersEvery: 0 });
    expect(report.evaluations.map((r) => r.step)).toEqual([0, 40, 80, 100]);
    // The same numbers by hand: the BN twin after 100 steps, every test row in inference mode.
    const run = new ExperimentRun(e);
    for (let s = 0; s < 100; s++) run.step();
    const network = run.cohort.networks.batchNorm;
    const { test } = run.dataset;
    network.resize(test.count);
    const x = readRows(test, 0, test.count, new Float64Array(test.count * test.inputSize));
    const logits = Float64Array.from(network.forward(x, test.count, false));
    let correct = 0;
    for (let r = 0; r < test.count; r++) if (logits[r] > 0 === test.y[r] > 0.5) correct++;
    const final = report.evaluations[3].test.batchNorm!;
    expect(final.accuracy).toBe(correct / test.count);
    expect(final.loss).toBeCloseTo(network.head.loss(logits, test.y, test.count), 12);
    // Batch statistics (training mode) would give other logits: the evaluation did not use them.
    for (const block of network.blocks) block.batchNorm!.freezeRunningStatistics = true;
    const batchMode = network.forward(x, test.count, true);
    expect([...batchMode.subarray(0, test.count)]).not.toEqual([...logits]);
  });

  it('leaves training untouched by evaluations: the same losses with and without them', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    const often = runHeadless(
      { ...e, training: { ...e.training, evalEvery: 1 } },
      { steps: 60, layersEvery: 0 },
    );
    const never = runHeadless(
      { ...e, training: { ...e.training, evalEvery: 1000 } },
      { steps: 59, layersEvery: 0 },
    );
    const losses = (r: typeof often) =>
      r.steps.slice(0, 59).map((s) => [s.loss.plain, s.loss.batchNorm]);
    expect(losses(often)).toEqual(losses(never));
    expect(often.evaluations.length).toBe(61);
  });

  it('takes Santurkar’s measures on every k-th step without changing training', () => {
    const deep = findPreset('deep-saturating')!.experiment;
    const plainRun = runHeadless(deep, { steps: 24, layersEvery: 0 });
    const measured = runHeadless(deep, { steps: 24, layersEvery: 0, optimizationEvery: 8 });
    const lossesOf = (r: typeof plainRun) => r.steps.map((s) => [s.loss.plain, s.loss.batchNorm]);
    expect(lossesOf(measured)).toEqual(lossesOf(plainRun));
    expect(measured.final).toEqual(plainRun.final);
    expect(plainRun.steps.some((s) => s.optimization)).toBe(false);
    const at = measured.steps.filter((s) => s.optimization).map((s) => s.step);
    expect(at).toEqual([8, 16, 24]);
    const record = measured.steps[15].optimization!;
    const hidden = deep.model.hidden.length;
    for (const v of ['plain', 'batchNorm'] as const) {
      expect(record[v]!.step).toBe(16);
      expect(record[v]!.layers.map((l) => l.layer)).toEqual(
        Array.from({ length: hidden + 1 }, (_, i) => i + 1),
      );
      expect(record[v]!.layers[0].gradientChange).toBeNull();
      for (const l of record[v]!.layers.slice(1)) expect(l.gradientChange).toBeGreaterThan(0);
      expect(record[v]!.landscape.losses).toHaveLength(5);
    }
    // η/‖W‖² only where BN follows the Dense layer: every hidden layer of the BN twin
    expect(record.plain!.layers.every((l) => l.effectiveLearningRate === null)).toBe(true);
    expect(
      record.batchNorm!.layers.slice(0, hidden).every((l) => l.effectiveLearningRate! > 0),
    ).toBe(true);
  });

  it('trains extra networks beside the twins without changing the twins’ numbers by a bit', () => {
    const deep = findPreset('deep-saturating')!.experiment;
    const twins = runHeadless(deep, { steps: 40, layersEvery: 10 });
    const cohort = cloneExperiment(deep);
    cohort.cohort = { ...cohort.cohort, third: 'noisyBatchNorm', fourth: 'layerNorm' };
    const four = runHeadless(cohort, { steps: 40, layersEvery: 10 });
    expect(Object.keys(four.steps[0].loss)).toEqual([
      'plain',
      'batchNorm',
      'noisyBatchNorm',
      'layerNorm',
    ]);
    for (const v of ['plain', 'batchNorm'] as const) {
      expect(four.steps.map((s) => s.loss[v])).toEqual(twins.steps.map((s) => s.loss[v]));
      expect(four.steps[39].layers![v]).toEqual(twins.steps[39].layers![v]);
      expect(four.final![v]).toEqual(twins.final![v]);
    }
    expect(four.final!.layerNorm!.groupNorm).toHaveLength(6);
    expect(four.final!.layerNorm!.batchNorm).toEqual([]);
    const noisy = four.steps.map((s) => s.loss.noisyBatchNorm!);
    expect(noisy.every(Number.isFinite)).toBe(true);
    expect(noisy).not.toEqual(four.steps.map((s) => s.loss.batchNorm));
    // Noisy BN with zero noise is BN, bit for bit.
    const zero = cloneExperiment(cohort);
    zero.cohort = { ...zero.cohort, fourth: 'none', noiseScale: 0, noiseShift: 0 };
    const quiet = runHeadless(zero, { steps: 40, layersEvery: 10 });
    expect(quiet.steps.map((s) => s.loss.noisyBatchNorm)).toEqual(
      quiet.steps.map((s) => s.loss.batchNorm),
    );
    expect(quiet.final!.noisyBatchNorm).toEqual(quiet.final!.batchNorm);
    expect(quiet.steps[39].layers!.noisyBatchNorm).toEqual(quiet.steps[39].layers!.batchNorm);
  });

  it('writes tidy CSV: one row per step, twin, layer and tap', () => {
    const report = runHeadless(DEFAULT_EXPERIMENT, { steps: 2, layersEvery: 1 });
    const rows = reportToCsv(report).trim().split('\n');
    expect(rows[0].split(',')).toEqual(CSV_COLUMNS);
    // 2 steps × 2 twins × 2 layers × 3 taps.
    expect(rows.length).toBe(1 + 2 * 2 * 2 * 3);
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
    expect(PRESETS[0].id).toBe('deep-relu-xor');
  });

  it(
    'opens on a setup where the plain twin fails and both BN twins train, on 10 of 10 seeds',
    LOADED.long,
    () => {
      // The opening claim (docs/opening.md): at the opening η, within the first 600 steps (about
      // 2 s of the page at its default speed), the plain twin blows up or stays at chance while
      // the BN twin reaches 90% test accuracy, with BN before and after the activation.
      const e = cloneExperiment(findPreset(OPENING_ID)!.experiment);
      expect(e.optimizer.learningRate).toBe(OPENING_LEARNING_RATE);
      for (const placement of ['before', 'after'] as const) {
        e.batchNorm.placement = placement;
        for (let seed = 1; seed <= 10; seed++) {
          const cell = runSweepCell(
            e,
            { index: 0, learningRate: e.optimizer.learningRate, initScale: 1, seed, target: 0.9 },
            600,
          );
          const where = `BN ${placement}, seed ${seed}`;
          expect(outcomeOf(cell.outcomes.plain, 0.52), where).toMatch(/blowsUp|stalls/);
          expect(cell.outcomes.plain.stepsToTarget, where).toBeNull();
          expect(cell.outcomes.batchNorm.stepsToTarget, where).toBeLessThanOrEqual(200);
          expect(cell.outcomes.batchNorm.divergedAtStep, where).toBeNull();
        }
      }
    },
  );

  it(
    'shows at η = 0.3 both twins training, and the plain twin’s deep layers drifting far more',
    LOADED.medium,
    () => {
      const e = cloneExperiment(PRESETS[0].experiment);
      e.optimizer.learningRate = 0.3;
      const report = runHeadless(e, { steps: 600, layersEvery: 600 });
      const last = report.evaluations[report.evaluations.length - 1].test;
      expect(last.plain!.accuracy).toBeGreaterThan(0.9);
      expect(last.batchNorm!.accuracy).toBeGreaterThan(0.9);
      const layers = report.steps[report.steps.length - 1].layers!;
      const deepDrift = (variant: 'plain' | 'batchNorm') =>
        layers[variant]!.slice(4).reduce((sum, l) => sum + l.preActivation.relativeDrift!, 0) / 4;
      expect(deepDrift('batchNorm')).toBeLessThan(0.5);
      expect(deepDrift('plain')).toBeGreaterThan(5 * deepDrift('batchNorm'));
    },
  );
});

describe('bounded evaluation', () => {
  it('scores a huge test split on its first 10,000 rows, the same numbers as those rows alone', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.data = {
      type: 'named',
      name: 'moons',
      samples: 40_000,
      noise: 0.1,
      testFraction: 0.5,
      normalizeInputs: true,
    };
    e.model.hidden = [{ units: 4, activation: 'tanh' }];
    const run = new ExperimentRun(e);
    expect(run.dataset.test.count).toBe(20_000);
    expect(run.testSample.count).toBe(10_000);
    for (let s = 0; s < 20; s++) run.step();
    const evaluation = run.evaluate();
    const alone = evaluateSplit(run.cohort.networks.batchNorm, firstRows(run.dataset.test, 10_000));
    expect(evaluation.test.batchNorm).toEqual(alone);
    const whole = evaluateSplit(run.cohort.networks.batchNorm, run.dataset.test);
    expect(evaluation.test.batchNorm).not.toEqual(whole);
  });
});
