import { describe, expect, it } from 'vitest';
import { parameterSummary, summaryTotals } from '../../src/page/parameterSummary';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';

describe('the parameter table', () => {
  it('counts the worked example as Keras’ model.summary() does', () => {
    // Dense(3, input_dim=2) → BN → Dense(2) → BN → Dense(1): Keras prints 9, 12, 8, 8, 3;
    // total 40, trainable 30, non-trainable 10 (the two BN layers' running mean and variance).
    const rows = parameterSummary(findPreset('worked-example')!.experiment);
    expect(rows.map((r) => [r.name, r.trainable + r.nonTrainable])).toEqual([
      ['dense', 9],
      ['batch_normalization', 12],
      ['dense_1', 8],
      ['batch_normalization_1', 8],
      ['dense_2', 3],
    ]);
    expect(summaryTotals(rows)).toEqual({ total: 40, trainable: 30, nonTrainable: 10 });
  });

  it('puts the activation in a layer of its own when BN sits before it, and counts no BN without it', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.batchNorm.placement = 'before';
    expect(parameterSummary(e).map((r) => r.kind)).toEqual([
      'Dense',
      'BatchNormalization',
      'Activation',
      'Dense',
      'BatchNormalization',
      'Activation',
      'Dense',
    ]);
    e.batchNorm.placement = 'none';
    expect(summaryTotals(parameterSummary(e))).toEqual({
      total: 20,
      trainable: 20,
      nonTrainable: 0,
    });
  });
});
