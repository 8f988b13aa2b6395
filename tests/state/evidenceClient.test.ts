import { describe, expect, it } from 'vitest';
import { bandKey, bandPlan } from '../../src/experiment/bands';
import {
  icsPlan,
  INIT_SCALES,
  initPlan,
  scorePlan,
  type PresetEvidence,
} from '../../src/experiment/evidence';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { sweepCells } from '../../src/experiment/sweep';
import type { FromSweepWorker, ToSweepWorker } from '../../src/protocol/sweep';
import { CellSetups, runSweepCell } from '../../src/run/sweepCell';
import { EvidenceClient } from '../../src/state/evidenceClient';
import { createLabStore, type LabStore } from '../../src/state/store';
import type { SweepWorkerPort } from '../../src/state/sweepPool';
import { LOADED } from '../helpers/timeouts';

/** A sweep worker that runs each cell in this thread, answering on the next task. */
class InlineSweepWorker implements SweepWorkerPort {
  static cells = 0;
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;
  private readonly setups = new CellSetups();
  postMessage(message: ToSweepWorker): void {
    InlineSweepWorker.cells++;
    setTimeout(() => {
      if (this.terminated) return;
      const { call, request } = message;
      const answer = runSweepCell(this.setups.of(request), request.cell, request.steps);
      this.onmessage?.({ data: { call, kind: 'answer', answer } } as MessageEvent<FromSweepWorker>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** The worked example cut to 12 steps: not a preset's setup, so its evidence is measured. */
function setup(): { store: LabStore; experiment: Experiment } {
  const experiment = cloneExperiment(findPreset('worked-example')!.experiment);
  experiment.training.steps = 12;
  return { store: createLabStore({ experiment, presetId: 'worked-example' }), experiment };
}

const settled = (s: ReturnType<LabStore['getState']>) =>
  s.evidence.bands.status === 'done' &&
  s.evidence.scores.status === 'done' &&
  s.evidence.init.status === 'done';

function until(store: LabStore, done: (s: ReturnType<LabStore['getState']>) => boolean) {
  return new Promise<void>((resolve) => {
    if (done(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (done(s)) {
        stop();
        resolve();
      }
    });
  });
}

describe('the evidence client', () => {
  it(
    'measures a setup’s bands, score runs and init probe in the background, as the command line does',
    LOADED.medium,
    async () => {
      const { store, experiment } = setup();
      const stop = new EvidenceClient(store, () => new InlineSweepWorker(), undefined, 0).watch();
      await until(store, settled);
      const { evidence } = store.getState();
      const cells = sweepCells(experiment, bandPlan(experiment));
      expect(evidence.bands.results).toHaveLength(cells.length);
      expect(evidence.bands.spec!.steps).toBe(12);
      expect(evidence.bands.source).toBe('measured');
      expect(evidence.bands.results[7]).toEqual(runSweepCell(experiment, cells[7], 12));
      expect(evidence.learningRate).toBe(experiment.optimizer.learningRate);
      const scoreCells = sweepCells(experiment, scorePlan(experiment));
      expect(evidence.scores.results).toEqual(
        scoreCells.map((cell) => runSweepCell(experiment, cell, 12)),
      );
      // Every score run knows the step it reached 90% test accuracy (or null) and its gap.
      for (const r of evidence.scores.results)
        for (const o of Object.values(r!.outcomes)) {
          expect(o.stepsToTarget === null || Number.isInteger(o.stepsToTarget)).toBe(true);
          expect(o).toHaveProperty('trainAccuracy');
        }
      expect(evidence.init.results.map((r) => r!.initScale)).toEqual(
        INIT_SCALES.flatMap((k) => Array.from({ length: initPlan(experiment).seeds }, () => k)),
      );
      stop();
    },
  );

  it(
    'keeps the bands when only η changes (measuring the rest again), and starts over otherwise',
    LOADED.medium,
    async () => {
      const { store, experiment } = setup();
      const stop = new EvidenceClient(store, () => new InlineSweepWorker(), undefined, 0).watch();
      await until(store, settled);
      const { bands, key } = store.getState().evidence;
      InlineSweepWorker.cells = 0;
      const faster = { ...experiment, optimizer: { ...experiment.optimizer, learningRate: 0.7 } };
      store.setState((s) => ({ settings: { ...s.settings, experiment: faster } }));
      await until(store, (s) => s.evidence.learningRate === 0.7 && settled(s));
      expect(store.getState().evidence.bands).toBe(bands);
      expect(InlineSweepWorker.cells).toBe(
        sweepCells(faster, initPlan(faster)).length + sweepCells(faster, scorePlan(faster)).length,
      );
      const after = { ...faster, batchNorm: { ...faster.batchNorm, placement: 'before' as const } };
      store.setState((s) => ({ settings: { ...s.settings, experiment: after } }));
      expect(store.getState().evidence.key).not.toBe(key);
      expect(store.getState().evidence.bands.results).toEqual([]);
      await until(store, (s) => s.evidence.bands.status === 'done');
      expect(store.getState().evidence.bands.results).toHaveLength(bands.results.length);
      stop();
    },
  );

  it(
    'shows a preset’s shipped evidence at once, and measures only what its η does not ship',
    LOADED.medium,
    async () => {
      const preset = cloneExperiment(findPreset('worked-example')!.experiment);
      const store = createLabStore({ experiment: preset, presetId: 'worked-example' });
      // Made-up shipped numbers: the client must show them as they are, not measure its own.
      const made = (spec: ReturnType<typeof bandPlan>) => ({
        spec,
        threshold: 0.52,
        results: sweepCells(preset, spec).map((cell) => ({
          ...cell,
          outcomes: { plain: OUTCOME, batchNorm: OUTCOME },
        })),
      });
      const shipped: PresetEvidence = {
        presetId: 'worked-example',
        setups: [
          {
            experiment: preset,
            bands: made(bandPlan(preset)),
            rates: [
              {
                learningRate: preset.optimizer.learningRate,
                init: made(initPlan(preset)),
                scores: made(scorePlan(preset)),
                ics: { plan: icsPlan(preset), seeds: [] },
              },
            ],
          },
        ],
      };
      expect(preset.batchNorm.placement).toBe('after');
      InlineSweepWorker.cells = 0;
      const stop = new EvidenceClient(
        store,
        () => new InlineSweepWorker(),
        () => Promise.resolve(shipped),
        0,
      ).watch();
      await until(store, settled);
      const { evidence } = store.getState();
      expect(InlineSweepWorker.cells).toBe(0);
      expect(evidence.bands.results).toEqual(shipped.setups[0].bands.results);
      expect(evidence.scores.source).toBe('preset');
      expect(evidence.key).toBe(bandKey(preset));
      // Another η keeps the shipped bands and measures the score runs and init probe here.
      const other = { ...preset, optimizer: { ...preset.optimizer, learningRate: 0.05 } };
      store.setState((s) => ({ settings: { ...s.settings, experiment: other } }));
      await until(store, (s) => s.evidence.learningRate === 0.05 && settled(s));
      expect(store.getState().evidence.bands.source).toBe('preset');
      expect(store.getState().evidence.scores.source).toBe('measured');
      expect(InlineSweepWorker.cells).toBeGreaterThan(0);
      stop();
    },
  );
});

const OUTCOME = {
  finalLoss: 0.1,
  lossAtThreeQuarters: 0.2,
  bestLoss: 0.1,
  finalAccuracy: 1,
  divergedAtStep: null,
};

/** A sweep worker that answers every cell at once with the same made-up outcome. */
class InstantWorker implements SweepWorkerPort {
  static posted = 0;
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToSweepWorker): void {
    InstantWorker.posted++;
    const outcome = OUTCOME;
    setTimeout(() =>
      this.onmessage?.({
        data: {
          call: message.call,
          kind: 'answer',
          answer: { ...message.request.cell, outcomes: { plain: outcome, batchNorm: outcome } },
        },
      } as MessageEvent<FromSweepWorker>),
    );
  }
  terminate(): void {}
}

describe('the evidence client on a heavy setup', () => {
  it(
    'measures only while the live run is not playing, so the run keeps both cores',
    LOADED.short,
    async () => {
      const experiment = cloneExperiment(findPreset('paper')!.experiment);
      experiment.seed = 7; // not the preset's setup: measured here
      const store = createLabStore({ experiment, presetId: 'paper' });
      const playing = (status: 'running' | 'paused') =>
        store.setState((s) => ({ run: { ...s.run, status } }));
      playing('running');
      InstantWorker.posted = 0;
      const stop = new EvidenceClient(store, () => new InstantWorker(), undefined, 0).watch();
      await until(store, (s) => s.evidence.bands.status === 'held');
      expect(InstantWorker.posted).toBe(0);
      playing('paused');
      // A few cells run; Play holds the rest.
      await until(store, (s) => s.evidence.bands.results.filter(Boolean).length >= 3);
      playing('running');
      await until(store, (s) => s.evidence.bands.status === 'held');
      const heldAt = InstantWorker.posted;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(InstantWorker.posted).toBe(heldAt);
      expect(heldAt).toBeLessThan(store.getState().evidence.bands.cells);
      playing('paused');
      await until(store, settled);
      expect(store.getState().evidence.bands.results.filter(Boolean)).toHaveLength(
        store.getState().evidence.bands.cells,
      );
      stop();
    },
  );
});
