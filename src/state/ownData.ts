import { dataFingerprint, packedData, unpackData } from '../experiment/packed';
import { IN_FILE_ERROR } from '../experiment/urlCodec';
import type { InlineDataSpec } from '../experiment/schema';
import type { Said } from '../i18n/translate';
import type { LabClient } from './client';
import type { LabStore } from './store';

/**
 * The learner's own rows (drawn points, edited rows, an imported table) kept on this device, so a
 * reload loses nothing: whenever the setup's data is the learner's own, it is written (packed,
 * one block of memory) to IndexedDB, the latest few tables up to a bound; a link too short for
 * the rows names them by fingerprint (`data=in-file.3000x2-…`), and opening it finds them here.
 * While the rows are not kept (too large, storage refused, not yet written), closing the tab asks
 * first. "Forget" removes what is kept.
 */

/** One table kept: its fingerprint, its rows packed, when. */
export interface KeptRows {
  fingerprint: string;
  data: InlineDataSpec;
  savedAt: number;
}

/** Where kept rows live: IndexedDB in the page, a map in tests. */
export interface KeptStorage {
  get(fingerprint: string): Promise<KeptRows | null>;
  /** Every kept table's fingerprint and when it was kept. */
  list(): Promise<{ fingerprint: string; savedAt: number; bytes: number }[]>;
  put(rows: KeptRows, bytes: number): Promise<void>;
  delete(fingerprint: string): Promise<void>;
  clear(): Promise<void>;
}

/** Tables kept at most (the latest). */
export const KEPT_TABLES = 3;
/** Bytes kept at most, all tables together; a larger table is not kept (and the tab asks). */
export const KEPT_BYTES = 64e6;

/** What the page says about the learner's rows. */
export type OwnDataStatus =
  /** The data is a preset's: nothing of the learner's to keep. */
  | { kind: 'none' }
  | { kind: 'saving'; rows: number }
  | { kind: 'kept'; rows: number; restored: boolean }
  | { kind: 'not kept'; rows: number; reason: Said };

function bytesOf(data: InlineDataSpec): number {
  const packed = data.packed;
  return packed ? packed.x.byteLength + packed.y.byteLength : 0;
}

/** Keeps the setup's own rows while the page is open; see the module's comment. */
export class OwnDataKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The rows last written here or restored from here (a setting changed keeps them kept). */
  private keptFingerprint: string | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly storage: KeptStorage | null,
    private readonly delayMs = 800,
  ) {}

  private set(status: OwnDataStatus): void {
    this.store.setState({ ownData: status });
  }

  /** Starts watching the setup's data; returns the unsubscribe. */
  watch(): () => void {
    const unsubscribe = this.store.subscribe(
      (s) => s.settings.experiment.data,
      () => this.schedule(),
    );
    this.schedule();
    return () => {
      unsubscribe();
      if (this.timer !== null) clearTimeout(this.timer);
    };
  }

  private own(): InlineDataSpec | null {
    const data = this.store.getState().settings.experiment.data;
    return data.type === 'inline' ? data : null;
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const data = this.own();
    if (!data) return this.set({ kind: 'none' });
    // A change of another setting copies the setup, not its rows: they are kept already.
    if (
      this.keptFingerprint === dataFingerprint(data) &&
      this.store.getState().ownData.kind === 'kept'
    )
      return;
    const rows = data.x.length;
    if (!this.storage)
      return this.set({
        kind: 'not kept',
        rows,
        reason: { key: 'ownData.noStorage' },
      });
    this.set({ kind: 'saving', rows });
    this.timer = setTimeout(() => void this.save(data), this.delayMs);
  }

  /** Writes the rows, dropping the oldest tables beyond the bounds. */
  private async save(data: InlineDataSpec): Promise<void> {
    this.timer = null;
    const storage = this.storage!;
    const rows = data.x.length;
    const fingerprint = dataFingerprint(data);
    const packed = packedData(data);
    const bytes = bytesOf(packed);
    const still = () => this.own() === data;
    if (bytes > KEPT_BYTES) {
      if (still())
        this.set({
          kind: 'not kept',
          rows,
          reason: {
            key: 'ownData.tooLarge',
            values: { size: Math.round(bytes / 1e6), max: KEPT_BYTES / 1e6 },
          },
        });
      return;
    }
    try {
      const kept = (await storage.list()).filter((k) => k.fingerprint !== fingerprint);
      kept.sort((a, b) => b.savedAt - a.savedAt);
      let total = bytes;
      for (const [i, k] of kept.entries()) {
        total += k.bytes;
        if (i >= KEPT_TABLES - 1 || total > KEPT_BYTES) await storage.delete(k.fingerprint);
      }
      await storage.put({ fingerprint, data: packed, savedAt: Date.now() }, bytes);
      this.keptFingerprint = fingerprint;
      if (still()) this.set({ kind: 'kept', rows, restored: false });
    } catch (error) {
      if (still())
        this.set({
          kind: 'not kept',
          rows,
          reason: {
            key: 'ownData.refused',
            values: { error: error instanceof Error ? error.message : String(error) },
          },
        });
    }
  }

  /**
   * The rows a link names by fingerprint, when this device keeps them (unpacked a slice at a
   * time), or null.
   */
  async restore(fingerprint: string): Promise<InlineDataSpec | null> {
    if (!this.storage) return null;
    try {
      const kept = await this.storage.get(fingerprint);
      if (!kept) return null;
      const data = await unpackData(kept.data, () => new Promise((r) => setTimeout(r, 0)));
      this.keptFingerprint = fingerprint;
      this.set({ kind: 'kept', rows: data.x.length, restored: true });
      return data;
    } catch {
      return null;
    }
  }

  /** Removes every table kept on this device; the rows in the page stay until it closes. */
  async forget(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.storage?.clear().catch(() => undefined);
    this.keptFingerprint = null;
    const data = this.own();
    if (data) {
      this.set({
        kind: 'not kept',
        rows: data.x.length,
        reason: { key: 'ownData.forgotten' },
      });
    } else this.set({ kind: 'none' });
  }

  /** Whether closing the tab would lose rows the learner made (not kept on the device). */
  unsaved(): boolean {
    const status = this.store.getState().ownData.kind;
    return status === 'saving' || status === 'not kept';
  }
}

