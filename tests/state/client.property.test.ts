import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { FIELDS as FIELD_TABLE, type FieldPath } from '../../src/experiment/fields';
import type { FromTrainer } from '../../src/protocol/training';
import { LabClient, SILENCE_MS } from '../../src/state/client';
import { createLabStore, patchSlice } from '../../src/state/store';
import { SilentWorker } from '../helpers/fakes';
import { LOADED } from '../helpers/timeouts';

/**
 * Answers the oldest load as the worker would: a `loaded` message (its fake run shape cannot be
 * drawn, which is beside the point: what the answer releases is).
 */
function answerLoad(worker: SilentWorker): void {
  try {
    worker.onmessage?.({
      data: { type: 'loaded', info: {}, frame: {} },
    } as unknown as MessageEvent<FromTrainer>);
  } catch {
    // history.reset of the fake shape
  }
}

function client(now: () => number = () => 0) {
  const store = createLabStore({
    experiment: cloneExperiment(PRESETS[0].experiment),
    presetId: PRESETS[0].id,
    notices: [],
  });
  const worker = new SilentWorker();
  const lab = new LabClient(store, { createWorker: () => worker, now });
  lab.start();
  return { lab, store, worker };
}

/** Every number field of the table (what the setup form's number fields edit). */
const FIELDS = (Object.keys(FIELD_TABLE) as FieldPath[]).filter(
  (path) => FIELD_TABLE[path].kind === 'number' && !path.includes('[]'),
);

function setPath(e: Experiment, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = e as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]] = value;
}

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity, -Infinity),
);

