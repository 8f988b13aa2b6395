import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { TOUR } from '../../src/experiment/tour';
import { isView } from '../../src/state/pageHash';

describe('the guided tour', () => {
  it('covers the lecture’s points in order, each step on a preset and view that exist', () => {
    expect(TOUR.map((s) => s.title.split(/[—:]/)[0].trim())).toEqual([
      'Internal covariate shift',
      'What BN computes per mini-batch',
      'γ and β are learned by gradient descent',
      'BN at test time',
      'Advantage 1',
      'Advantage 2',
      'Advantage 3',
      'Advantage 4',
      'A second view',
    ]);
    for (const step of TOUR) {
      if (step.preset) expect(findPreset(step.preset)).toBeDefined();
      expect(isView(step.view)).toBe(true);
    }
  });

  it('points only at panels the page marks', () => {
    const sources = readdirSync('src/ui')
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => readFileSync(`src/ui/${f}`, 'utf8'))
      .join('\n');
    for (const step of TOUR) expect(sources).toContain(`data-tour="${step.target}"`);
  });
});
