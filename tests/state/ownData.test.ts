import { english } from '../../src/i18n/translate';
import { describe, expect, it } from 'vitest';
import { dataFingerprint } from '../../src/experiment/packed';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type InlineDataSpec } from '../../src/experiment/schema';
import { LabClient } from '../../src/state/client';
import {
  OwnDataKeeper,
  restoreOwnRows,
  type KeptRows,
  type KeptStorage,
} from '../../src/state/ownData';
import { createLabStore, type LabStore } from '../../src/state/store';
import { SilentWorker } from '../helpers/fakes';
import { LOADED } from '../helpers/timeouts';
import { IN_FILE_ERROR } from '../../src/experiment/urlCodec';

/** KeptStorage in a map, as IndexedDB keeps it (structured clones). */
class MapStorage implements KeptStorage {
  readonly rows = new Map<string, { rows: KeptRows; bytes: number }>();
  refuse = false;
  writes = 0;
  get = (fingerprint: string) =>
    Promise.resolve(structuredClone(this.rows.get(fingerprint)?.rows ?? null));
  list = () =>
    Promise.resolve(
      [...this.rows.values()].map(({ rows, bytes }) => ({
        fingerprint: rows.fingerprint,
        savedAt: rows.savedAt,
        bytes,
      })),
    );
  put = (rows: KeptRows, bytes: number) => {
    if (this.refuse) return Promise.reject(new Error('QuotaExceededError'));
    this.writes++;
    this.rows.set(rows.fingerprint, { rows: structuredClone(rows), bytes });
    return Promise.resolve();
  };
  delete = (fingerprint: string) => Promise.resolve(void this.rows.delete(fingerprint));
  clear = () => Promise.resolve(this.rows.clear());
}

function points(n: number, shift = 0): InlineDataSpec {
  return {
    type: 'inline',
    task: 'binary',
    featureNames: ['x1', 'x2'],
    x: Array.from({ length: n }, (_, i) => [Math.sin(i + shift), Math.cos(3 * i)]),
    y: Array.from({ length: n }, (_, i) => i % 2),
    testFraction: 0.25,
    normalizeInputs: false,
  };
}

function lab(storage: KeptStorage | null) {
  const store = createLabStore({
    experiment: cloneExperiment(findPreset('worked-example')!.experiment),
    presetId: 'worked-example',
    notices: [],
  });
  const client = new LabClient(store, { createWorker: () => new SilentWorker() });
  client.start();
  const keeper = new OwnDataKeeper(store, storage, 0);
  client.ownData = keeper;
  keeper.watch();
  return { store, client, keeper };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const setData = (client: LabClient, data: InlineDataSpec) =>
  expect(client.update((e) => void (e.data = data))).toEqual([]);

describe('the learner’s own rows kept on this device', LOADED.medium, () => {
  it('keeps drawn rows, brings them back by fingerprint in a new page, and forgets them', async () => {
    const storage = new MapStorage();
    const first = lab(storage);
    expect(first.store.getState().ownData).toEqual({ kind: 'none' });
    const drawn = points(3000);
    setData(first.client, drawn);
    expect(first.store.getState().ownData).toEqual({ kind: 'saving', rows: 3000 });
    expect(first.keeper.unsaved()).toBe(true);
    await settle();
    expect(first.store.getState().ownData).toEqual({ kind: 'kept', rows: 3000, restored: false });
    expect(first.keeper.unsaved()).toBe(false);
    // Another setting changed: the same rows are not written again.
    const written = storage.writes;
    expect(first.client.update((e) => void (e.seed = 12))).toEqual([]);
    await settle();
    expect(storage.writes).toBe(written);
    expect(first.store.getState().ownData).toEqual({ kind: 'kept', rows: 3000, restored: false });
    // A reload: a new page whose link names the rows.
    const second = lab(storage);
    second.client.notify({ key: 'link.setting', values: { problem: IN_FILE_ERROR } });
    expect(await restoreOwnRows(second.client, second.keeper, dataFingerprint(drawn))).toBe(true);
    const restored = second.store.getState().settings.experiment.data as InlineDataSpec;
    expect(restored.x).toEqual(drawn.x);
    expect(restored.y).toEqual(drawn.y);
    expect(second.store.getState().messages.notices).toEqual([]);
    await settle();
    expect(second.store.getState().ownData).toEqual({ kind: 'kept', rows: 3000, restored: true });
    // Rows the device does not keep: nothing changes.
    expect(await restoreOwnRows(second.client, second.keeper, '3000x2-00000000')).toBe(false);
    await second.keeper.forget();
    expect(storage.rows.size).toBe(0);
    expect(inWords(second.store)).toEqual({
      kind: 'not kept',
      rows: 3000,
      reason: 'you asked this device to forget them',
    });
    expect(second.keeper.unsaved()).toBe(true);
  });

  it('keeps the latest three tables, and says why rows are not kept', async () => {
    const storage = new MapStorage();
    const { store, client, keeper } = lab(storage);
    for (let k = 0; k < 5; k++) {
      setData(client, points(100, k));
      await settle();
    }
    expect([...storage.rows.keys()]).toEqual([2, 3, 4].map((k) => dataFingerprint(points(100, k))));
    storage.refuse = true;
    setData(client, points(100, 9));
    await settle();
    expect(inWords(store)).toEqual({
      kind: 'not kept',
      rows: 100,
      reason: 'the browser refused to store them (QuotaExceededError)',
    });
    expect(keeper.unsaved()).toBe(true);
    // Over the bound: 100,000 rows of 80 inputs and a label, 8 bytes each, are 64.8 MB.
    const rows = 100_000;
    storage.refuse = false;
    const big: InlineDataSpec = {
      ...points(1),
      featureNames: Array.from({ length: 80 }, (_, j) => `f${j}`),
      x: Array.from({ length: rows }, (_, i) => Array.from({ length: 80 }, (_, j) => (i * j) % 7)),
      y: Array.from({ length: rows }, (_, i) => i % 2),
    };
    setData(client, big);
    await settle();
    expect(inWords(store)).toEqual({
      kind: 'not kept',
      rows,
      reason: '65 MB of rows is more than the 64 MB this page keeps on the device',
    });
    // Without storage (a private window), the page says so.
    const bare = lab(null);
    setData(bare.client, points(50));
    expect(inWords(bare.store)).toMatchObject({
      kind: 'not kept',
      reason: 'this browser keeps nothing for the page (private window or storage off)',
    });
    expect(bare.keeper.unsaved()).toBe(true);
  });
});

/** The status of the learner's rows, its reason in English. */
function inWords(store: LabStore) {
  const status = store.getState().ownData;
  return status.kind === 'not kept' ? { ...status, reason: english(status.reason) } : status;
}
