import { describe, expect, it } from 'vitest';
import { ACTIVATION_CHOICES } from '../../src/experiment/choices';
import { findPreset, OPENING_ID, PRESETS } from '../../src/experiment/presets';
import { activationName } from '../../src/page/tour';

describe('the presets’ texts', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    'name the setup of %s as it is: its activation, its η, no other activation',
    (_, preset) => {
      const e = preset.experiment;
      const own = activationName(e).toLowerCase();
      const text = preset.summary.toLowerCase();
      expect(text).toContain(own);
      // The output head may be named too (the lecture's Dense(1, sigmoid)).
      const allowed = [own, e.model.head];
      for (const { value, label } of ACTIVATION_CHOICES) {
        if (allowed.includes(label.toLowerCase()) || allowed.includes(value) || value === 'linear')
          continue;
        expect(text, `${preset.id} names ${label}`).not.toMatch(
          new RegExp(`\\b${label.toLowerCase()}\\b`),
        );
      }
      // Every η a summary names at the setup's value is the setup's η ("slide η down to 0.3" is
      // a suggestion, said as one).
      const stated = /η = (\d+(?:\.\d+)?)/.exec(preset.summary);
      if (stated) expect(Number(stated[1])).toBe(e.optimizer.learningRate);
    },
  );

  it('gives the lecture’s example its 4 rows, no test split and Keras’ defaults, as its text says', () => {
    const { experiment: e, summary } = findPreset('lecture-example')!;
    expect(e.data).toMatchObject({ type: 'named', name: 'lecture', testFraction: 0 });
    expect(e.batchNorm).toEqual({
      placement: 'after',
      momentum: 0.01,
      epsilon: 1e-3,
      convention: 'keras',
    });
    expect(summary).toContain('momentum 0.99, ε = 0.001');
    expect(summary).toContain('no test split');
    // The invented table says that it is invented.
    expect(findPreset('worked-example')!.summary).toContain('60 invented rows');
  });

  it('names the page’s opening setup “opening”', () => {
    expect(findPreset(OPENING_ID)).toBe(PRESETS[0]);
    expect(findPreset('nope')).toBeUndefined();
  });
});
