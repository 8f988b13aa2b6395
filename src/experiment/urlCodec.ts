import { fieldSaid, problemAt, showKey } from './fieldReader';
import type { Said } from '../i18n/translate';
import { FIELDS, type FieldPath, type FieldSpec } from './fields';
import { setAt, valueAt } from './paths';
import { dataFingerprint } from './packed';
import { findPreset, PRESETS } from './presets';
import type { Experiment } from './schema';
import { parseExperiment } from './validate';

/**
 * The URL hash holds the whole setup as the preset it starts from plus every field that differs,
 * one dotted path of the field table per parameter, e.g.
 * `#preset=deep-saturating&optimizer.learningRate=0.3`. Numbers are written in JavaScript's
 * shortest round-trip form, so decoding gives back the exact same description; structures (layer
 * lists, weights) are written as JSON, and so is the whole `data` object when its type differs
 * from the preset's (named against inline rows).
 */
export interface DecodedHash {
  experiment: Experiment;
  presetId: string;
  /** The problems, as messages; each bad field fell back to the preset's value. */
  errors: Said[];
  /** The fingerprint of rows too large for the link (`data=in-file.…`), or null. */
  inFile: string | null;
}

/** Fields a hash may set: every field of the table but list elements, the version and the name. */
const HASH_FIELDS = (Object.keys(FIELDS) as FieldPath[]).filter(
  (path) =>
    !path.includes('[]') && FIELDS[path].kind !== 'constant' && FIELDS[path].kind !== 'text',
);

export function encodeExperimentHash(experiment: Experiment, presetId: string): string {
  const preset = findPreset(presetId) ?? PRESETS[0];
  const base = preset.experiment;
  const dataWhole = experiment.data.type !== base.data.type;
  const pairs = [`preset=${escape(preset.id)}`];
  for (const path of HASH_FIELDS) {
    if (path.startsWith('data.') && dataWhole) {
      if (path === 'data.type') {
        // Large data stays out of the address (browsers drop long ones): the link says so. A
        // table of more cells than that has characters (each at least a digit and a comma) is
        // known to be too large without writing it out.
        const { data } = experiment;
        const cells = data.type === 'inline' ? data.x.length * (data.x[0]?.length ?? 0) : 0;
        const text = 2 * cells > MAX_LINK_DATA_CHARS ? null : JSON.stringify(data);
        // The rows' fingerprint names them, so a reload finds them kept on this device.
        const inFile = data.type === 'inline' ? `${IN_FILE}.${dataFingerprint(data)}` : IN_FILE;
        pairs.push(
          `data=${text === null || text.length > MAX_LINK_DATA_CHARS ? inFile : escape(text)}`,
        );
      }
      continue;
    }
    const value = valueAt(experiment, path);
    if (value === undefined || JSON.stringify(value) === JSON.stringify(valueAt(base, path)))
      continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    pairs.push(`${escape(path)}=${escape(text)}`);
  }
  return `#${pairs.join('&')}`;
}

/** Percent-encodes what would break the hash, leaving JSON's brackets, colons and commas readable. */
function escape(text: string): string {
  return encodeURIComponent(text).replace(/%(5B|5D|7B|7D|3A|2C)/g, (code) =>
    decodeURIComponent(code),
  );
}

/**
 * Decodes a percent-encoded part of a link (`+` is a space; a `%` not followed by two hex digits
 * is itself, as typed by hand); null when it holds a broken escape (`%FF`, `%C0%AF`, `%E0%A4%A`:
 * not UTF-8), which the caller names with its field. Never throws.
 */
export function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' ').replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    return null;
  }
}

/** A link's part for a message: decoded, or as written when it cannot be. */
export function shownPart(text: string): string {
  return (decodePart(text) ?? text).slice(0, 40);
}

/**
 * `a=1&b=2` as [key, value] pairs, in order; a part without `=` has an empty value. A value
 * with a broken escape is null; a key with one is kept as written (it names no field anyway).
 */
function readPairs(query: string): [string, string | null][] {
  return query
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const at = part.indexOf('=');
      const key = at < 0 ? part : part.slice(0, at);
      return [decodePart(key) ?? key, at < 0 ? '' : decodePart(part.slice(at + 1))];
    });
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A hash value as its field's type reads it; text that is not of that type stays a string, so
 * validation names the field and shows what was written.
 */
function readText(spec: FieldSpec, text: string): unknown {
  switch (spec.kind) {
    case 'number':
      return NUMBER.test(text.trim()) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'choice':
      return text;
    default:
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
  }
}

/** Inline data longer than this (as JSON) is not put in a link. */
export const MAX_LINK_DATA_CHARS = 4000;
/** What a link holds in place of data too large for it (then `.` and the rows' fingerprint). */
export const IN_FILE = 'in-file';
/** What opening such a link says, unless the rows are kept on this device (state/ownData.ts). */
export const IN_FILE_ERROR: Said = problemAt('data', { key: 'link.inFile' });

/**
 * Reads a URL hash (with or without `#`). An empty hash gives the first preset. Unknown or
 * malformed fields are reported and replaced by the preset's values; nothing throws.
 */
export function decodeExperimentHash(hash: string): DecodedHash {
  const params = readPairs(hash.replace(/^#/, '')).map(
    ([key, value]) => [key.trim(), value] as const,
  );
  const errors: Said[] = [];
  // Said of known fields only (their names are plain): the preset's value is kept.
  const broken = (key: string) => problemAt(key, { key: 'link.broken' });
  const unknown = (key: string): Said =>
    key === ''
      ? {
          key: 'check.field',
          values: { path: { key: 'link.unnamed' }, problem: { key: 'link.unknownField' } },
        }
      : problemAt(showKey(key), { key: 'link.unknownField' });
  const presetPart = params.find(([key]) => key === 'preset');
  const requested = presetPart?.[1] ?? null;
  if (presetPart && requested === null) errors.push(broken('preset'));
  let preset = PRESETS[0];
  if (requested !== null) {
    const found = findPreset(requested);
    if (found) preset = found;
    else
      errors.push(
        problemAt('preset', {
          key: 'link.noPreset',
          values: { name: requested.slice(0, 40), preset: preset.id },
        }),
      );
  }
  const description = JSON.parse(JSON.stringify(preset.experiment)) as Record<string, unknown>;
  let inFile: string | null = null;
  for (const [key, text] of params) {
    if (key === 'preset') continue;
    if (text === null) {
      // A value that cannot be decoded is a bad value of its field: named, and the preset's kept.
      errors.push(
        (HASH_FIELDS as string[]).includes(key) || key === 'data' ? broken(key) : unknown(key),
      );
    } else if (key === 'data' && (text === IN_FILE || text.startsWith(`${IN_FILE}.`))) {
      inFile = text.slice(IN_FILE.length + 1) || null;
      errors.push(IN_FILE_ERROR);
    } else if (key === 'data') {
      description.data = readText({ kind: 'json', label: '', help: '' }, text);
    } else if ((HASH_FIELDS as string[]).includes(key)) {
      setAt(description, key, readText(FIELDS[key as FieldPath], text));
    } else {
      errors.push(unknown(key));
    }
  }
  const parsed = parseExperiment(description, preset.experiment);
  errors.push(...parsed.errors.map(fieldSaid));
  return { experiment: parsed.experiment, presetId: preset.id, errors, inFile };
}
