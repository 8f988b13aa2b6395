import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { band, bandEdge } from '../../src/experiment/bands';
import type { PresetEvidence } from '../../src/experiment/evidence';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { shippedSweep } from '../../src/state/evidenceClient';
import type { RunInfo } from '../../src/protocol/frames';
import { FrameHistory } from '../../src/state/history';
import { scoreRows } from '../../src/state/scoreboard';
import { createLabStore } from '../../src/state/store';
import { formatNumber } from '../../src/ui/charts/canvas';
import { scoreboardSentences, scoreContext } from '../../src/ui/scoreboardText';
import { tourReading } from '../../src/ui/tourReadings';

const evidence = JSON.parse(
  readFileSync('src/experiment/evidence/deep-relu-xor.json', 'utf8'),
) as PresetEvidence;

/** The opening's page state as the tour reads it: its shipped evidence, nothing trained yet. */
function opening() {
  const experiment = cloneExperiment(findPreset('deep-relu-xor')!.experiment);
  const store = createLabStore({ experiment, presetId: 'deep-relu-xor' });
  const setup = evidence.setups[0];
  const rate = setup.rates[0];
  store.setState((s) => ({
    evidence: {
      ...s.evidence,
      threshold: setup.bands.threshold,
      learningRate: rate.learningRate,
      bands: shippedSweep(setup.bands),
      scores: shippedSweep(rate.scores),
      init: shippedSweep(rate.init),
      shipped: evidence,
      ics: rate.ics,
    },
  }));
  return { state: store.getState(), history: new FrameHistory() };
}

describe('the tour’s readings', () => {
  it('state the scoreboard’s own sentences for the advantages', () => {
    const sources = opening();
    const rows = scoreRows(sources.state.evidence, ['plain', 'batchNorm']);
    const context = scoreContext(sources.state.evidence);
    const [edge, speed] = scoreboardSentences(rows, context);
    expect(tourReading('edge', sources)).toBe(`Over 3 seeds: ${edge}`);
    expect(tourReading('speed', sources)).toBe(`Over 3 seeds: ${speed}`);
    expect(speed).toMatch(/the plain twin never does \(blew up 3 of 3\)/);
  });

  it('give both placements’ edges as the shipped bands draw them', () => {
    const sources = opening();
    const text = tourReading('placements', sources)!;
    for (const setup of evidence.setups.filter(
      (s) => s.experiment.optimizer.learningRate === 1.78,
    )) {
      const edge = bandEdge(band(setup.bands.results, 'batchNorm', setup.bands.threshold))!;
      expect(text).toContain(
        `with BN ${setup.experiment.batchNorm.placement} the activation the BN twin trains up to η = ${formatNumber(edge)}`,
      );
    }
    const plainEdge = bandEdge(
      band(evidence.setups[0].bands.results, 'plain', evidence.setups[0].bands.threshold),
    )!;
    expect(text).toContain(`without BN, up to η = ${formatNumber(plainEdge)}`);
  });

  it('say that a twin blew up, as its drift bars and readouts do, never its last sane drift', () => {
    const { state, history } = opening();
    const blown = {
      ...state,
      run: {
        ...state.run,
        step: 100,
        divergedAt: { plain: 8, batchNorm: null },
        info: { layers: Array.from({ length: 8 }, () => ({})) } as unknown as RunInfo,
      },
    };
    expect(tourReading('drift', { state: blown, history })).toContain(
      '(the plain twin at the same place: blew up at step 8)',
    );
    expect(tourReading('layerInputs', { state: blown, history })).toContain(
      'plain twin: layer 1 blew up at step 8, layer 8 blew up at step 8;',
    );
  });

  it('say nothing of a run before it has run, and count what BN holds from the setup', () => {
    const sources = opening();
    expect(tourReading('outcome', sources)).toBe('Not started yet: press Play.');
    expect(tourReading('drift', sources)).toBe('Not started yet: press Play.');
    expect(tourReading('parameters', sources)).toBe(
      'batch_normalization: 16 features × 4 = 64 numbers (32 trainable, 32 not). ' +
        Array.from(
          { length: 7 },
          (_, i) =>
            `batch_normalization_${i + 1}: 16 features × 4 = 64 numbers (32 trainable, 32 not).`,
        ).join(' '),
    );
    expect(tourReading('landscape', sources)).toMatch(
      /^Over 3 seeds of this setup, measured ahead of time, BN’s ‖G − G′‖\/‖G‖ against the plain twin’s: at steps 500–1,000 /,
    );
  });
});
