import { formatFieldError, showKey } from './fieldReader';
import { FIELDS, type FieldPath, type FieldSpec } from './fields';
import { setAt, valueAt } from './paths';
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
  /** Human-readable problems; each bad field fell back to the preset's value. */
  errors: string[];
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
        pairs.push(
          `data=${text === null || text.length > MAX_LINK_DATA_CHARS ? IN_FILE : escape(text)}`,
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

/** Decodes a percent-encoded part; a malformed sequence is kept as written. */
function unescape(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&b=2` as [key, value] pairs, in order; a part without `=` has an empty value. */
function readPairs(query: string): [string, string][] {
  return query
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0
        ? [unescape(part), '']
        : [unescape(part.slice(0, at)), unescape(part.slice(at + 1))];
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
/** What a link holds in place of data too large for it. */
export const IN_FILE = 'in-file';

/**
 * Reads a URL hash (with or without `#`). An empty hash gives the first preset. Unknown or
 * malformed fields are reported and replaced by the preset's values; nothing throws.
 */
export function decodeExperimentHash(hash: string): DecodedHash {
  const params = readPairs(hash.replace(/^#/, '')).map(
    ([key, value]) => [key.trim(), value] as const,
  );
  const errors: string[] = [];
  const requested = params.find(([key]) => key === 'preset')?.[1] ?? null;
  let preset = PRESETS[0];
  if (requested !== null) {
    const found = findPreset(requested);
    if (found) preset = found;
    else errors.push(`preset: there is no preset "${requested.slice(0, 40)}"; using ${preset.id}`);
  }
  const description = JSON.parse(JSON.stringify(preset.experiment)) as Record<string, unknown>;
  for (const [key, text] of params) {
    if (key === 'preset') continue;
    if (key === 'data' && text === IN_FILE) {
      errors.push(
        'data: lives in the experiment file this link was made from (too large for a link): import that file for it',
      );
    } else if (key === 'data') {
      description.data = readText({ kind: 'json', label: '', help: '' }, text);
    } else if ((HASH_FIELDS as string[]).includes(key)) {
      setAt(description, key, readText(FIELDS[key as FieldPath], text));
    } else {
      errors.push(`${key === '' ? '(a part without a name)' : showKey(key)}: is not a known field`);
    }
  }
  const parsed = parseExperiment(description, preset.experiment);
  errors.push(...parsed.errors.map(formatFieldError));
  return { experiment: parsed.experiment, presetId: preset.id, errors };
}
