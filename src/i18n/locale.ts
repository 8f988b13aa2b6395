/**
 * The page's languages. English is the default; Bengali follows the lecture the page teaches
 * from (English technical terms, Bengali explanations). The command line stays English.
 */
export const LOCALES = ['en', 'bn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** How each language names itself (the switch shows every language in its own words). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', bn: 'বাংলা' };

/** Digits numbers are written in: Western (as the lecture writes them) or Bengali. */
export const DIGITS = ['latn', 'beng'] as const;
export type Digits = (typeof DIGITS)[number];

export function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}

/** The language to open in from the browser's list (`navigator.languages`), first match wins. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en') return 'en';
    if (base === 'bn') return 'bn';
  }
  return DEFAULT_LOCALE;
}

/** The BCP 47 tag numbers are formatted with: the language and its digits. */
export function numberLocale(locale: Locale, digits: Digits): string {
  return locale === 'en' ? 'en' : `bn-u-nu-${digits}`;
}
