import { decodeExperimentHash, encodeExperimentHash } from '../experiment/urlCodec';
import type { LabClient } from './client';

/**
 * Keeps the URL hash and the setup in step: every change of the setup rewrites the hash (without
 * a new history entry), and a hash typed or pasted by the learner loads that setup.
 */
export function syncWithUrl(
  client: LabClient,
  location: Location,
  history: History,
  target: Window,
): () => void {
  const { store } = client;
  const write = () => {
    const { experiment, presetId } = store.getState().settings;
    const hash = encodeExperimentHash(experiment, presetId);
    if (location.hash !== hash) history.replaceState(null, '', hash);
  };
  const unsubscribe = store.subscribe(
    (s) => [s.settings.experiment, s.settings.presetId] as const,
    write,
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  const onHashChange = () => {
    const { experiment, presetId } = store.getState().settings;
    if (location.hash === encodeExperimentHash(experiment, presetId)) return;
    const decoded = decodeExperimentHash(location.hash);
    client.load(decoded.experiment, decoded.presetId, linkNotices(decoded.errors));
  };
  target.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    target.removeEventListener('hashchange', onHashChange);
  };
}

/** Notices for the bad fields of a shared link. */
export function linkNotices(errors: string[]): string[] {
  return errors.map((e) => `The link’s setting ${e} — the preset’s value is used instead.`);
}
