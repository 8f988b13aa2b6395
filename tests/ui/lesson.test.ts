import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PresetEvidence } from '../../src/experiment/evidence';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { shippedSweep } from '../../src/state/evidenceClient';
import { FrameHistory } from '../../src/state/history';
import { createLabStore } from '../../src/state/store';
import { lesson } from '../../src/ui/lesson';

const shipped = JSON.parse(
  readFileSync('src/experiment/evidence/deep-relu-xor.json', 'utf8'),
) as PresetEvidence;

/** The opening at η, `steps` in, with the bands shipped for it and the twins' last evaluations. */
function page(
  learningRate: number,
  steps: number,
  twins: { plain: [number, number] | 'blew up'; batchNorm: [number, number] },
) {
  const experiment = cloneExperiment(findPreset('deep-relu-xor')!.experiment);
  experiment.optimizer.learningRate = learningRate;
  const store = createLabStore({ experiment, presetId: 'deep-relu-xor' });
  const setup = shipped.setups[0];
  const history = new FrameHistory();
  for (const twin of ['plain', 'batchNorm'] as const) {
    const scores = twins[twin];
    if (scores === 'blew up') continue;
    for (let k = 1; k <= 4; k++) {
      history.evaluations[twin].trainLoss.push(50 * k, scores[0]);
      history.evaluations[twin].testAccuracy.push(50 * k, scores[1]);
    }
  }
  store.setState((s) => ({
    run: {
      ...s.run,
      step: steps,
      divergedAt: { plain: twins.plain === 'blew up' ? 8 : null, batchNorm: null },
    },
    evidence: { ...s.evidence, threshold: 0.52, bands: shippedSweep(setup.bands) },
  }));
  return lesson(store.getState(), history);
}

describe('the lesson line', () => {
  it('asks for Play before the run has shown anything, and suggests nothing yet', () => {
    expect(page(1.78, 0, { plain: [0.69, 0.5], batchNorm: [0.69, 0.5] })).toEqual({
      now: 'Press Play (or Space) and watch the loss and accuracy chart at η = 1.78.',
      next: null,
    });
  });

  it('says what the charts show and where both twins train, from the bands', () => {
    const { now, next } = page(1.78, 200, { plain: 'blew up', batchNorm: [0.1, 0.97] });
    expect(now).toBe(
      'At η = 1.78: the plain twin blew up at step 8; the BN twin trains (test accuracy 97%).',
    );
    expect(next).toBe(
      'Try next: slide η down to 0.316, where the bands show both twins training — BN’s advantage is the range of learning rates that train (up to 3.16 with BN, 0.316 without; measured for this setup over 3 seeds).',
    );
  });

  it('calls a twin at the constant guess’s loss not learning, and past both edges sends η back into BN’s', () => {
    const { now, next } = page(10, 300, { plain: [0.693, 0.5], batchNorm: [0.8, 0.5] });
    expect(now).toBe(
      'At η = 10: the plain twin is not learning (loss 0.693; a constant guess scores 0.693); the BN twin is not learning (loss 0.8; a constant guess scores 0.693).',
    );
    expect(next).toMatch(
      /^Try next: slide η down to 3\.16: the BN twin trains there and the plain twin does not \(it trains up to 0\.316\)/,
    );
    expect(page(0.1, 300, { plain: [0.1, 0.98], batchNorm: [0.1, 0.99] }).next).toMatch(
      /^Try next: slide η up past 0\.316, where the plain twin’s band ends; the BN twin’s goes on to 3\.16/,
    );
  });
});
