import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TOUR_STEPS } from './page/tourSteps';
import { loadShippedEvidence } from './state/shippedEvidence';
import { LabClient } from './state/client';
import { indexedDbStorage, OwnDataKeeper, restoreOwnRows } from './state/ownData';
import { createLabStore } from './state/store';
import { readOpeningHash, syncWithUrl } from './state/urlSync';
import { App } from './ui/App';
import { PageBoundary } from './ui/ErrorBoundary';
import { installKeyboardShortcuts } from './ui/keyboard';
import { LabContext } from './ui/LabContext';
import { installTheme, useTheme } from './ui/Theme';
import { initialLanguage, preloadLanguage } from './ui/language';
import { loadFacesWith } from './i18n/languages';
import { loadFaces } from './ui/fonts';
import './ui/app.css';

installTheme(document.documentElement);
// A language shows once its catalog and its letters' faces have loaded.
loadFacesWith(loadFaces);
const decoded = readOpeningHash(window.location.hash, TOUR_STEPS);
const cores = navigator.hardwareConcurrency || 1;
const store = createLabStore({
  experiment: decoded.experiment,
  presetId: decoded.presetId,
  notices: decoded.notices,
  ...decoded.page,
  ...initialLanguage(decoded.page.locale, navigator.languages ?? []),
  // Two workers only where the page keeps a core of its own (see SettingsSlice.workers).
  workers: cores >= 3 ? 2 : 1,
});
// Each Worker is created with a literal URL, which is how Vite finds and bundles it.
const client = new LabClient(store, {
  createWorker: () =>
    new Worker(new URL('./worker/training.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training',
    }),
  createSweepWorker: () =>
    new Worker(new URL('./worker/sweep.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sweep',
    }),
  createEvidenceWorker: () =>
    new Worker(new URL('./worker/sweep.worker.ts', import.meta.url), {
      type: 'module',
      name: 'evidence',
    }),
  loadEvidence: loadShippedEvidence,
  sweepPoolSize: Math.max(1, navigator.hardwareConcurrency || 2),
  // Two cores or more: the BN twin can train in a second worker, beside the plain twin.
  createHelper:
    cores >= 2
      ? () =>
          new Worker(new URL('./worker/helper.worker.ts', import.meta.url), {
            type: 'module',
            name: 'helper',
          })
      : undefined,
  // Files are read and checked in a worker of their own (a table is kept there while its
  // columns are picked).
  createFileWorker: () =>
    new Worker(new URL('./worker/file.worker.ts', import.meta.url), {
      type: 'module',
      name: 'file',
    }),
});
client.start();
// The learner's own rows kept on this device; a link naming rows kept here brings them back.
const keeper = new OwnDataKeeper(store, indexedDbStorage(window.indexedDB));
client.ownData = keeper;
keeper.watch();
if (decoded.inFile) void restoreOwnRows(client, keeper, decoded.inFile);
window.addEventListener('beforeunload', (event) => {
  if (!keeper.unsaved()) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
});
setInterval(() => client.checkAlive(), 2000);
syncWithUrl(client, window.location, window.history, window, TOUR_STEPS);
client.evidence.watch();
installKeyboardShortcuts(client, window);

/** The page, drawn anew in the other theme's colors when the theme changes (state lives outside React). */
function ThemedApp() {
  return <App key={useTheme()} />;
}

/** How long a page opened in another language waits for its words before drawing in English. */
const LANGUAGE_WAIT_MS = 3000;

function start(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <LabContext.Provider value={client}>
        <PageBoundary>
          <ThemedApp />
        </PageBoundary>
      </LabContext.Provider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  const { locale } = store.getState().settings;
  if (locale === 'en') start(root);
  else
    void Promise.race([
      preloadLanguage(locale),
      new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS)),
    ]).then(() => start(root));
}

// Offline after the first visit: the built page's service worker caches the app and its data.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch(() => undefined);
