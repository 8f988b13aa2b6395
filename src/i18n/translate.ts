import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en, type Catalog, type MessageKey } from './messages/en';
import { numberLocale, type Digits, type Locale } from './locale';

export type { MessageKey } from './messages/en';
export type { ClaimKey } from './messages/en-claims';
import type { ClaimKey } from './messages/en-claims';

/** A message's placeholders: numbers, text, or booleans for `select`. */
export type MessageValues = Record<string, PrimitiveType>;

/**
 * Messages of one language, formatted by FormatJS's `intl-messageformat` (ICU MessageFormat:
 * placeholders, plurals by the language's rules, numbers in its digits). Each message is parsed
 * once, on first use.
 */
export class Translator<K extends string = MessageKey> {
  private readonly formats = new Map<K, IntlMessageFormat>();
  private readonly numbers: Intl.NumberFormat;
  readonly tag: string;

  constructor(
    readonly locale: Locale,
    readonly digits: Digits,
    private readonly catalog: Record<K, string>,
  ) {
    this.tag = numberLocale(locale, digits);
    this.numbers = new Intl.NumberFormat(this.tag, { maximumSignificantDigits: 21 });
  }

  /** The message of `key` with its placeholders filled. */
  t(key: K, values?: MessageValues): string {
    return String(this.format(key).format(values));
  }

  /**
   * A message with markup: each tag (`<term>σ₀</term>`) is a function of its content, given with
   * the values, whose result (a link, a component) takes the tag's place. The parts in order.
   */
  parts<T>(
    key: K,
    values: Record<string, PrimitiveType | T | ((chunks: (string | T)[]) => T)>,
  ): (string | T)[] {
    const format = this.format(key);
    const result = format.format<T>(values);
    return Array.isArray(result) ? result : [result];
  }

  private format(key: K): IntlMessageFormat {
    let format = this.formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(this.catalog[key], this.tag);
      this.formats.set(key, format);
    }
    return format;
  }

  /** Text whose Western digits are written in this language's digits (a number formatted elsewhere). */
  digitsOf(text: string): string {
    return this.digits === 'beng'
      ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x09e6 + Number(d)))
      : text;
  }

  /** A number written out in this language's digits (as given: no rounding). */
  number(value: number): string {
    return this.numbers.format(value);
  }
}

/**
 * A message to say later, in whichever language it is read in: its key, and values that may be
 * messages too (said in the same language).
 */
export interface Said {
  key: MessageKey;
  /** Values: text and numbers, messages, or lists of messages (said one after another, `; `). */
  values?: Record<string, PrimitiveType | Said | Said[]>;
}

/** A said message in `t`'s language. */
export function say(t: Translator, said: Said): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(said.values ?? {}))
    values[name] = Array.isArray(value)
      ? value.map((item) => say(t, item)).join('; ')
      : typeof value === 'object' && value !== null && 'key' in value
        ? say(t, value)
        : value;
  return t.t(said.key, values);
}

/** A said message in English, as the command line and the tests read it. */
export function english(said: Said): string {
  return say(ENGLISH, said);
}

/** English, which every page starts in (the catalog is part of the first load). */
export const ENGLISH = new Translator('en', 'latn', en);

/** A language's catalog of the claims gallery (loaded with its view). */
export async function loadClaimsCatalog(locale: Locale): Promise<Record<ClaimKey, string>> {
  if (locale === 'en') return (await import('./messages/en-claims')).claimsEn;
  return (await import('./messages/bn-claims')).claimsBn;
}

/** A language's catalog: English at once, the others loaded when first chosen. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === 'en') return en;
  const { bn } = await import('./messages/bn');
  return bn;
}
