import { describe, expect, it } from 'vitest';
import { formatFieldError } from '../../src/experiment/fieldReader';
import { findPreset, PRESETS } from '../../src/experiment/presets';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { parseExperiment } from '../../src/experiment/validate';
import { bn } from '../../src/i18n/messages/bn';
import { Translator } from '../../src/i18n/translate';

function messages(input: unknown): string[] {
  return parseExperiment(input).errors.map((e) => formatFieldError(e));
}

describe('parseExperiment', () => {
  it('fills every missing field from the defaults', () => {
    const { experiment, errors } = parseExperiment({});
    expect(errors).toEqual([]);
    expect(experiment).toEqual(DEFAULT_EXPERIMENT);
  });

  it('accepts every preset unchanged', () => {
    for (const preset of PRESETS) {
      const { experiment, errors } = parseExperiment(JSON.parse(JSON.stringify(preset.experiment)));
      expect(errors, preset.id).toEqual([]);
      expect(experiment).toEqual(preset.experiment);
    }
  });

  it.each([
    [{ seed: -1 }, 'seed: must be an integer at least 0 and at most 4294967295, got -1'],
    [{ seed: 1.5 }, 'seed: must be an integer'],
    [
      { optimizer: { learningRate: 0 } },
      'optimizer.learningRate: must be a number greater than 0 and at most 100, got 0',
    ],
    [
      { optimizer: { learningRate: '0.1' } },
      'optimizer.learningRate: must be a number greater than 0 and at most 100, got "0.1"',
    ],
    [
      { optimizer: { kind: 'rmsprop' } },
      'optimizer.kind: must be one of sgd, momentum, adam; got "rmsprop"',
    ],
    [
      { batchNorm: { placement: 'middle' } },
      'batchNorm.placement: must be one of before, after, none; got "middle"',
    ],
    [{ batchNorm: { momentum: 0 } }, 'batchNorm.momentum: must be a number greater than 0'],
    [{ model: { hidden: [] } }, 'model.hidden: must have 1 to 16 layers, got 0'],
    [
      { model: { hidden: [{ units: 0, activation: 'relu' }] } },
      'model.hidden[0].units: must be an integer at least 1',
    ],
    [
      { model: { hidden: [{ units: 4, activation: 'gelu' }] } },
      'model.hidden[0].activation: must be one of relu, leakyRelu, tanh, sigmoid, linear; got "gelu"',
    ],
    [{ model: { head: 'linear' } }, 'model.head: linear does not fit binary data'],
    [
      { training: { batchSize: 1000 } },
      'training.batchSize: must be at most the 45 training rows, got 1000',
    ],
    [{ training: { batchSize: 1 } }, 'training.batchSize: must be at least 2 with Batch Norm'],
    [{ training: { shuffle: 'yes' } }, 'training.shuffle: must be true or false, got "yes"'],
    [
      { data: { name: 'mnist-fashion' } },
      'data.name: must be one of lecture, placement, circle, xor, gaussians, spiral, moons, mnist; got "mnist-fashion"',
    ],
    [
      { data: { type: 'inline', x: [[1], [2], [3]], y: [0, 1, 0] } },
      'data.x: must have 4 to 100000 rows, got 3',
    ],
    [
      { data: { type: 'inline', x: [[1], [2], [3], [4]], y: [0, 1, 2, 0] } },
      'data.y[2]: must be 0 or 1, got 2',
    ],
    [
      { data: { type: 'inline', x: [[1], [2, 3], [3], [4]], y: [0, 1, 1, 0] } },
      'data.x[1]: must be an array of 1 numbers',
    ],
    [{ init: { weights: [] } }, 'init.weights: must have one entry per Dense layer (3), got 0'],
    [{ optimizr: {} }, 'optimizr: is not a known field'],
    [{ training: { stepz: 5 } }, 'training.stepz: is not a known field'],
    [[1, 2], '(root): must be an object, got an array of 2'],
    [{ version: 2 }, 'version: must be 1, got 2'],
  ])('rejects %j naming the field and the reason', (input, expected) => {
    expect(messages(input).some((m) => m.startsWith(expected))).toBe(true);
  });

  it('reports every bad field at once and repairs each one alone to its default', () => {
    const { experiment, errors } = parseExperiment({
      seed: 'x',
      optimizer: { learningRate: -3, kind: 'adam' },
    });
    expect(errors.map((e) => e.path)).toEqual(['seed', 'optimizer.learningRate']);
    expect(experiment.seed).toBe(DEFAULT_EXPERIMENT.seed);
    expect(experiment.optimizer.learningRate).toBe(DEFAULT_EXPERIMENT.optimizer.learningRate);
    expect(experiment.optimizer.kind).toBe('adam');
  });

  it('falls back to the given defaults (e.g. a preset) rather than the global ones', () => {
    const deep = findPreset('deep-saturating')!.experiment;
    const { experiment, errors } = parseExperiment(
      { ...deep, seed: 'x', model: { hidden: 'deep' } },
      deep,
    );
    expect(errors.map((e) => e.path)).toEqual(['seed', 'model.hidden']);
    expect(experiment).toEqual(deep);
  });

  it('checks the shape of explicit initial weights against the model', () => {
    const good = {
      init: {
        weights: [
          {
            kernel: [
              [1, 0, 0],
              [0, 1, 0],
            ],
            bias: [0, 0, 0],
          },
          {
            kernel: [
              [1, 0],
              [0, 1],
              [1, 1],
            ],
            bias: [0, 0],
          },
          { kernel: [[1], [-1]], bias: [0] },
        ],
      },
    };
    expect(parseExperiment(good).errors).toEqual([]);
    expect(parseExperiment(good).experiment.init.weights?.[2].kernel).toEqual([[1], [-1]]);
    const bad = structuredClone(good);
    bad.init.weights[1].kernel[2] = [1];
    expect(messages(bad)).toEqual(['init.weights[1].kernel[2]: must have 2 numbers, got 1']);
  });

  it('accepts inline multiclass rows and picks the softmax head for them', () => {
    const { experiment, errors } = parseExperiment({
      data: {
        type: 'inline',
        task: 'multiclass',
        x: [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
          [2, 2],
        ],
        y: [0, 1, 2, 1, 0],
      },
      training: { batchSize: 4 },
    });
    expect(errors).toEqual([]);
    expect(experiment.model.head).toBe('softmax');
  });
});

