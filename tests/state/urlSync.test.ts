import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { syncWithUrl } from '../../src/state/urlSync';
import { SilentWorker } from '../helpers/fakes';

/** A page's location, history and window as syncWithUrl uses them; navigations set the hash. */
function fakePage(hash: string) {
  const location = { hash } as Location;
  const history = {
    replaceState: (_state: unknown, _title: string, url: string) => void (location.hash = url),
  } as History;
  const target = new EventTarget() as Window;
  return { location, history, target };
}

function lab() {
  const store = createLabStore({
    experiment: cloneExperiment(findPreset('deep-relu-xor')!.experiment),
    presetId: 'deep-relu-xor',
    notices: [],
  });
  const client = new LabClient(store, { createWorker: () => new SilentWorker() });
  client.start();
  return { store, client };
}

describe('the URL hash kept in step with the page', () => {
  it('reads a navigation before writing over it, when a setup change lands before its hashchange', () => {
    const { store, client } = lab();
    const page = fakePage('#preset=deep-relu-xor');
    syncWithUrl(client, page.location, page.history, page.target, 13);
    expect(page.location.hash).toBe('#preset=deep-relu-xor');
    // A link typed in (the tour's last step on the Optimization view)…
    page.location.hash = '#tour=13&view=optimization';
    // …and, before its hashchange event, a change of the setup that writes the hash.
    client.update((e) => void (e.seed = 9));
    expect(store.getState().settings.tour).toBe(13);
    expect(store.getState().settings.view).toBe('optimization');
    expect(page.location.hash).toBe('#preset=deep-relu-xor&seed=9&view=optimization&tour=13');
    // The event, when it comes, finds the hash read already: nothing changes.
    page.target.dispatchEvent(new Event('hashchange'));
    expect(store.getState().settings.tour).toBe(13);
    expect(store.getState().settings.experiment.seed).toBe(9);
    expect(page.location.hash).toBe('#preset=deep-relu-xor&seed=9&view=optimization&tour=13');
  });

  it('follows a hash typed in later, and writes its own changes without taking them for one', () => {
    const { store, client } = lab();
    const page = fakePage('');
    syncWithUrl(client, page.location, page.history, page.target, 13);
    client.setPage({ view: 'figure-1' });
    expect(page.location.hash).toBe('#preset=deep-relu-xor&view=figure-1');
    page.location.hash = '#preset=deep-relu-xor&seed=4';
    page.target.dispatchEvent(new Event('hashchange'));
    expect(store.getState().settings.experiment.seed).toBe(4);
    expect(store.getState().settings.view).toBe('live');
    expect(page.location.hash).toBe('#preset=deep-relu-xor&seed=4');
  });
});
