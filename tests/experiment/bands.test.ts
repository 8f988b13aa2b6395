import { describe, expect, it } from 'vitest';
import {
  band,
  bandEdge,
  bandKey,
  bandPlan,
  LOG_LR_MAX,
  LOG_LR_MIN,
  stepCost,
} from '../../src/experiment/bands';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import type { CellResult, TwinOutcome } from '../../src/experiment/sweep';

const trains: TwinOutcome = {
  finalLoss: 0.1,
  lossAtThreeQuarters: 0.2,
  bestLoss: 0.1,
  finalAccuracy: 1,
  divergedAtStep: null,
};
const blowsUp: TwinOutcome = { ...trains, finalLoss: null, divergedAtStep: 12 };
const stalls: TwinOutcome = { ...trains, finalLoss: 0.69, lossAtThreeQuarters: 0.69 };

function cell(learningRate: number, seed: number, plain: TwinOutcome, bn: TwinOutcome): CellResult {
  return { index: 0, learningRate, initScale: 1, seed, outcomes: { plain, batchNorm: bn } };
}

describe('the slider’s bands', () => {
  it('cover the slider’s axis every half decade for light setups and every decade for MNIST', () => {
    const light = bandPlan(findPreset('deep-relu-xor')!.experiment);
    expect(light.learningRates).toHaveLength(2 * (LOG_LR_MAX - LOG_LR_MIN) + 1);
    expect(light.learningRates[0]).toBe(1e-4);
    expect(light.learningRates.at(-1)).toBe(10);
    expect(light.learningRates[8]).toBe(1);
    expect([light.seeds, light.steps]).toEqual([3, 500]);
    const paper = bandPlan(findPreset('paper')!.experiment);
    expect(paper.learningRates).toEqual([1e-4, 1e-3, 1e-2, 0.1, 1, 10]);
    expect([paper.seeds, paper.steps]).toEqual([2, 150]);
  });

  it('counts a step’s cost as batch rows × parameters', () => {
    // Worked example: 2-3-2-1 → (2+1)·3 + (3+1)·2 + (2+1)·1 = 20 parameters.
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.training.batchSize = 10;
    expect(stepCost(e)).toBe(10 * 20);
    // The paper's net: 785·100 + 101·100 + 101·100 + 101·10 = 99,710 parameters, batches of 60.
    expect(stepCost(findPreset('paper')!.experiment)).toBe(60 * 99_710);
  });

  it('keep their key when only η changes, and change it for anything else', () => {
    const e = cloneExperiment(findPreset('deep-relu-xor')!.experiment);
    const key = bandKey(e);
    e.optimizer.learningRate = 2;
    expect(bandKey(e)).toBe(key);
    e.batchNorm.placement = 'after';
    expect(bandKey(e)).not.toBe(key);
  });

  it('show each rate’s commonest outcome, ties going to the worse one, and find the edge', () => {
    const results = [
      cell(0.1, 1, trains, trains),
      cell(0.1, 2, trains, trains),
      cell(1, 1, trains, trains),
      cell(1, 2, blowsUp, trains),
      cell(10, 1, stalls, trains),
      cell(10, 2, stalls, blowsUp),
      undefined,
    ];
    const plain = band(results, 'plain', 0.52);
    expect(plain.map((s) => s.outcome)).toEqual(['trains', 'blowsUp', 'stalls']);
    expect(plain[1].counts).toEqual({ trains: 1, tooSlow: 0, stalls: 0, blowsUp: 1 });
    expect(bandEdge(plain)).toBe(0.1);
    const bn = band(results, 'batchNorm', 0.52);
    expect(bn.map((s) => s.outcome)).toEqual(['trains', 'trains', 'blowsUp']);
    expect(bandEdge(bn)).toBe(1);
    expect(bandEdge([])).toBeNull();
  });
});