describe('a field’s problems in the page’s language', () => {
  const bengali = new Translator('bn', 'latn', bn);
  const said = (input: unknown) =>
    parseExperiment(input).errors.map((e) => formatFieldError(e, bengali));

  it('say the rule and the value found in Bengali, the English kept for the command line', () => {
    expect(said({ optimizer: { learningRate: -1 } })).toEqual([
      'optimizer.learningRate: 0-এর বেশি ও সর্বোচ্চ 100 একটি সংখ্যা হতে হবে, পাওয়া গেছে -1',
    ]);
    expect(said({ data: { type: 'named', noise: [1, 2] } })).toEqual([
      'data.noise: অন্তত 0 ও সর্বোচ্চ 2 একটি সংখ্যা হতে হবে, পাওয়া গেছে 2টি জিনিসের একটি array',
    ]);
    expect(said({ model: { hidden: [] } })).toEqual([
      'model.hidden: 1 থেকে 16টি layer থাকতে হবে, পাওয়া গেছে 0টি',
    ]);
    // the same problems in English, word for word what the English message holds
    const errors = parseExperiment({ training: { batchSize: 1 } }).errors;
    expect(errors.map((e) => formatFieldError(e))).toEqual([
      'training.batchSize: must be at least 2 with Batch Norm (a batch of 1 has no variance)',
    ]);
    expect(errors.every((e) => e.said !== undefined)).toBe(true);
  });
});
