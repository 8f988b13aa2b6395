import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { presetCode, toKeras, toPyTorch } from '../../src/page/codegen';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { LOADED } from '../helpers/timeouts';

describe('code export', LOADED.short, () => {
  it('writes the lecture’s Keras model for the worked example', () => {
    const keras = toKeras(findPreset('worked-example')!.experiment, 'worked-example');
    expect(keras).toContain(
      'layers.Dense(3, activation="relu", kernel_initializer=init(0)),\n    layers.BatchNormalization(',
    );
    expect(keras).toContain(
      'layers.Dense(2, activation="relu", kernel_initializer=init(1)),\n    layers.BatchNormalization(',
    );
    expect(keras).toContain('layers.Dense(1, activation="sigmoid", kernel_initializer=init(2)),');
    expect(keras).toContain('keras.Input(shape=(2,))');
    expect(keras).toContain('momentum=0.9, epsilon=0.00001');
  });

  it('writes the lecture’s Keras defaults exactly, each framework in its own convention', () => {
    const e = findPreset('lecture-example')!.experiment;
    const keras = toKeras(e, 'lecture-example');
    expect(keras.match(/BatchNormalization\(momentum=0\.99, epsilon=0\.001\)/g)).toHaveLength(2);
    // The variance difference, with the batch's own numbers (4 rows: ÷ 4 against ÷ 3).
    expect(keras).toContain(
      'Keras 3 averages the biased batch variance (÷ 4) into moving_variance',
    );
    expect(keras).toContain('moving variance is 3/4 of the lab’s'.replace('’', "'"));
    const torch = toPyTorch(e, 'lecture-example');
    expect(torch.match(/BatchNorm1d\(\d, momentum=0\.01, eps=0\.001\)/g)).toHaveLength(2);
    expect(torch).toContain('(Keras writes it as momentum=0.99)');
  });

  it('puts BN between Dense and the activation for placement before, in both frameworks', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    expect(toKeras(e)).toContain(
      'layers.Dense(8, kernel_initializer=init(0)),\n    layers.BatchNormalization(momentum=0.9, epsilon=0.00001),\n    layers.Activation("sigmoid"),',
    );
    expect(toPyTorch(e)).toContain(
      'nn.Linear(2, 8),\n    nn.BatchNorm1d(8, momentum=0.1, eps=0.00001),\n    nn.Sigmoid(),',
    );
    expect(toPyTorch(e)).toContain('nn.init.normal_(module.weight, mean=0.0, std=2.0)');
  });

  it('gives every Dense layer its own initializer seed, so same-shaped layers differ', () => {
    const e = cloneExperiment(findPreset('paper')!.experiment);
    const keras = toKeras(e);
    expect(keras).toContain(`seed=${e.seed} + layer)`);
    const calls = [...keras.matchAll(/kernel_initializer=init\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(calls).toEqual([0, 1, 2, 3]);
  });

  it('standardizes inputs in the exported code exactly when the setup does', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.data.normalizeInputs = true;
    expect(toKeras(e)).toContain('std = np.where(std > 0, std, 1.0)');
    expect(toKeras(e)).toContain('import numpy as np');
    expect(toPyTorch(e)).toContain('std = x_train.std(dim=0, unbiased=False)');
    e.data.normalizeInputs = false;
    expect(toKeras(e)).not.toContain('standardize');
    expect(toKeras(e)).not.toContain('numpy');
    expect(toPyTorch(e)).not.toContain('standardize');
  });

  it('names a changed setup as custom and carries the live learning rate', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.optimizer.learningRate = 0.03;
    e.optimizer.kind = 'adam';
    expect(toKeras(e, 'worked-example')).toContain('# BatchNorm Lab: custom setup');
    expect(toKeras(e)).toContain(
      'keras.optimizers.Adam(learning_rate=0.03, beta_1=0.9, beta_2=0.999, epsilon=1e-8)',
    );
    expect(toPyTorch(e)).toContain(
      'torch.optim.Adam(model.parameters(), lr=0.03, betas=(0.9, 0.999), eps=1e-8)',
    );
  });

  it('writes code that Python parses, for every preset and both frameworks', () => {
    const sources = presetCode().flatMap((c) => [c.keras, c.pytorch]);
    const script =
      'import ast, json, sys\nfor source in json.load(sys.stdin): ast.parse(source)\nprint("ok")';
    const result = spawnSync('python3', ['-c', script], {
      input: JSON.stringify(sources),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok');
  });

  it('describes a cohort’s other networks in both frameworks, in code Python parses', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.cohort = { ...e.cohort, third: 'noisyBatchNorm', fourth: 'groupNorm', groups: 1 };
    const keras = toKeras(e);
    const torch = toPyTorch(e);
    expect(keras).toContain(
      '#   noisyBatchNorm: layers.BatchNormalization(momentum=0.9, epsilon=0.00001), then NoisyScaleShift(0.5, 1, seed=1), after each activation',
    );
    expect(keras).toContain('#   groupNorm: layers.GroupNormalization(groups=1, epsilon=0.00001)');
    expect(keras).toContain('class NoisyScaleShift(layers.Layer):');
    expect(torch).toContain(
      '#   groupNorm: nn.GroupNorm(1, units, eps=0.00001) after each activation',
    );
    expect(torch).toContain('class NoisyScaleShift(nn.Module):');
    expect(toKeras(DEFAULT_EXPERIMENT)).not.toContain('cohort');
    const script =
      'import ast, json, sys\nfor source in json.load(sys.stdin): ast.parse(source)\nprint("ok")';
    const result = spawnSync('python3', ['-c', script], {
      input: JSON.stringify([keras, torch]),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok');
  });

  for (const { id, keras, pytorch } of presetCode()) {
    it(`matches the stored Keras and PyTorch code of the ${id} preset`, () => {
      expect(keras).toMatchSnapshot('keras');
      expect(pytorch).toMatchSnapshot('pytorch');
    });
  }
});
