import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';
import { bandPlan } from '../../src/experiment/bands';
import {
  icsPlan,
  initPlan,
  lossThreshold,
  matchEvidence,
  scorePlan,
  type MeasuredSweep,
  type PresetEvidence,
} from '../../src/experiment/evidence';
import { evidenceRequests } from '../../src/page/evidenceRequests';
import { findPreset, PRESETS } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { sweepCells, type SweepSpec } from '../../src/experiment/sweep';
import { mnistAssets, needsMnist } from '../../src/run/assets';
import { measureIcs } from '../../src/run/evidence';
import { runSweepCell } from '../../src/run/sweepCell';
import { LOADED } from '../helpers/timeouts';

const shipped = (presetId: string): PresetEvidence =>
  JSON.parse(
    readFileSync(
      new URL(`../../src/experiment/evidence/${presetId}.json`, import.meta.url),
      'utf8',
    ),
  ) as PresetEvidence;

/** Every setup the presets ship evidence for, at each of its rates, with what ships. */
function setups() {
  return PRESETS.flatMap((preset) => {
    const evidence = shipped(preset.id);
    return evidenceRequests(preset).flatMap((request, i) =>
      request.learningRates.map((learningRate) => {
        const e = cloneExperiment(request.experiment);
        e.optimizer.learningRate = learningRate;
        const setup = evidence.setups[i];
        const rate = setup?.rates.find((r) => r.learningRate === learningRate);
        return { presetId: preset.id, request, e, setup, rate: rate! };
      }),
    );
  });
}

function expectPlanned(e: Experiment, sweep: MeasuredSweep, spec: SweepSpec) {
  expect(sweep.spec).toEqual(spec);
  expect(sweep.threshold).toBe(lossThreshold(e));
  const { results } = sweep;
  expect(results.map((r) => ({ ...r, outcomes: undefined }))).toEqual(
    sweepCells(e, spec).map((cell) => ({ ...cell, outcomes: undefined })),
  );
}

describe('the evidence shipped with the presets', () => {
  it('covers every preset at both placements and every setup a tour step loads, as planned now', () => {
    for (const preset of PRESETS)
      expect(shipped(preset.id).setups).toHaveLength(evidenceRequests(preset).length);
    for (const { request, e, setup, rate } of setups()) {
      expect(setup.experiment).toEqual(request.experiment);
      expect(rate).toBeDefined();
      expectPlanned(e, setup.bands, bandPlan(e));
      expectPlanned(e, rate.init, initPlan(e));
      expectPlanned(e, rate.scores, scorePlan(e));
      expect(rate.ics.plan).toEqual(icsPlan(e));
      expect(rate.ics.seeds.map((s) => s.seed)).toEqual([e.seed, e.seed + 1, e.seed + 2]);
    }
  });

  it('is found for a preset at its own setup and placement, and not for a changed setup', () => {
    const preset = findPreset('deep-relu-xor')!;
    const evidence = shipped(preset.id);
    const e = cloneExperiment(preset.experiment);
    expect(matchEvidence(e, evidence)?.rate?.learningRate).toBe(e.optimizer.learningRate);
    e.batchNorm.placement = 'after';
    expect(matchEvidence(e, evidence)?.setup.experiment.batchNorm.placement).toBe('after');
    e.optimizer.learningRate = 0.123;
    expect(matchEvidence(e, evidence)?.rate).toBeNull();
    e.training.steps = 100;
    expect(matchEvidence(e, evidence)).toBeNull();
    e.training.steps = preset.experiment.training.steps;
    e.seed = 2;
    expect(matchEvidence(e, evidence)).toBeNull();
  });

  it(
    'gives the numbers the code gives now: a sample of every sweep, every preset, bit for bit',
    LOADED.long,
    () => {
      const mnist = mnistAssets(ensureMnistAsset());
      for (const { presetId, e, setup, rate } of setups()) {
        const bands = setup.bands;
        const assets = needsMnist(e) ? mnist : {};
        // MNIST runs are costly: one band run stands for them; the light presets are sampled
        // in every sweep (a change to the numerics changes nearly every run).
        const sample = needsMnist(e)
          ? [[bands, bands.results.length - 1] as const]
          : ([
              [bands, 0],
              [bands, bands.results.length >> 1],
              [bands, bands.results.length - 1],
              [rate.init, rate.init.results.length - 1],
              [rate.scores, 0],
            ] as const);
        for (const [sweep, index] of sample) {
          const shippedRun = sweep.results[index];
          const fresh = runSweepCell(e, shippedRun, sweep.spec.steps, assets);
          expect(fresh, `${presetId}, BN ${e.batchNorm.placement}, run ${index}`).toEqual(
            shippedRun,
          );
        }
      }
    },
  );

  it(
    'gives the ICS over seeds the code gives now (the opening at η = 0.3, where both twins train)',
    LOADED.long,
    () => {
      const both = setups().find(
        ({ presetId, e }) =>
          presetId === 'deep-relu-xor' &&
          e.batchNorm.placement === 'before' &&
          e.optimizer.learningRate === 0.3,
      )!;
      expect(measureIcs(both.e)).toEqual(both.rate.ics);
    },
  );
});
