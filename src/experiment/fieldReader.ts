import { ENGLISH, say, type Said, type Translator } from '../i18n/translate';

/**
 * One problem with a description: the dotted path of the field and what is wrong with it, in
 * English (the command line's) and as a message to say in the page's language.
 */
export interface FieldError {
  path: string;
  message: string;
  said: Said;
}

/** "lesson.title: must be text": a problem at a path (shown as written), said in any language. */
export function problemAt(path: string, problem: Said): Said {
  return {
    key: 'check.field',
    values: { path: visibleText(path) || { key: 'check.root' }, problem },
  };
}

/** "training.batchSize: must be at least 2…" as a message, to say in any language. */
export function fieldSaid(error: FieldError): Said {
  return problemAt(error.path, error.said);
}

/** A field's problem said in `t`'s language (English by default, as the command line says it). */
export function formatFieldError(error: FieldError, t: Translator = ENGLISH): string {
  return visibleText(say(t, fieldSaid(error)));
}

/** At most this many problems are kept per description (the rest are only counted). */
export const MAX_FIELD_ERRORS = 100;

/** Problems listed in a message before "and N more". */
export const LISTED_ERRORS = 10;

/**
 * The first `listed` problems, then "and N more" for the rest (`omitted`: problems counted but
 * not kept), so a file with a million bad keys makes a message of a few lines.
 */
export function boundedList<T>(problems: T[], omitted: number, more: (count: number) => T): T[] {
  const count = problems.length - LISTED_ERRORS + omitted;
  if (count <= 0) return problems;
  return [...problems.slice(0, LISTED_ERRORS), more(count)];
}

/** The first problems, then "and N more problems", as messages. */
export function boundedProblems(problems: Said[], omitted = 0): Said[] {
  return boundedList(problems, omitted, (count) => ({ key: 'file.more', values: { count } }));
}

/**
 * Text from a file or a link, made safe to show: bidirectional overrides, zero-width and other
 * invisible or control characters are written as ⟨U+XXXX⟩, so a notice never reads reversed or
 * hides what it quotes.
 */
export function visibleText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!invisible(c)) continue;
    out += `${text.slice(from, i)}⟨U+${c.toString(16).toUpperCase().padStart(4, '0')}⟩`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Control, format and bidirectional characters (tab and newline excepted). */
function invisible(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** When true, min is excluded. */
  exclusiveMin?: boolean;
  integer?: boolean;
}

/** The value found, as a message: "nothing", "an array of 3", "an object", or the value. */
export function gotOf(value: unknown): Said {
  if (value === undefined) return { key: 'got.nothing' };
  if (typeof value === 'string')
    return {
      key: 'got.value',
      values: { value: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) },
    };
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return { key: 'got.value', values: { value: String(value) } };
  if (Array.isArray(value)) return { key: 'got.array', values: { count: value.length } };
  return { key: 'got.object' };
}

function ruleOf(rule: NumberRule): Said {
  return {
    key: 'check.rule',
    values: {
      kind: rule.integer ? 'integer' : 'number',
      min: rule.min === undefined ? 'none' : String(rule.min),
      exclusive: rule.exclusiveMin ? 'yes' : 'no',
      max: rule.max === undefined ? 'none' : String(rule.max),
    },
  };
}

/**
 * Reads fields out of untrusted JSON, collecting every error with its path and falling back to
 * the default for each bad field, so a caller can either reject (any error) or repair (use the
 * value, show the errors).
 */
export class FieldReader {
  /** The first MAX_FIELD_ERRORS problems. */
  readonly errors: FieldError[] = [];
  /** Problems found beyond those kept. */
  omitted = 0;

  /** Records a problem at `path`: a message said in any language. */
  error(path: string, problem: Said): void {
    if (this.errors.length >= MAX_FIELD_ERRORS) {
      this.omitted++;
      return;
    }
    this.errors.push({ path, message: say(ENGLISH, problem), said: problem });
  }

  /** The value as a plain object; a missing value gives {} (all defaults). */
  object(value: unknown, path: string): Record<string, unknown> {
    if (value === undefined) return {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    this.error(path, { key: 'check.object', values: { got: gotOf(value) } });
    return {};
  }

  /** Reports keys of `value` not in `allowed` (usually typos). */
  onlyKeys(value: Record<string, unknown>, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.error(join(path, showKey(key)), {
          key: 'check.unknownKey',
          values: { known: allowed.join(', ') },
        });
      }
    }
  }

  number(value: unknown, path: string, fallback: number, rule: NumberRule = {}): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || !satisfies(value, rule)) {
      this.error(path, { key: 'check.number', values: { rule: ruleOf(rule), got: gotOf(value) } });
      return fallback;
    }
    return value;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.error(path, { key: 'check.boolean', values: { got: gotOf(value) } });
      return fallback;
    }
    return value;
  }

  choice<T extends string>(value: unknown, path: string, options: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      this.error(path, {
        key: 'check.choice',
        values: { options: options.join(', '), got: gotOf(value) },
      });
      return fallback;
    }
    return value as T;
  }

  array(value: unknown, path: string): unknown[] | null {
    if (Array.isArray(value)) return value as unknown[];
    this.error(path, { key: 'check.array', values: { got: gotOf(value) } });
    return null;
  }

  string(value: unknown, path: string, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.error(path, { key: 'check.string', values: { got: gotOf(value) } });
      return fallback;
    }
    return value;
  }
}

function satisfies(x: number, rule: NumberRule): boolean {
  if (rule.integer && !Number.isInteger(x)) return false;
  if (rule.min !== undefined && (rule.exclusiveMin ? x <= rule.min : x < rule.min)) return false;
  return rule.max === undefined || x <= rule.max;
}

/**
 * A key from untrusted input as it appears in a message: as is when it looks like a field name,
 * else quoted as JSON (so control characters, spaces or an empty key stay visible and harmless).
 */
export function showKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key.slice(0, 60));
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
