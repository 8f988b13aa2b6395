import { TOUR_STEPS } from '../../src/page/tourSteps';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_CHOICES } from '../../src/experiment/choices';
import { FIELDS } from '../../src/experiment/fields';
import { findPreset } from '../../src/experiment/presets';
import { en } from '../../src/i18n/messages/en';
import { activationName, stepSetup, TOUR, tourText, type TourStep } from '../../src/page/tour';
import { isView } from '../../src/state/pageHash';

const setupOf = (step: TourStep) => stepSetup(step).experiment;

const uiSources = readdirSync('src/ui')
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => readFileSync(`src/ui/${f}`, 'utf8'))
  .join('\n');

describe('the guided tour', () => {
  it('has the number of steps the page reads links with before its code loads', () => {
    expect(TOUR.length).toBe(TOUR_STEPS);
  });

  it('covers the lecture’s points in order, each step on a preset and view that exist', () => {
    expect(TOUR.map((s) => tourText(s, setupOf(s)).title.split(/[—:]/)[0].trim())).toEqual([
      'Batch Normalization in one picture',
      'Normalized inputs',
      'Covariate shift',
      'Internal covariate shift',
      'What BN computes per mini-batch',
      'γ and β are learned by gradient descent',
      'Where BN sits',
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
    for (const step of TOUR) expect(uiSources).toContain(`data-tour="${step.target}"`);
  });

  it('names each step’s own setup: its activation, η and placement, never another’s', () => {
    for (const step of TOUR) {
      const e = setupOf(step);
      const { title, idea, lookFor } = tourText(step, e);
      const text = `${idea} ${lookFor}`;
      const own = activationName(e);
      for (const { label } of ACTIVATION_CHOICES)
        if (label !== own && label !== 'linear')
          expect(text, `${title} names ${label} on a ${own} net`).not.toMatch(
            new RegExp(`\\b${label}\\b`, 'i'),
          );
      for (const [, value] of lookFor.matchAll(/η = (\d+(?:\.\d+)?)/g))
        expect(Number(value), title).toBe(e.optimizer.learningRate);
      const placement = /BN (before|after) the/.exec(lookFor)?.[1];
      if (placement && step.reading !== 'placements') expect(placement).toBe(e.batchNorm.placement);
    }
    expect(activationName(setupOf(TOUR[0]))).toBe('ReLU');
  });

  it('names only controls the page has, by their labels', () => {
    const labels: string[] = [
      ...Object.values(FIELDS).map((f) => f.label),
      ...Object.values<string>(en),
    ];
    for (const step of TOUR) {
      const { title, lookFor } = tourText(step, setupOf(step));
      for (const [, name] of lookFor.matchAll(/“([^”]+)”/g))
        expect(uiSources.includes(name) || labels.includes(name), `${title}: “${name}”`).toBe(true);
    }
  });

  it('starts on the opening setup, where the twins differ at once', () => {
    expect(TOUR[0].preset).toBeUndefined();
    expect(TOUR[0].patch).toBeUndefined();
    expect(TOUR[0].reading).toBe('outcome');
  });
});
