import type { Experiment, InlineDataSpec } from './schema';

/**
 * Inline data as workers receive it: every row in one Float64Array, every target in another.
 * A table of 100,000 rows × 100 columns as arrays of arrays costs seconds of the page's thread
 * to copy into each message (a load, each sweep cell); packed, it is one block of memory
 * copied in milliseconds. The page keeps the arrays (the file format, validation, export) and
 * packs them once per table.
 */
export interface PackedRows {
  rows: number;
  /** Inputs per row. */
  width: number;
  x: Float64Array;
  /** Targets per row: 1, or the width of a regression's target rows. */
  targetWidth: number;
  y: Float64Array;
}

/** Tables smaller than this many cells travel as they are. */
export const PACK_CELLS = 20_000;

const packs = new WeakMap<readonly unknown[], { y: readonly unknown[]; packed: PackedRows }>();

/** The rows and targets of inline data, packed (once per pair of arrays). */
export function packRows(data: InlineDataSpec): PackedRows {
  if (data.packed) return data.packed;
  const cached = packs.get(data.x);
  if (cached && cached.y === data.y) return cached.packed;
  const rows = data.x.length;
  const width = data.x[0]?.length ?? 0;
  const x = new Float64Array(rows * width);
  data.x.forEach((row, i) => x.set(row, i * width));
  const first = data.y[0];
  const targetWidth = Array.isArray(first) ? first.length : 1;
  const y = new Float64Array(rows * targetWidth);
  data.y.forEach((t, i) => {
    if (Array.isArray(t)) y.set(t, i * targetWidth);
    else y[i] = t;
  });
  const packed = { rows, width, x, targetWidth, y };
  packs.set(data.x, { y: data.y, packed });
  return packed;
}

/** The experiment as a worker should receive it: large inline data packed. */
export function forWorker(experiment: Experiment): Experiment {
  const { data } = experiment;
  if (data.type !== 'inline' || data.packed) return experiment;
  if (data.x.length * (data.x[0]?.length ?? 0) < PACK_CELLS) return experiment;
  return { ...experiment, data: { ...data, x: [], y: [], packed: packRows(data) } };
}

/** Rows of inline data, packed or not. */
export function inlineRows(data: InlineDataSpec): number {
  return data.packed ? data.packed.rows : data.x.length;
}

/** Inputs per row of inline data, packed or not. */
export function inlineWidth(data: InlineDataSpec): number {
  return data.packed ? data.packed.width : (data.x[0]?.length ?? 0);
}

/** Inline data with its rows packed (the arrays left empty), to send to or from a worker. */
export function packedData(data: InlineDataSpec): InlineDataSpec {
  return { ...data, x: [], y: [], packed: packRows(data) };
}

/**
 * Packed inline data back as arrays of rows, built a slice at a time with a pause between
 * slices (`pause`), so the page's thread is never held for long; the packing is remembered.
 */
export async function unpackData(
  data: InlineDataSpec,
  pause: () => Promise<void>,
  rowsPerSlice = 5000,
): Promise<InlineDataSpec> {
  const { packed, ...fields } = data;
  if (!packed) return data;
  const { rows, width, targetWidth } = packed;
  const x: number[][] = new Array<number[]>(rows);
  const y: (number | number[])[] = new Array<number | number[]>(rows);
  const regressionRows = data.task === 'regression' && targetWidth > 1;
  for (let start = 0; start < rows; start += rowsPerSlice) {
    if (start > 0) await pause();
    const end = Math.min(rows, start + rowsPerSlice);
    for (let i = start; i < end; i++) {
      x[i] = Array.from(packed.x.subarray(i * width, (i + 1) * width));
      y[i] = regressionRows
        ? Array.from(packed.y.subarray(i * targetWidth, (i + 1) * targetWidth))
        : packed.y[i];
    }
  }
  packs.set(x, { y, packed });
  return { ...fields, x, y };
}

/** Words of the rows hashed at most, evenly spread: a fingerprint of any table in milliseconds. */
const FINGERPRINT_WORDS = 1 << 20;

/**
 * A short name for a table of inline rows ("3000x2-9f3a61c2"): its shape and an FNV-1a hash of
 * its numbers (all of them, or a million evenly spread words of a large table), its task and
 * feature names. A link too short for the rows holds it, so a reload finds the rows kept on
 * this device, and only those.
 */
export function dataFingerprint(data: InlineDataSpec): string {
  const packed = packRows(data);
  const known = fingerprints.get(packed);
  if (known?.names === data.featureNames && known.task === data.task) return known.fingerprint;
  let hash = 0x811c9dc5;
  const mix = (word: number) => {
    hash ^= word;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const values of [packed.x, packed.y]) {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const stride = Math.max(1, Math.floor(words.length / FINGERPRINT_WORDS));
    for (let i = 0; i < words.length; i += stride) mix(words[i]);
  }
  const names = `${data.task}|${data.featureNames.join('|')}`;
  for (let i = 0; i < names.length; i++) mix(names.charCodeAt(i));
  const fingerprint = `${packed.rows}x${packed.width}-${hash.toString(16).padStart(8, '0')}`;
  fingerprints.set(packed, { names: data.featureNames, task: data.task, fingerprint });
  return fingerprint;
}

const fingerprints = new WeakMap<
  PackedRows,
  { names: readonly string[]; task: string; fingerprint: string }
>();
