import { formatFieldError, showKey } from './fields';
import { findPreset, PRESETS } from './presets';
import type { Experiment } from './schema';
import { parseExperiment } from './validate';

/**
 * The URL hash holds the whole setup as the preset it starts from plus every field that differs,
 * one dotted path per parameter, e.g. `#preset=deep-saturating&optimizer.learningRate=0.3`.
 * Numbers are written with JavaScript's shortest round-trip form, so decoding gives back the
 * exact same description; arrays and objects are written as JSON.
 */
export interface DecodedHash {
  experiment: Experiment;
  presetId: string;
  /** Human-readable problems; each bad field fell back to the preset's value. */
  errors: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Paths whose values are written whole (arrays, or `data` when its type changes). */
function leaves(value: unknown, base: unknown, path: string, out: [string, unknown][]): void {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(value) && isObject(base) && !(path === 'data' && value.type !== base.type)) {
    for (const key of Object.keys(value)) {
      leaves(value[key], base[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (JSON.stringify(value) !== JSON.stringify(base)) out.push([path, value]);
}

export function encodeExperimentHash(experiment: Experiment, presetId: string): string {
  const preset = findPreset(presetId) ?? PRESETS[0];
  const changed: [string, unknown][] = [];
  leaves(experiment, preset.experiment, '', changed);
  const pairs = [`preset=${escape(preset.id)}`];
  for (const [path, value] of changed) {
    pairs.push(
      `${escape(path)}=${escape(typeof value === 'string' ? value : JSON.stringify(value))}`,
    );
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

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

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
  const description = structuredCloneJson(preset.experiment) as unknown as Record<string, unknown>;
  for (const [key, text] of params) {
    if (key === 'preset') continue;
    const segments = key.split('.');
    if (segments.some((s) => FORBIDDEN_KEYS.has(s) || s === '')) {
      errors.push(`${key === '' ? '(a part without a name)' : showKey(key)}: is not a setting`);
      continue;
    }
    let target = description;
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) target[segment] = {};
      target = target[segment] as Record<string, unknown>;
    }
    target[segments[segments.length - 1]] = parseValue(text);
  }
  const parsed = parseExperiment(description, preset.experiment);
  errors.push(...parsed.errors.map(formatFieldError));
  return { experiment: parsed.experiment, presetId: preset.id, errors };
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