describe('the setup form’s fields, through the client', LOADED.medium, () => {
  it('over 10,000 edits: each is applied, or refused with the field named and the setup kept', () => {
    const { lab, store } = client();
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.constantFrom(...FIELDS),
        fc.oneof(anyNumber, fc.string(), fc.constant(null)),
        (presetId, field, value) => {
          lab.loadPreset(presetId);
          const before = store.getState().settings.experiment;
          const problems = lab.update((e) => setPath(e, field, value));
          const after = store.getState().settings.experiment;
          if (problems.length > 0) {
            expect(after).toBe(before);
            expect(problems.join(' ')).toMatch(/\w+(\.\w+)*: /);
          } else {
            const read = field
              .split('.')
              .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], after);
            expect(read).toBe(value);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('refuses a network too big for a tab, naming the layers', () => {
    const { lab, store } = client();
    lab.loadPreset('paper');
    const problems = lab.update(
      (e) =>
        void (e.model.hidden = Array.from({ length: 16 }, () => ({
          units: 1024,
          activation: 'sigmoid' as const,
        }))),
    );
    expect(problems).toEqual([
      'model.hidden: gives 16,541,696 weights; at most 4,000,000 train at a useful speed here',
    ]);
    expect(store.getState().settings.experiment.model.hidden.length).toBe(3);
  });
});

describe('the worker watchdog', LOADED.medium, () => {
  it('reports a worker that owes an answer and stays silent, with the Restart action', () => {
    let time = 0;
    const { lab, store } = client(() => time);
    lab.step();
    time += SILENCE_MS - 1;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toBeNull();
    time += 2;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toBe(
      'has not answered for 10 s: busy with a very long step, or gone',
    );
  });

  it('clears its alert by itself when the silent worker speaks again (it was only busy)', () => {
    let time = 0;
    const { lab, store, worker } = client(() => time);
    lab.step();
    time += SILENCE_MS + 1;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toMatch(/^has not answered for 10 s: busy/);
    worker.onmessage?.({
      data: { type: 'progress', label: 'x', loaded: 0, total: 0 },
    } as MessageEvent<FromTrainer>);
    expect(store.getState().messages.workerError).toBeNull();
    // A real exception is not cleared by later messages.
    worker.onmessage?.({ data: { type: 'error', message: 'boom' } } as MessageEvent<FromTrainer>);
    worker.onmessage?.({
      data: { type: 'progress', label: 'x', loaded: 0, total: 0 },
    } as MessageEvent<FromTrainer>);
    expect(store.getState().messages.workerError).toBe('boom');
  });

  it('stays quiet while paused with nothing owed', () => {
    let time = 0;
    const { lab, store, worker } = client(() => time);
    patchSlice(store, 'run', { status: 'paused' });
    // The load sent at start is owed: answer it (progress alone would not be an answer).
    worker.onmessage?.({ data: { type: 'measured' } } as MessageEvent<FromTrainer>);
    time += 10 * SILENCE_MS;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toBeNull();
  });
});

describe('setups past the page’s interactive budget', LOADED.medium, () => {
  const heavy = (e: Experiment) => {
    e.model.hidden = [1024, 1024, 1024].map((units) => ({ units, activation: 'relu' as const }));
    e.training.batchSize = 300;
  };
  const loads = (worker: SilentWorker) => worker.sent.filter((m) => m.type === 'load');

  it('are shown with their estimate and built only once the learner confirms', () => {
    const { lab, store, worker } = client();
    const before = store.getState().settings.experiment;
    expect(loads(worker)).toHaveLength(1);
    expect(lab.update(heavy)).toEqual([]);
    const waiting = store.getState().messages.heavy;
    expect(waiting?.kind).toBe('confirm');
    // 2 × 6 × 300 × 2.1M multiply-adds = 7.6 GFLOP a step at the assumed 1.5 GFLOP/s.
    expect(waiting?.reason).toMatch(
      /^≈ 5\.\d s per step on this machine \(7\.6 GFLOP per step and [\d.]+ [MG]FLOP per evaluation at 1\.5 GFLOP\/s\)/,
    );
    // The setup is kept (the form and the link show it), but nothing is built or played.
    expect(store.getState().settings.experiment.training.batchSize).toBe(300);
    expect(loads(worker)).toHaveLength(1);
    lab.play();
    lab.step();
    expect(worker.sent.filter((m) => m.type === 'play' || m.type === 'step')).toEqual([]);
    lab.runHeavy();
    expect(store.getState().messages.heavy).toBeNull();
    // Built once the worker has answered the setup it was building.
    expect(loads(worker)).toHaveLength(1);
    answerLoad(worker);
    expect(loads(worker)).toHaveLength(2);
    expect(loads(worker)[1]).toMatchObject({ experiment: { training: { batchSize: 300 } } });
    // Back from another heavy change: the previous setup, as it was.
    lab.loadPreset(PRESETS[0].id);
    expect(lab.update(heavy)).toEqual([]);
    lab.backFromHeavy();
    expect(store.getState().messages.heavy).toBeNull();
    expect(store.getState().settings.experiment).toEqual(before);
  });

  it('gives a busy worker’s long step time before the watchdog speaks, and a busy message resets it', () => {
    let time = 0;
    const { lab, store, worker } = client(() => time);
    lab.update(heavy);
    lab.runHeavy();
    lab.step();
    // A 5 s step: the watchdog waits three steps' time (15 s) rather than 10 s.
    time += 12_000;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toBeNull();
    worker.onmessage?.({ data: { type: 'busy', step: 0 } } as MessageEvent<FromTrainer>);
    time += 12_000;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toBeNull();
    time += 6_000;
    lab.checkAlive();
    expect(store.getState().messages.workerError).toMatch(/^has not answered for 18 s/);
  });
});

describe('a storm of setup changes', LOADED.medium, () => {
  it('keeps one load in flight and sends only the newest setup when it is answered', () => {
    const { lab, store, worker } = client();
    const loads = () => worker.sent.filter((m) => m.type === 'load');
    expect(loads()).toHaveLength(1);
    for (let seed = 1; seed <= 50; seed++) lab.update((e) => void (e.seed = seed));
    // The first load is not answered yet: nothing more goes to the worker.
    expect(loads()).toHaveLength(1);
    expect(store.getState().settings.experiment.seed).toBe(50);
    answerLoad(worker);
    expect(loads()).toHaveLength(2);
    expect(loads()[1]).toMatchObject({ experiment: { seed: 50 } });
    // Commands and η given while a setup is held apply to that setup's run, after its load.
    lab.update((e) => void (e.seed = 60));
    lab.step();
    lab.setLearningRate(0.7);
    expect(worker.sent.slice(-1)[0]).toMatchObject({ type: 'load', experiment: { seed: 50 } });
    answerLoad(worker);
    expect(worker.sent.slice(-2)).toEqual([
      { type: 'load', experiment: store.getState().settings.experiment },
      { type: 'step', count: 1 },
    ]);
    expect(store.getState().settings.experiment).toMatchObject({
      seed: 60,
      optimizer: { learningRate: 0.7 },
    });
    answerLoad(worker);
    // A failure answers too: what is held is not held forever.
    lab.update((e) => void (e.seed = 51));
    worker.onmessage?.({ data: { type: 'error', message: 'boom' } } as MessageEvent<FromTrainer>);
    expect(loads()).toHaveLength(4);
    expect(loads()[3]).toMatchObject({ experiment: { seed: 51 } });
  });
});
