import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  experimentFromJson,
  experimentToJson,
  MAX_EXPERIMENT_FILE_BYTES,
  utf8Bytes,
} from '../../src/experiment/file';
import {
  boundedList,
  boundedProblems,
  MAX_FIELD_ERRORS,
  visibleText,
} from '../../src/experiment/fieldReader';
import { english } from '../../src/i18n/translate';
import { PRESETS } from '../../src/experiment/presets';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { parseExperiment } from '../../src/experiment/validate';
import { LOADED } from '../helpers/timeouts';

/** Valid setups: a preset with its learning rate, seed, placement, scales and steps changed. */
const validExperiment = fc
  .record({
    preset: fc.constantFrom(...PRESETS.map((p) => p.experiment)),
    learningRate: fc.double({ min: 1e-6, max: 100, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    placement: fc.constantFrom('none', 'before', 'after' as const),
    momentum: fc.double({ min: 1e-9, max: 1, noNaN: true }),
    convention: fc.constantFrom('pytorch', 'keras' as const),
    scale: fc.double({ min: 1e-9, max: 100, noNaN: true }),
    steps: fc.integer({ min: 0, max: 100_000_000 }),
    shuffle: fc.boolean(),
  })
  .map((r): Experiment => {
    const e = cloneExperiment(r.preset);
    e.optimizer.learningRate = r.learningRate;
    e.seed = r.seed;
    e.batchNorm.placement = r.placement;
    e.batchNorm.momentum = r.momentum;
    e.batchNorm.convention = r.convention;
    e.init.scale = r.scale;
    e.training.steps = r.steps;
    e.training.shuffle = r.shuffle;
    return e;
  });

describe('experiment files', LOADED.short, () => {
  it('round-trip exactly: export then import gives the same description, bit for bit', () => {
    fc.assert(
      fc.property(validExperiment, (e) => {
        expect(parseExperiment(e).errors).toEqual([]);
        const { experiment, errors } = experimentFromJson(experimentToJson(e), DEFAULT_EXPERIMENT);
        expect(errors.map(english)).toEqual([]);
        expect(experiment).toEqual(e);
        expect(experimentToJson(experiment!)).toBe(experimentToJson(e));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps explicit initial weights exactly', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.init.weights = [
      {
        kernel: [
          [0.1, -0.30000000000000004, 1e-300],
          [5e-324, 2.5, -1],
        ],
        bias: [0, 0.1, 1 / 3],
      },
      {
        kernel: [
          [0.5, 1],
          [-0.25, 0.75],
          [1, 2],
        ],
        bias: [0, 0],
      },
      { kernel: [[1], [Math.PI]], bias: [Math.E] },
    ];
    const { experiment, errors } = experimentFromJson(experimentToJson(e), DEFAULT_EXPERIMENT);
    expect(errors.map(english)).toEqual([]);
    expect(experiment).toEqual(e);
  });

  it.each([
    ['{ "seed": 1,', /^the file is not JSON \(/],
    ['[1, 2, 3]', /must hold one JSON object/],
    ['"text"', /must hold one JSON object/],
    ['null', /must hold one JSON object/],
  ])('refuses %j, leaving nothing to load', (text, message) => {
    const { experiment, errors } = experimentFromJson(text, DEFAULT_EXPERIMENT);
    expect(experiment).toBeNull();
    expect(english(errors[0])).toMatch(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = ' '.repeat(MAX_EXPERIMENT_FILE_BYTES + 1);
    const { experiment, errors } = experimentFromJson(text, DEFAULT_EXPERIMENT);
    expect(experiment).toBeNull();
    expect(english(errors[0])).toBe('the file is 20.0 MB; an experiment file is at most 20 MB');
  });

  it('names each bad field and falls back to the default for it only', () => {
    const text = JSON.stringify({ seed: 7, optimizer: { learningRate: 'fast' }, colour: 'red' });
    const { experiment, errors } = experimentFromJson(text, DEFAULT_EXPERIMENT);
    expect(errors.map(english)).toEqual([
      'colour: is not a known field (known: version, name, seed, data, model, batchNorm, cohort, init, optimizer, training)',
      'optimizer.learningRate: must be a number greater than 0 and at most 100, got "fast"',
    ]);
    expect(experiment!.seed).toBe(7);
    expect(experiment!.optimizer.learningRate).toBe(DEFAULT_EXPERIMENT.optimizer.learningRate);
  });
});

describe('untrusted files, bounded', () => {
  it('counts a file’s size in UTF-8 bytes, not characters: 8 MB of “é€😀” is over 20 MB', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Bytes('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
    const text = `{"name":"${'€'.repeat(7_500_000)}"}`;
    expect(text.length).toBeLessThan(MAX_EXPERIMENT_FILE_BYTES);
    const read = experimentFromJson(text, DEFAULT_EXPERIMENT);
    expect(read.experiment).toBeNull();
    expect(english(read.errors[0])).toMatch(
      /^the file is 21\.5 MB; an experiment file is at most 20 MB$/,
    );
  });

  it('keeps the first problems and counts the rest, however many there are', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    const read = experimentFromJson(JSON.stringify(keys), DEFAULT_EXPERIMENT);
    expect(read.errors).toHaveLength(MAX_FIELD_ERRORS);
    expect(read.errors.length + read.omitted).toBe(50_000);
    const listed = boundedProblems(read.errors, read.omitted);
    expect(listed).toHaveLength(11);
    expect(english(listed[10])).toBe('and 49,990 more problems');
    expect(boundedList(['a', 'b'], 0, (n) => `${n}`)).toEqual(['a', 'b']);
  });

  it('reads a byte order mark like the page’s file reader, and escapes invisible characters', () => {
    const read = experimentFromJson(`\uFEFF${JSON.stringify({ seed: 9 })}`, DEFAULT_EXPERIMENT);
    expect(read.errors.map(english)).toEqual([]);
    expect(read.experiment?.seed).toBe(9);
    expect(visibleText('a\u202Eb\u200Bc\td\n')).toBe('a⟨U+202E⟩b⟨U+200B⟩c\td\n');
    expect(visibleText('plain')).toBe('plain');
    const bad = experimentFromJson(JSON.stringify({ '\u202Egpj.exe': 1 }), DEFAULT_EXPERIMENT);
    expect(english(bad.errors[0])).toMatch(/^"⟨U\+202E⟩gpj\.exe": is not a known field/);
  });
});

describe('the setup’s name', () => {
  it('survives export and import, and a name too long is refused with its length', () => {
    const { version, ...rest } = cloneExperiment(DEFAULT_EXPERIMENT);
    const named: Experiment = { version, name: 'Placement, η = 0.3', ...rest };
    const read = experimentFromJson(experimentToJson(named), DEFAULT_EXPERIMENT);
    expect(read.errors.map(english)).toEqual([]);
    expect(read.experiment?.name).toBe('Placement, η = 0.3');
    expect(experimentToJson(read.experiment!)).toBe(experimentToJson(named));
    const long = experimentFromJson(JSON.stringify({ name: 'x'.repeat(201) }), DEFAULT_EXPERIMENT);
    expect(long.errors.map(english)).toEqual(['name: must be at most 200 characters, got 201']);
    expect(long.experiment?.name).toBeUndefined();
  });
});