/** What a notice of rows left in a file holds (the link's `data` said to be in the file). */
const IN_FILE_KEY = JSON.stringify(IN_FILE_ERROR);

/**
 * Brings back the rows a link names (`data=in-file.<fingerprint>`) when this device keeps them:
 * they become the setup's data and the notice that the data lives in a file gives way to one
 * saying where they came from.
 */
export async function restoreOwnRows(
  client: LabClient,
  keeper: OwnDataKeeper,
  fingerprint: string,
): Promise<boolean> {
  const data = await keeper.restore(fingerprint);
  if (!data) return false;
  const problems = client.update((e) => void (e.data = data));
  if (problems.length > 0) return false;
  const { messages } = client.store.getState();
  client.store.setState({
    messages: {
      ...messages,
      notices: messages.notices.filter((n) => !JSON.stringify(n).includes(IN_FILE_KEY)),
    },
  });
  return true;
}

/**
 * IndexedDB as KeptStorage (database "batchnorm-lab": the rows in "own-rows", and what is kept
 * with its size in "own-rows-list", so listing never reads the rows); null without IndexedDB.
 */
export function indexedDbStorage(factory: IDBFactory | undefined): KeptStorage | null {
  if (!factory) return null;
  const ROWS = 'own-rows';
  const LIST = 'own-rows-list';
  let opened: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('batchnorm-lab', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(ROWS, { keyPath: 'fingerprint' });
        request.result.createObjectStore(LIST, { keyPath: 'fingerprint' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    }));
  const done = (request: IDBRequest | IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      const fail = () => reject(request.error ?? new Error('IndexedDB refused'));
      if (request instanceof IDBTransaction) {
        request.oncomplete = () => resolve();
        request.onabort = fail;
        request.onerror = fail;
      } else {
        request.onsuccess = () => resolve();
        request.onerror = fail;
      }
    });
  const read = async <T>(store: string, act: (s: IDBObjectStore) => IDBRequest<T>) => {
    const request = act((await db()).transaction(store, 'readonly').objectStore(store));
    await done(request);
    return request.result;
  };
  const write = async (act: (rows: IDBObjectStore, list: IDBObjectStore) => void) => {
    const transaction = (await db()).transaction([ROWS, LIST], 'readwrite');
    act(transaction.objectStore(ROWS), transaction.objectStore(LIST));
    await done(transaction);
  };
  return {
    get: async (fingerprint) =>
      (await read(ROWS, (s) => s.get(fingerprint) as IDBRequest<KeptRows | undefined>)) ?? null,
    list: () =>
      read(
        LIST,
        (s) => s.getAll() as IDBRequest<{ fingerprint: string; savedAt: number; bytes: number }[]>,
      ),
    put: (rows, bytes) =>
      write((r, l) => {
        r.put(rows);
        l.put({ fingerprint: rows.fingerprint, savedAt: rows.savedAt, bytes });
      }),
    delete: (fingerprint) =>
      write((r, l) => {
        r.delete(fingerprint);
        l.delete(fingerprint);
      }),
    clear: () =>
      write((r, l) => {
        r.clear();
        l.clear();
      }),
  };
}
