import type { Digits, Locale } from './locale';
import { DEFAULT_LOCALE } from './locale';
import { en, type Catalog } from './messages/en';
import { loadCatalog, Translator } from './translate';

/**
 * The languages' catalogs as the page holds them: English from the first load, another fetched
 * once when its language is first wanted. The page's components and its state read translators
 * from here.
 */

const catalogs = new Map<Locale, Catalog>([['en', en]]);
const translators = new Map<string, Translator>();
const listeners = new Set<() => void>();
let loaded = 0;
const loading = new Map<Locale, Promise<void>>();

export function subscribeToCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What a language waits for besides its catalog: the page sets it to load the bundled faces its
 * letters need (src/ui/fonts.ts), so its words never appear before their font; a chart drawn
 * once on a canvas would keep empty boxes. Elsewhere (tests, workers) nothing.
 */
let facesFor: (locale: Locale) => Promise<void> = () => Promise.resolve();

export function loadFacesWith(load: (locale: Locale) => Promise<void>): void {
  facesFor = load;
}

/** Fetches a language's catalog once; resolves when it has loaded, or failed to (then English). */
function ensureCatalog(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (catalogs.has(locale)) return Promise.resolve();
  if (!pending) {
    pending = Promise.all([loadCatalog(locale), facesFor(locale).catch(() => undefined)]).then(
      ([catalog]) => {
        catalogs.set(locale, catalog);
        loaded++;
        for (const listener of listeners) listener();
      },
      // A catalog that cannot be fetched (offline, a new version installed): tried again later.
      () => void loading.delete(locale),
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Resolves once a language's catalog has loaded (or failed to): a page opened in Bengali waits
 * for it before its first paint, so it never flashes English.
 */
export function preloadLanguage(locale: Locale): Promise<void> {
  return ensureCatalog(locale);
}

/** The translator of a language, or English while its catalog loads. */
export function translatorFor(locale: Locale, digits: Digits): Translator {
  const catalog = catalogs.get(locale);
  if (!catalog) {
    void ensureCatalog(locale);
    return translatorFor(DEFAULT_LOCALE, 'latn');
  }
  const key = `${locale}-${digits}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = new Translator(locale, digits, catalog);
    translators.set(key, translator);
  }
  return translator;
}

/** How many catalogs have loaded so far (a component re-renders when it changes). */
export function catalogsLoaded(): number {
  return loaded;
}
