import { useContext, useEffect, useSyncExternalStore } from 'react';
import {
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  localeFromBrowser,
  type Digits,
  type Locale,
} from '../i18n/locale';
import { en, type MessageKey } from '../i18n/messages/en';
import type { Preset } from '../experiment/presets';
import { ENGLISH, type Translator } from '../i18n/translate';
import {
  catalogsLoaded,
  preloadLanguage,
  subscribeToCatalogs,
  translatorFor,
} from '../i18n/languages';

export { preloadLanguage, translatorFor };
import { LabContext, useLab, useLabClient } from './LabContext';
import { BENGALI_FONT, FONT, type ChartWords } from './charts/canvas';

/**
 * The page's language: the translator components read their words from (`useT`), the header's
 * switch, and what follows the language (the page's `lang`, the Bengali font). English is part of
 * the first load; another catalog is fetched when its language is first chosen (the page shows
 * English until it arrives), or before the first paint of a page opened in it.
 */

/**
 * A preset's title or summary in the page's language (its English is the catalog's, which
 * src/experiment/presets.ts reads).
 */
export function presetText(t: Translator, preset: Preset, part: 'title' | 'summary'): string {
  const key = `preset.${preset.id}.${part}`;
  return key in en ? t.t(key as MessageKey) : preset[part];
}

const chartWordsOf = new WeakMap<Translator, ChartWords>();

/** What the charts draw on their canvases, in a translator's language and digits. */
export function chartWords(t: Translator): ChartWords {
  let words = chartWordsOf.get(t);
  if (!words) {
    words = {
      step: (label) => t.t('chart.step', { step: label }),
      digits: (text) => t.digitsOf(text),
      vanished: t.t('chart.vanished'),
      symlog: t.t('chart.symlog'),
      offScale: t.t('chart.offScale'),
      blewUp: t.t('chart.blewUp'),
      font: t.locale === 'bn' ? BENGALI_FONT : FONT,
    };
    chartWordsOf.set(t, words);
  }
  return words;
}

const noStore = () => () => undefined;

/**
 * The page's words in its language (components re-render when it changes or loads); English for
 * a part drawn outside the lab (a chart rendered alone).
 */
export function useT(): Translator {
  const store = useContext(LabContext)?.store;
  const choice = useSyncExternalStore(store?.subscribe ?? noStore, () =>
    store ? `${store.getState().settings.locale} ${store.getState().settings.digits}` : '',
  );
  useSyncExternalStore(subscribeToCatalogs, catalogsLoaded);
  if (!store) return ENGLISH;
  const [locale, digits] = choice.split(' ') as [Locale, Digits];
  return translatorFor(locale, digits);
}

const SAVED_LOCALE = 'bn-lab-language';
const SAVED_DIGITS = 'bn-lab-digits';

function saved(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be off (private mode): the choice holds for this visit.
  }
}

/** The language to open in: the link's, else the one chosen on this device, else the browser's. */
export function initialLanguage(
  fromLink: Locale | undefined,
  browser: readonly string[],
): { locale: Locale; digits: Digits } {
  const device = saved(SAVED_LOCALE);
  const locale = fromLink ?? (device && isLocale(device) ? device : localeFromBrowser(browser));
  return { locale, digits: saved(SAVED_DIGITS) === 'beng' ? 'beng' : 'latn' };
}

/** Keeps the page's `lang` on the language shown (screen readers and the Bengali font follow it). */
export function LanguageEffects() {
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = t.locale;
  }, [t.locale]);
  return null;
}

/** The header's language switch (and, in Bengali, the digits), remembered on this device. */
export function LanguageSwitch() {
  const client = useLabClient();
  const t = useT();
  const locale = useLab((s) => s.settings.locale);
  const digits = useLab((s) => s.settings.digits);
  return (
    <div className="language">
      <label>
        {t.t('language.label')}{' '}
        <select
          value={locale}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (!isLocale(next)) return;
            save(SAVED_LOCALE, next);
            client.setPage({ locale: next });
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {locale === 'bn' && (
        <label>
          {t.t('language.digits')}{' '}
          <select
            value={digits}
            onChange={(event) => {
              const next: Digits = event.currentTarget.value === 'beng' ? 'beng' : 'latn';
              save(SAVED_DIGITS, next);
              client.setPage({ digits: next });
            }}
          >
            <option value="latn">{t.t('language.digitsLatn')}</option>
            <option value="beng">{t.t('language.digitsBeng')}</option>
          </select>
        </label>
      )}
    </div>
  );
}
