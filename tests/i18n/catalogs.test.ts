import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { localeFromBrowser, numberLocale } from '../../src/i18n/locale';
import { bn } from '../../src/i18n/messages/bn';
import { en } from '../../src/i18n/messages/en';
import { claimsEn } from '../../src/i18n/messages/en-claims';
import { claimsBn } from '../../src/i18n/messages/bn-claims';
import { KEPT_IN_ENGLISH } from '../../src/i18n/terms';
import { Translator } from '../../src/i18n/translate';
import { FIELDS, type FieldPath, type FieldSpec } from '../../src/experiment/fields';
import { fieldHelp, fieldLabel, fieldOptions } from '../../src/page/fieldText';
import { VERDICT_LABELS } from '../../src/claims/claim';

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };

/** A message's placeholders, each with its kind (argument, number, plural, select…), sorted. */
function placeholders(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // Types 0 and 7 are literal text and the `#` of a plural: not placeholders.
      if (node.type !== 0 && node.type !== 7) found.add(`${node.value}:${node.type}`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...found].sort();
}

/** A message's own words: its literal text, in every branch of its plurals and selects. */
function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 0) parts.push(node.value ?? '');
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return parts.join(' ');
}

/** The page's catalog, and the claims gallery's (loaded with its view), each English and Bengali. */
const PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ['page', en, bn],
  ['claims gallery', claimsEn, claimsBn],
];

describe('the message catalogs', () => {
  for (const [name, english, bengali] of PAIRS) {
    const keys = Object.keys(english);
    it(`have the same keys, English and Bengali (${name})`, () => {
      expect(Object.keys(bengali).sort()).toEqual([...keys].sort());
    });

    it(`have the same placeholders, of the same kinds, in every message (${name})`, () => {
      for (const key of keys)
        expect(placeholders(bengali[key], 'bn'), key).toEqual(placeholders(english[key], 'en'));
    });

    it(`leave no English sentence in a Bengali message, technical terms aside (${name})`, () => {
      const allowed = new Set<string>(KEPT_IN_ENGLISH);
      for (const key of keys) {
        const words = literalText(bengali[key]).match(/[A-Za-z]{2,}/g) ?? [];
        // (a term allowed in lower case may start a sentence)
        const left = words.filter((w) => !allowed.has(w) && !allowed.has(w.toLowerCase()));
        expect(left, `${key}: ${bengali[key]}`).toEqual([]);
        // and every Bengali message has Bengali in it, unless it is a name kept as it is (the
        // danda, ।, is shared with Devanagari)
        if (bengali[key] !== english[key])
          expect(bengali[key], key).toMatch(/[\u0964\u0980-\u09FF]/);
      }
    });
  }

  it('count a plural as one placeholder of its kind', () => {
    expect(placeholders(en['transport.speedSteps'], 'en')).toEqual(['steps:6']);
  });

  it('format plurals, placeholders and digits in each language', () => {
    const english = new Translator('en', 'latn', en);
    expect(english.t('transport.speedSteps', { steps: 1 })).toBe('1 step per frame');
    expect(english.t('transport.speedSteps', { steps: 100 })).toBe('100 steps per frame');
    expect(english.t('tour.resume', { step: 3, total: 13 })).toBe('Resume the tour (step 3 of 13)');
    const bengali = new Translator('bn', 'latn', bn);
    expect(bengali.t('tour.resume', { step: 3, total: 13 })).toBe(
      'ট্যুর আবার শুরু করুন (ধাপ 3, মোট 13)',
    );
    expect(bengali.t('transport.speedSteps', { steps: 10 })).toBe('প্রতি frame-এ 10টি ধাপ');
    const digits = new Translator('bn', 'beng', bn);
    expect(digits.t('tour.resume', { step: 3, total: 13 })).toBe('ট্যুর আবার শুরু করুন (ধাপ ৩, মোট ১৩)');
    expect(digits.number(1.78)).toBe('১.৭৮');
    expect(numberLocale('bn', 'latn')).toBe('bn-u-nu-latn');
  });

  it('hold the setup fields’ English equal to FIELDS’, which the command line reads', () => {
    const english = new Translator('en', 'latn', en);
    let compared = 0;
    for (const [path, spec] of Object.entries(FIELDS) as [FieldPath, FieldSpec][]) {
      expect(fieldLabel(path, english), path).toBe(spec.label);
      expect(fieldHelp(path, english), path).toBe(spec.help);
      compared += 2;
      if (spec.kind !== 'choice') continue;
      for (const option of fieldOptions(path, spec.choices, english)) {
        expect(option.label, `${path} ${option.value}`).toBe(
          spec.choices.find((c) => c.value === option.value)?.label,
        );
        compared++;
      }
    }
    // every field and option, and no message of the area left over
    expect(compared).toBe(Object.keys(en).filter((k) => /^(field|option)\./.test(k)).length);
    expect(fieldLabel('model.hidden', english)).toBe('Hidden layers');
    expect(fieldHelp('model.hidden', english)).toContain('each { units, activation }');
  });

  it('name the verdicts as the command line does', () => {
    for (const verdict of ['holds', 'partly', 'not'] as const)
      expect(en[`claims.${verdict}`]).toBe(VERDICT_LABELS[verdict]);
  });

  it('follow the browser’s first language the page has, else English', () => {
    expect(localeFromBrowser(['en-GB', 'bn'])).toBe('en');
    expect(localeFromBrowser(['bn-BD', 'en'])).toBe('bn');
    expect(localeFromBrowser(['fr'])).toBe('en');
    expect(localeFromBrowser(['fr-FR', 'bn-IN', 'en'])).toBe('bn');
  });
});
