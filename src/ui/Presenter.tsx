import { useEffect, useState } from 'react';
import { PRESENTER_PANELS } from '../page/presenter';
import { TOUR } from '../page/tour';
import { useLab, useLabClient } from './LabContext';
import { Select } from './Select';
import { useT } from './language';

/** Classes that isolate one panel: it, the elements it sits in, and what else stays on screen. */
const FOCUS = 'present-focus';
const PATH = 'present-path';

/**
 * Shows only `element`, the tour's box and the elements marked `present-keep`: the elements they
 * sit in get `present-path`, and the stylesheet hides every other child of those. Returns the undo.
 */
function isolate(element: Element): () => void {
  element.classList.add(FOCUS);
  const path = new Set<Element>();
  // The panels' column holds the tour's box, which may open after this runs.
  for (const start of [element, document.querySelector('.panels')])
    for (let e = start?.parentElement; e && e !== document.body; e = e.parentElement) path.add(e);
  const panels = document.querySelector('.panels');
  if (panels) path.add(panels);
  for (const e of path) e.classList.add(PATH);
  return () => {
    element.classList.remove(FOCUS);
    for (const e of path) e.classList.remove(PATH);
  };
}

/** Waits (a lazy view may take a moment) for the panel marked `target`, then isolates it. */
function isolateWhenPresent(target: string): () => void {
  let undo: (() => void) | null = null;
  let frame = 0;
  const started = performance.now();
  const look = () => {
    const element = document.querySelector(`[data-tour="${target}"]`);
    if (element) undo = isolate(element);
    else if (performance.now() - started < 10_000) frame = requestAnimationFrame(look);
  };
  look();
  return () => {
    cancelAnimationFrame(frame);
    undo?.();
  };
}

/**
 * Presenter mode (`#present`): one panel at a time in large type, for a classroom's screen — the
 * tour step's panel beside its text, or the panel the teacher picks — with only Previous, Play and
 * Next (← →, Page Up/Down as a presentation clicker sends them; Space plays; Escape leaves).
 */
export default function Presenter() {
  const client = useLabClient();
  const t = useT();
  const tour = useLab((s) => s.settings.tour);
  const running = useLab((s) => s.run.status === 'running');
  const [picked, setPicked] = useState<string>(PRESENTER_PANELS[0].target);
  const step = tour === null ? null : TOUR[tour - 1];
  const target = step?.target ?? picked;
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);
  useEffect(() => {
    if (!step) {
      const panel = PRESENTER_PANELS.find((p) => p.target === picked);
      if (panel) client.setPage({ view: panel.view });
    }
    return isolateWhenPresent(target);
  }, [client, step, picked, target]);
  const go = (by: number) => {
    const next = (tour ?? 0) + by;
    client.setPage({ tour: next < 1 ? null : Math.min(TOUR.length, next) });
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest('input, select, textarea')) return;
      const by = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (by !== undefined) go(by);
      else if (event.key === 'Escape') client.setPage({ present: false });
      else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });
  return (
    <nav className="presenter-bar present-keep" aria-label={t.t('presenter.label')}>
      {/* The page's own heading is hidden with its header while presenting. */}
      <h1 className="presenter-title">{t.t('app.title')}</h1>
      <button type="button" onClick={() => go(-1)} disabled={tour === null}>
        {t.t('presenter.previous')}
      </button>
      <button type="button" className="primary" onClick={() => client.togglePlay()}>
        {t.t(running ? 'transport.pause' : 'transport.play')}
      </button>
      <button type="button" onClick={() => go(1)} disabled={tour === TOUR.length}>
        {t.t('presenter.next')}
      </button>
      <span className="presenter-where">
        {step && tour !== null
          ? t.t('presenter.tourStep', { step: tour, total: TOUR.length })
          : t.t('presenter.yourPick')}
      </span>
      <Select
        label={t.t('presenter.show')}
        value={step ? '' : picked}
        options={[
          ...(step ? [{ value: '', label: t.t('presenter.tourPanel') }] : []),
          ...PRESENTER_PANELS.map((p) => ({
            value: p.target,
            label: t.t(`presenter.panel.${p.target}`),
          })),
        ]}
        onChange={(value) => {
          if (!value) return;
          setPicked(value);
          client.setPage({ tour: null });
        }}
      />
      <button type="button" onClick={() => client.setPage({ present: false })}>
        {t.t('presenter.leave')}
      </button>
    </nav>
  );
}
