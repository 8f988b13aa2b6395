import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLOPS_PER_SECOND,
  EVALUATION_MACS,
  boundaryResolution,
  estimateCost,
  estimateLine,
  evaluationRows,
  formatSeconds,
  macsPerRow,
  measuredRows,
  pageVerdict,
  secondsPerStep,
} from '../../src/experiment/cost';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { PRESETS, findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { parseExperiment } from '../../src/experiment/validate';
import { measureFlopsPerSecond } from '../../src/run/calibrate';
import { ExperimentRun } from '../../src/run/runner';
import { mnistAssets } from '../../src/run/assets';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';
import { LOADED } from '../helpers/timeouts';
import { bn } from '../../src/i18n/messages/bn';
import { say, Translator } from '../../src/i18n/translate';

const mnist = mnistAssets(ensureMnistAsset());

/** The issue's heavy setup: 100,000 moons, 90% of them test rows, 16 tanh layers of 500 units. */
function heavyMoons(): Experiment {
  const { experiment, errors } = parseExperiment({
    version: 1,
    data: { type: 'named', name: 'moons', samples: 100_000, testFraction: 0.9 },
    model: { hidden: Array.from({ length: 16 }, () => ({ units: 500, activation: 'tanh' })) },
  });
  expect(errors).toEqual([]);
  return experiment;
}

/** 3 ReLU layers of 1,024 units at batch 976: about 25 GFLOP a step. */
function heavyBatch(): Experiment {
  const e = cloneExperiment(DEFAULT_EXPERIMENT);
  e.model.hidden = [1024, 1024, 1024].map((units) => ({ units, activation: 'relu' as const }));
  e.training.batchSize = 976;
  return e;
}

describe('cost estimates', LOADED.medium, () => {
  it('counts the worked example’s FLOPs exactly: 6 per weight per row a step, 2 an evaluation', () => {
    const e = findPreset('worked-example')!.experiment;
    // 2 → 3 → 2 → 1: 6 + 6 + 2 = 14 multiply-adds per row.
    expect(macsPerRow([2, 3, 2, 1])).toBe(14);
    const cost = estimateCost(e);
    expect(cost.macsPerRow).toBe(14);
    expect(cost.parameters).toBe(14 + 3 + 2 + 1);
    expect(cost.networks).toBe(2);
    expect(cost.flopsPerStep).toBe(2 * 6 * e.training.batchSize * 14);
    // 60 rows: 45 train, 15 test, all of them scored.
    expect(cost.evaluatedRows).toEqual({ train: 45, test: 15 });
    expect(cost.flopsPerEvaluation).toBe(2 * 2 * 14 * 60);
  });

  it('keeps every preset’s evaluation rows, taps and boundary grid as they were, the paper’s paced', () => {
    for (const preset of PRESETS) {
      const cost = estimateCost(preset.experiment);
      const run = new ExperimentRun(preset.experiment, mnist);
      expect(run.macsPerRow).toBe(cost.macsPerRow);
      // The paper preset trains 60 × 500 rows between evaluations: 8% of them are scored, a
      // quarter train rows and three quarters test rows.
      const paced = preset.id === 'paper';
      expect(run.trainSample.count).toBe(paced ? 600 : Math.min(2000, run.dataset.train.count));
      expect(run.testSample.count).toBe(paced ? 1800 : Math.min(10_000, run.dataset.test.count));
      expect(cost.evaluatedRows).toEqual({
        train: run.trainSample.count,
        test: run.testSample.count,
      });
      expect(run.meters.batchNorm.rows).toBe(Math.min(256, run.dataset.train.count));
      if (run.dataset.inputSize === 2) expect(boundaryResolution(cost.macsPerRow)).toBe(40);
    }
  });

  it('bounds the rows a costly net is scored, measured and drawn on', () => {
    const e = heavyMoons();
    const cost = estimateCost(e);
    expect(cost.macsPerRow).toBe(2 * 500 + 15 * 500 * 500 + 500);
    const rows = Math.floor(EVALUATION_MACS / cost.macsPerRow);
    expect(rows).toBe(266);
    // 10 steps of 32 rows between evaluations afford fewer still: the fewest, 256.
    expect(cost.evaluatedRows).toEqual({ train: 256, test: 256 });
    expect(evaluationRows(cost.macsPerRow, 90_000, 10_000)).toBe(266);
    expect(evaluationRows(cost.macsPerRow, 90_000, 10_000, 320, 'test')).toBe(256);
    // Cheap nets are never paced; costly ones get 8% of the rows trained between evaluations.
    expect(evaluationRows(20, 90_000, 10_000, 320, 'test')).toBe(10_000);
    expect(evaluationRows(1e5, 90_000, 10_000, 60 * 500, 'test')).toBe(1800);
    expect(evaluationRows(1e5, 90_000, 2000, 60 * 500, 'train')).toBe(600);
    // Never fewer than 256 scored, 64 measured, a 12 × 12 grid.
    expect(evaluationRows(1e12, 90_000, 10_000)).toBe(256);
    expect(evaluationRows(1e12, 100, 10_000)).toBe(100);
    expect(measuredRows(cost.macsPerRow, 10_000)).toBe(64);
    expect(boundaryResolution(cost.macsPerRow)).toBe(12);
    const run = new ExperimentRun(e);
    expect(run.trainSample.count).toBe(256);
    expect(run.testSample.count).toBe(256);
    expect(run.meters.plain.rows).toBe(64);
  });

  it('asks before running a setup past the page’s interactive budget, with the estimate', () => {
    for (const preset of PRESETS)
      expect(pageVerdict(estimateCost(preset.experiment), DEFAULT_FLOPS_PER_SECOND)).toEqual({
        kind: 'ok',
      });
    const cost = estimateCost(heavyBatch());
    expect(cost.flopsPerStep).toBe(2 * 6 * 976 * (2 * 1024 + 2 * 1024 * 1024 + 1024));
    const verdict = pageVerdict(cost, 2e9);
    expect(verdict.kind).toBe('confirm');
    // 24.6 GFLOP a step at 2 GFLOP/s: about 12 s.
    expect(secondsPerStep(cost, 2e9)).toBeCloseTo(12.3, 1);
    expect(verdict.kind === 'confirm' && verdict.reason).toBe(
      '≈ 12 s per step on this machine (25 GFLOP per step and 504 MFLOP per evaluation at 2 GFLOP/s), ≈ 1 s before the first frame, 370 MB of memory',
    );
    // The page says it in its language.
    expect(verdict.kind === 'confirm' && say(new Translator('bn', 'latn', bn), verdict.said)).toBe(
      'এই machine-এ প্রতি ধাপে ≈ 12 s (2 GFLOP/s গতিতে প্রতি ধাপে 25 GFLOP ও প্রতি মূল্যায়নে 504 MFLOP), প্রথম frame-এর আগে ≈ 1 s, 370 MB memory',
    );
    // More memory than a tab's worker holds: refused outright.
    const refused = pageVerdict({ ...cost, memoryBytes: 3e9 }, 2e9);
    expect(refused.kind).toBe('refuse');
    expect(refused.kind === 'refuse' && refused.reason).toMatch(
      /^it needs about 3 GB of memory, more than a browser tab’?'?s worker can hold \(2 GB\)/,
    );
  });

  it('says what a command-line run costs before it starts', () => {
    const e = findPreset('paper')!.experiment;
    expect(estimateLine(estimateCost(e), 2.5e9, 1000)).toBe(
      'estimate: 2 networks of 100k parameters; 72 MFLOP per step, 954 MFLOP per evaluation (every 500 steps); 70 MB; at 2.5 GFLOP/s here ≈ 30 ms per step, ≈ 30 s for 1,000 steps',
    );
    expect(formatSeconds(40)).toBe('40 s');
    expect(formatSeconds(720)).toBe('12 min');
    expect(formatSeconds(8e-5)).toBe('80 µs');
  });

  it('measures the machine’s speed in bounded time, even on a clock that stands still', () => {
    let time = 0;
    const rate = measureFlopsPerSecond(() => (time += 0.5), 30, 5);
    // Each timed step reads the clock once: 0.5 ms a step of the calibration net's FLOPs.
    expect(rate).toBeGreaterThan(0);
    expect(Number.isFinite(rate)).toBe(true);
    const frozen = measureFlopsPerSecond(() => 0, 30, 5);
    expect(Number.isFinite(frozen)).toBe(true);
  });
});
