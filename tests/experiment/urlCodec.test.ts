import { english } from '../../src/i18n/translate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPreset, PRESETS } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import {
  decodeExperimentHash,
  decodePart,
  encodeExperimentHash,
} from '../../src/experiment/urlCodec';
import { dataFingerprint } from '../../src/experiment/packed';
import { LOADED } from '../helpers/timeouts';

describe('URL hash codec', LOADED.short, () => {
  it('writes only the preset for an unchanged preset', () => {
    expect(encodeExperimentHash(findPreset('bad-init')!.experiment, 'bad-init')).toBe(
      '#preset=bad-init',
    );
  });

  it('writes each changed field as a readable dotted path', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.optimizer.learningRate = 0.3;
    e.batchNorm.placement = 'before';
    e.model.hidden = [{ units: 4, activation: 'tanh' }];
    const hash = encodeExperimentHash(e, 'worked-example');
    expect(decodeURIComponent(hash)).toBe(
      '#preset=worked-example&model.hidden=[{"units":4,"activation":"tanh"}]&batchNorm.placement=before&optimizer.learningRate=0.3',
    );
  });

  it('restores exactly what it encoded, for any learning rate, seed and placement', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom<('none' | 'before' | 'after')[]>('none', 'before', 'after'),
        (id, learningRate, seed, placement) => {
          const e = cloneExperiment(findPreset(id)!.experiment);
          Object.assign(e.optimizer, { learningRate });
          Object.assign(e, { seed });
          e.batchNorm.placement = placement;
          const decoded = decodeExperimentHash(encodeExperimentHash(e, id));
          expect(decoded.errors.map(english)).toEqual([]);
          expect(decoded.presetId).toBe(id);
          expect(decoded.experiment).toEqual(e);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trips inline data by writing the whole data object', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.data = {
      type: 'inline',
      task: 'binary',
      featureNames: ['a'],
      x: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12]],
      y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
      testFraction: 0.25,
      normalizeInputs: true,
    };
    expect(decodeExperimentHash(encodeExperimentHash(e, 'worked-example')).experiment).toEqual(e);
  });

  it('escapes what would split a link in names and values: &, =, #, %, +, spaces', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    const names = ['R&D', 'a=b', 'c#d', '50%', 'x+y', 'two words'];
    e.data = {
      type: 'inline',
      task: 'binary',
      featureNames: names,
      x: Array.from({ length: 12 }, (_, i) => names.map((_, j) => i * j)),
      y: Array.from({ length: 12 }, (_, i) => i % 2),
      testFraction: 0.25,
      normalizeInputs: true,
    };
    const hash = encodeExperimentHash(e, 'worked-example');
    // One & between fields only: the data's value holds none raw, nor =, # or a space.
    const data = hash.split('&').find((part) => part.startsWith('data='))!;
    expect(data.slice('data='.length)).not.toMatch(/[&=# +]/);
    expect(hash.slice(1)).not.toContain('#');
    const decoded = decodeExperimentHash(hash);
    expect(decoded.errors.map(english)).toEqual([]);
    expect(decoded.experiment.data).toEqual(e.data);
  });

  it('keeps large inline data out of the link, and the link says where it lives', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    const n = 2000;
    e.data = {
      type: 'inline',
      task: 'binary',
      featureNames: ['a', 'b'],
      x: Array.from({ length: n }, (_, i) => [i / n, (i * 7) % 13]),
      y: Array.from({ length: n }, (_, i) => i % 2),
      testFraction: 0.25,
      normalizeInputs: true,
    };
    e.seed = 77;
    const hash = encodeExperimentHash(e, 'worked-example');
    expect(hash.length).toBeLessThan(200);
    // The rows' fingerprint names them, so a reload finds them kept on this device.
    const fingerprint = dataFingerprint(e.data);
    expect(fingerprint).toMatch(/^2000x2-[0-9a-f]{8}$/);
    expect(hash).toContain(`data=in-file.${fingerprint}`);
    const decoded = decodeExperimentHash(hash);
    expect(decoded.inFile).toBe(fingerprint);
    expect(decodeExperimentHash('#preset=worked-example&data=in-file').inFile).toBeNull();
    expect(decoded.errors.map(english)).toEqual([
      'data: lives in the experiment file this link was made from (too large for a link): import that file for it',
    ]);
    // The rest of the link applies; the data is the preset's.
    expect(decoded.experiment.seed).toBe(77);
    expect(decoded.experiment.data).toEqual(findPreset('worked-example')!.experiment.data);
  });

  it('falls back to the preset only for the bad fields, and says which and why', () => {
    const decoded = decodeExperimentHash(
      '#preset=deep-saturating&optimizer.learningRate=banana&seed=7&batchNorm.placement=sideways',
    );
    expect(decoded.experiment.seed).toBe(7);
    expect(decoded.experiment.optimizer.learningRate).toBe(
      findPreset('deep-saturating')!.experiment.optimizer.learningRate,
    );
    expect(decoded.experiment.batchNorm.placement).toBe('before');
    expect(decoded.errors.map(english)).toEqual([
      'batchNorm.placement: must be one of before, after, none; got "sideways"',
      'optimizer.learningRate: must be a number greater than 0 and at most 100, got "banana"',
    ]);
  });

  it('names an unknown preset and unknown settings', () => {
    const decoded = decodeExperimentHash('#preset=nope&colour=red');
    expect(decoded.presetId).toBe('deep-relu-xor');
    expect(decoded.errors.map(english)).toEqual([
      'preset: there is no preset "nope"; using deep-relu-xor',
      expect.stringMatching(/^colour: is not a known field/),
    ]);
  });

  it('refuses prototype keys and never throws on garbage', () => {
    const decoded = decodeExperimentHash('#__proto__.polluted=1&constructor.prototype.x=2');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decoded.errors.length).toBe(2);
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        const result = decodeExperimentHash(garbage);
        expect(result.experiment.version).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps JSON readable in the hash and survives malformed percent escapes', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.model.hidden = [{ units: 4, activation: 'tanh' }];
    expect(encodeExperimentHash(e, 'worked-example')).toBe(
      '#preset=worked-example&model.hidden=[{%22units%22:4,%22activation%22:%22tanh%22}]',
    );
    // Escapes that are not UTF-8 name their field and keep the preset's value; a lone % is itself.
    for (const bad of ['%E0%A4%A', '%FF', '%C0%AF', '%80'])
      expect(decodeExperimentHash(`#seed=${bad}`).errors.map(english)).toEqual([
        'seed: has a broken percent-escape (not UTF-8); using the preset’s value',
      ]);
    const named = decodeExperimentHash('#preset=paper&optimizer.kind=%80&seed=7');
    expect(named.presetId).toBe('paper');
    expect(named.experiment.seed).toBe(7);
    expect(named.experiment.optimizer.kind).toBe(findPreset('paper')!.experiment.optimizer.kind);
    expect(named.errors.map(english)).toEqual([
      'optimizer.kind: has a broken percent-escape (not UTF-8); using the preset’s value',
    ]);
    // A part that names no field is said to, whatever its value.
    expect(decodeExperimentHash('#name=%80').errors.map(english)).toEqual([
      'name: is not a known field',
    ]);
    expect(decodeExperimentHash('#preset=%FF').errors.map(english)).toEqual([
      'preset: has a broken percent-escape (not UTF-8); using the preset’s value',
    ]);
    expect(decodeExperimentHash('#optimizer.learningRate=0.5%').errors.map(english)).toEqual([
      'optimizer.learningRate: must be a number greater than 0 and at most 100, got "0.5%"',
    ]);
    expect(decodePart('%E0%A4%A')).toBeNull();
    expect(decodePart('a+b%20c')).toBe('a b c');
  });

  it('treats an empty hash as the first preset with no errors', () => {
    expect(decodeExperimentHash('')).toEqual({
      experiment: PRESETS[0].experiment,
      presetId: 'deep-relu-xor',
      inFile: null,
      errors: [],
    });
  });
});
