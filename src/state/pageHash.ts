import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locale';
import { decodeLesson, encodeLesson, type Lesson } from '../experiment/lesson';
import { problemAt } from '../experiment/fieldReader';
import type { Said } from '../i18n/translate';
import { decodePart } from '../experiment/urlCodec';
/**
 * The parts of the URL hash that say how the page shows a setup rather than what the setup is:
 * the open view (`#…&view=figure-1`), the step of the guided tour (`#…&tour=3`) and presenter
 * mode (`#…&present`). They ride after the setup's own fields, so a shared link opens the same
 * view, tour step and mode.
 */
export const VIEWS = [
  { id: 'live' },
  { id: 'figure-1' },
  { id: 'test-time' },
  { id: 'stable-range' },
  { id: 'optimization' },
  { id: 'notes' },
  { id: 'claims' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
export const DEFAULT_VIEW: ViewId = 'live';

export interface PageKeys {
  view: ViewId;
  /** The tour step shown (1-based), or null when the tour is closed. */
  tour: number | null;
  /** Presenter mode: one panel at a time in large type, for a classroom's screen. */
  present: boolean;
  /** A teacher's lesson (title, note, questions) over the setup, or null. */
  lesson: Lesson | null;
  /** The card of the claims gallery a link points at (`#view=claims&claim=ID`), or null. */
  claim: string | null;
  /** The page's language when a link names one (`lang=bn`); absent: the device's or browser's. */
  locale?: Locale;
}

export function isView(text: string): text is ViewId {
  return VIEWS.some((v) => v.id === text);
}

/**
 * Splits a hash into the setup's part (for decodeExperimentHash) and the page keys; a bad view or
 * tour step is reported and replaced by the default, never thrown.
 */
export function splitPageHash(
  hash: string,
  tourSteps: number,
): { setupHash: string; page: PageKeys; errors: Said[] } {
  const parts = hash.replace(/^#/, '').split('&');
  const setup: string[] = [];
  const page: PageKeys = {
    view: DEFAULT_VIEW,
    tour: null,
    present: false,
    lesson: null,
    claim: null,
  };
  const errors: Said[] = [];
  for (const part of parts) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    // The setup's parts are decoded by the setup's reader; only the page's own are read here.
    const decoded =
      key === 'view' || key === 'tour' || key === 'lesson' || key === 'claim' || key === 'lang'
        ? decodePart(at < 0 ? '' : part.slice(at + 1))
        : '';
    if (decoded === null) {
      errors.push(problemAt(key, { key: 'link.brokenPage', values: { key, view: DEFAULT_VIEW } }));
      continue;
    }
    const value = decoded;
    if (key === 'view') {
      if (isView(value)) page.view = value;
      else
        errors.push(
          problemAt('view', {
            key: 'link.noView',
            values: {
              name: value.slice(0, 40),
              views: VIEWS.map((v) => v.id).join(', '),
              view: DEFAULT_VIEW,
            },
          }),
        );
    } else if (key === 'tour') {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1 && n <= tourSteps) page.tour = n;
      else
        errors.push(
          problemAt('tour', {
            key: 'link.tourStep',
            values: { first: 1, last: tourSteps, value: value.slice(0, 40) },
          }),
        );
    } else if (key === 'present') page.present = true;
    else if (key === 'lang') {
      if (isLocale(value)) page.locale = value;
      else
        errors.push(
          problemAt('lang', {
            key: 'link.noLanguage',
            values: { value: value.slice(0, 40), languages: LOCALES.join(', ') },
          }),
        );
    } else if (key === 'claim') {
      // The cards load with their view: here only the id's form is checked (the view names an
      // id that is no card).
      if (/^[a-z0-9-]{1,60}$/.test(value)) page.claim = value;
      else
        errors.push(
          problemAt('claim', { key: 'link.claimId', values: { value: value.slice(0, 40) } }),
        );
    } else if (key === 'lesson') {
      const read = decodeLesson(value);
      page.lesson = read.lesson;
      errors.push(...read.errors);
    } else if (part.length > 0) setup.push(part);
  }
  return { setupHash: `#${setup.join('&')}`, page, errors };
}

/** The page keys as they follow the setup in the hash (nothing for the defaults). */
export function pageHashSuffix(page: PageKeys): string {
  return (
    (page.view !== DEFAULT_VIEW ? `&view=${page.view}` : '') +
    (page.tour !== null ? `&tour=${page.tour}` : '') +
    (page.present ? '&present' : '') +
    (page.lesson ? `&lesson=${encodeLesson(page.lesson)}` : '') +
    (page.claim !== null ? `&claim=${page.claim}` : '') +
    (page.locale !== undefined && page.locale !== DEFAULT_LOCALE ? `&lang=${page.locale}` : '')
  );
}
