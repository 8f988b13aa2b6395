import { boundedList } from '../experiment/fieldReader';
import type { MessageKey, Said } from '../i18n/translate';
import { decodeExperimentHash, encodeExperimentHash } from '../experiment/urlCodec';
import type { LabClient } from './client';
import { pageHashSuffix, splitPageHash } from './pageHash';

/**
 * Keeps the URL hash and the page in step: every change of the setup, the view or the tour step
 * rewrites the hash (without a new history entry), and a hash typed or pasted by the learner
 * loads that setup and shows that view and step.
 */
export function syncWithUrl(
  client: LabClient,
  location: Location,
  history: History,
  target: Window,
  tourSteps: number,
): () => void {
  const { store } = client;
  const setupHash = () => {
    const { experiment, presetId } = store.getState().settings;
    return encodeExperimentHash(experiment, presetId);
  };
  // The hash last written or read here. A hash that differs is a navigation (a link typed or
  // opened, `#tour=13`) whose hashchange event has not come yet: it is read before anything is
  // written, or a setup change landing first would write over it and the navigation would be lost.
  let seen = location.hash;
  const write = () => {
    if (location.hash !== seen) return onHashChange();
    const { view, tour, present, lesson, claim, locale } = store.getState().settings;
    const hash = setupHash() + pageHashSuffix({ view, tour, present, lesson, claim, locale });
    if (location.hash !== hash) history.replaceState(null, '', hash);
    seen = location.hash;
  };
  const unsubscribe = store.subscribe(
    (s) =>
      [
        s.settings.experiment,
        s.settings.presetId,
        s.settings.view,
        s.settings.tour,
        s.settings.present,
        s.settings.lesson,
        s.settings.claim,
        s.settings.locale,
      ] as const,
    write,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  function onHashChange() {
    if (location.hash === seen) return;
    seen = location.hash;
    const split = splitPageHash(location.hash, tourSteps);
    client.setPage(split.page);
    // A hash of page keys only (#view=figure-1 typed by hand) or of the same setup changes the
    // view or step, never the run: the setup stays and the hash is written out whole again.
    if (split.setupHash === '#' || split.setupHash === setupHash()) {
      for (const notice of pageNotices(split.errors)) client.notify(notice);
      write();
      return;
    }
    const decoded = decodeExperimentHash(split.setupHash);
    const { experiment, presetId } = store.getState().settings;
    if (
      decoded.errors.length === 0 &&
      decoded.presetId === presetId &&
      JSON.stringify(decoded.experiment) === JSON.stringify(experiment)
    ) {
      write();
      return;
    }
    client.load(decoded.experiment, decoded.presetId, [
      ...linkNotices(decoded.errors),
      ...pageNotices(split.errors),
    ]);
  }
  target.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    target.removeEventListener('hashchange', onHashChange);
  };
}

/** Notices for the bad fields of a shared link: the first ten, then how many more. */
export function linkNotices(errors: Said[]): Said[] {
  return noticesOf(errors, 'link.setting', 'link.more');
}

/**
 * Notices for the link's page keys (view, tour, language, card, lesson): each says what the page
 * does instead, so none claims a preset's value.
 */
export function pageNotices(errors: Said[]): Said[] {
  return noticesOf(errors, 'link.pageSetting', 'link.pageMore');
}

/** Each problem framed by `one`, the first ten of them, then `more` counting the rest. */
function noticesOf(errors: Said[], one: MessageKey, more: MessageKey): Said[] {
  return boundedList<Said>(
    errors.map((problem) => ({ key: one, values: { problem } })),
    0,
    (count) => ({ key: more, values: { count } }),
  );
}

/** Reads the hash a page opens with: the setup, the page keys and every problem found. */
export function readOpeningHash(hash: string, tourSteps: number) {
  const split = splitPageHash(hash, tourSteps);
  const decoded = decodeExperimentHash(split.setupHash);
  return {
    ...decoded,
    page: split.page,
    notices: [...linkNotices(decoded.errors), ...pageNotices(split.errors)],
  };
}
