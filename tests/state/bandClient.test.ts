import { describe, expect, it } from 'vitest';
import { bandPlan } from '../../src/experiment/bands';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { sweepCells } from '../../src/experiment/sweep';
import type { FromSweepWorker, ToSweepWorker } from '../../src/protocol/sweep';
import { CellSetups, runSweepCell } from '../../src/run/sweepCell';
import { BandClient, INIT_SCALES } from '../../src/state/bandClient';
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
      const result = runSweepCell(this.setups.of(message), message.cell, message.steps);
      this.onmessage?.({ data: { type: 'result', result } } as MessageEvent<FromSweepWorker>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup(): { store: LabStore; experiment: Experiment } {
  const experiment = cloneExperiment(findPreset('worked-example')!.experiment);
  experiment.training.steps = 12;
  return { store: createLabStore({ experiment, presetId: 'worked-example' }), experiment };
}

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

describe('the band client', () => {
  it(
    'measures the setup’s bands in the background, the same numbers as the command line',
    LOADED.medium,
    async () => {
      const { store, experiment } = setup();
      const stop = new BandClient(store, () => new InlineSweepWorker(), 0).watch();
      await until(store, (s) => s.bands.status === 'done' && s.bands.init.status === 'done');
      const { bands } = store.getState();
      const cells = sweepCells(experiment, bandPlan(experiment));
      expect(bands.results).toHaveLength(cells.length);
      expect(bands.steps).toBe(12);
      expect(bands.results[7]).toEqual(runSweepCell(experiment, cells[7], 12));
      expect(bands.init.learningRate).toBe(experiment.optimizer.learningRate);
      expect(bands.init.results.map((r) => r!.initScale)).toEqual(
        INIT_SCALES.flatMap((k) => Array.from({ length: bands.seeds }, () => k)),
      );
      stop();
    },
  );

  it(
    'keeps the bands when only η changes (probing the init scales again), and starts over otherwise',
    LOADED.medium,
    async () => {
      const { store, experiment } = setup();
      const stop = new BandClient(store, () => new InlineSweepWorker(), 0).watch();
      await until(store, (s) => s.bands.status === 'done' && s.bands.init.status === 'done');
      const { results, key } = store.getState().bands;
      InlineSweepWorker.cells = 0;
      const faster = { ...experiment, optimizer: { ...experiment.optimizer, learningRate: 0.7 } };
      store.setState((s) => ({ settings: { ...s.settings, experiment: faster } }));
      await until(
        store,
        (s) => s.bands.init.learningRate === 0.7 && s.bands.init.status === 'done',
      );
      expect(store.getState().bands.results).toBe(results);
      expect(InlineSweepWorker.cells).toBe(INIT_SCALES.length * store.getState().bands.seeds);
      const after = { ...faster, batchNorm: { ...faster.batchNorm, placement: 'before' as const } };
      store.setState((s) => ({ settings: { ...s.settings, experiment: after } }));
      expect(store.getState().bands.key).not.toBe(key);
      expect(store.getState().bands.results).toEqual([]);
      await until(store, (s) => s.bands.status === 'done');
      expect(store.getState().bands.results).toHaveLength(results.length);
      stop();
    },
  );
});

/** A sweep worker that answers every cell at once with the same made-up outcome. */
class InstantWorker implements SweepWorkerPort {
  static posted = 0;
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToSweepWorker): void {
    InstantWorker.posted++;
    const outcome = {
      finalLoss: 0.1,
      lossAtThreeQuarters: 0.2,
      bestLoss: 0.1,
      finalAccuracy: 1,
      divergedAtStep: null,
    };
    setTimeout(() =>
      this.onmessage?.({
        data: {
          type: 'result',
          result: { ...message.cell, outcomes: { plain: outcome, batchNorm: outcome } },
        },
      } as MessageEvent<FromSweepWorker>),
    );
  }
  terminate(): void {}
}

describe('the band client on a heavy setup', () => {
  it(
    'measures only while the live run is not playing, so the run keeps both cores',
    LOADED.short,
    async () => {
      const experiment = cloneExperiment(findPreset('paper')!.experiment);
      const store = createLabStore({ experiment, presetId: 'paper' });
      const playing = (status: 'running' | 'paused') =>
        store.setState((s) => ({ run: { ...s.run, status } }));
      playing('running');
      InstantWorker.posted = 0;
      const stop = new BandClient(store, () => new InstantWorker(), 0).watch();
      await until(store, (s) => s.bands.status === 'held');
      expect(InstantWorker.posted).toBe(0);
      playing('paused');
      // A few cells run; Play holds the rest.
      await until(store, (s) => s.bands.results.filter(Boolean).length >= 3);
      playing('running');
      await until(store, (s) => s.bands.status === 'held');
      const heldAt = InstantWorker.posted;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(InstantWorker.posted).toBe(heldAt);
      expect(heldAt).toBeLessThan(store.getState().bands.cells);
      playing('paused');
      await until(store, (s) => s.bands.status === 'done');
      expect(store.getState().bands.results.filter(Boolean)).toHaveLength(
        store.getState().bands.cells,
      );
      stop();
    },
  );
});
