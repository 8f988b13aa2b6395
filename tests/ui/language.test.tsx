import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import type { Locale } from '../../src/i18n/locale';
import { bn } from '../../src/i18n/messages/bn';
import { en } from '../../src/i18n/messages/en';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { App } from '../../src/ui/App';
import { LabContext } from '../../src/ui/LabContext';
import { initialLanguage } from '../../src/ui/language';
import { InProcessWorker } from '../helpers/inProcessWorker';
import { LOADED } from '../helpers/timeouts';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Picks an option as a browser does: the value changes, then a bubbling change event. */
function choose(select: HTMLElement, value: string) {
  void act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function renderLab(locale: Locale) {
  const worker = new InProcessWorker();
  const store = createLabStore({
    experiment: findPreset('worked-example')!.experiment,
    presetId: 'worked-example',
    notices: [],
    locale,
  });
  const client = new LabClient(store, { createWorker: () => worker });
  void act(() => client.start());
  render(
    <LabContext.Provider value={client}>
      <App />
    </LabContext.Provider>,
  );
  return { store, client };
}

describe('the page’s language', LOADED.short, () => {
  it('shows the Bengali catalog, sets the page’s lang, and switches back to English', async () => {
    const { store } = renderLab('bn');
    // The Bengali catalog loads when first chosen; the page is English until it arrives.
    await screen.findByText(bn['app.lede']);
    await waitFor(() => expect(document.documentElement.lang).toBe('bn'));
    expect(screen.getByRole('button', { name: bn['transport.play'] })).toBeTruthy();
    expect(screen.getByRole('tab', { name: bn['view.claims'] })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: bn['views.label'] })).toBeTruthy();
    // Digits: Western by default, Bengali as a choice.
    choose(screen.getByRole('combobox', { name: bn['language.digits'] }), 'beng');
    expect(store.getState().settings.digits).toBe('beng');
    expect(localStorage.getItem('bn-lab-digits')).toBe('beng');
    choose(screen.getByRole('combobox', { name: bn['language.label'] }), 'en');
    await screen.findByText(en['app.lede']);
    expect(store.getState().settings.locale).toBe('en');
    expect(localStorage.getItem('bn-lab-language')).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('opens in the link’s language, else the device’s, else English', () => {
    expect(initialLanguage('bn', ['en'])).toEqual({ locale: 'bn', digits: 'latn' });
    localStorage.setItem('bn-lab-language', 'bn');
    localStorage.setItem('bn-lab-digits', 'beng');
    expect(initialLanguage(undefined, ['en'])).toEqual({ locale: 'bn', digits: 'beng' });
    expect(initialLanguage('en', ['bn'])).toEqual({ locale: 'en', digits: 'beng' });
    localStorage.setItem('bn-lab-language', 'xx');
    expect(initialLanguage(undefined, ['fr']).locale).toBe('en');
  });
});
