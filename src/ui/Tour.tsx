import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { findPreset, PRESETS } from '../experiment/presets';
import { stepSetup, TOUR, tourText, type TourAction, type TourStep } from '../page/tour';
import type { LabClient } from '../state/client';
import { presetText, useT } from './language';
import { useLab, useLabClient, useFrameTick } from './LabContext';
import { PresetPicture } from './PresetCards';
import { tourReading } from './tourReadings';
import { Prediction } from './Prediction';
import { saveStep } from './TourButton';

/** How long a step waits for its panel to appear (a lazily loaded view) before giving up. */
const TARGET_WAIT_MS = 10_000;

/**
 * Loads a step's setup unless it is already the live one, so neither the run nor the evidence
 * measured for it is thrown away.
 */
function loadStep(client: LabClient, step: TourStep): void {
  const { presetId, experiment } = stepSetup(step);
  const { settings } = client.store.getState();
  if (
    settings.presetId !== presetId ||
    JSON.stringify(settings.experiment) !== JSON.stringify(experiment)
  )
    client.load(experiment, presetId);
  client.setPage({ view: step.view });
  if (step.tap) client.setPage({ tap: step.tap });
}

/** How long after a step loads its panel is kept at the top while the page settles around it. */
const SETTLE_MS = 2_000;

/**
 * Calls `found` with the step's panel once it is on the page (a lazy view may take a moment),
 * then again whenever the page's layout moves it in the next moments (a run restarting, the
 * evidence arriving), until the learner scrolls or presses a key.
 */
function whenPresent(target: string, found: (element: Element) => void): () => void {
  const started = performance.now();
  let frame = 0;
  let observer: ResizeObserver | null = null;
  let settled: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    cancelAnimationFrame(frame);
    observer?.disconnect();
    observer = null;
    if (settled !== null) clearTimeout(settled);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const)
      window.removeEventListener(type, stop);
  };
  const look = () => {
    const element = document.querySelector(`[data-tour="${target}"]`);
    if (!element) {
      if (performance.now() - started < TARGET_WAIT_MS) frame = requestAnimationFrame(look);
      return;
    }
    found(element);
    observer = new ResizeObserver(() => found(element));
    observer.observe(document.body);
    settled = setTimeout(stop, SETTLE_MS);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const)
      window.addEventListener(type, stop, { passive: true });
  };
  frame = requestAnimationFrame(look);
  return stop;
}

/** The button a step offers for what it asks the learner to do. */
function ActionButton(props: { action: TourAction }) {
  const client = useLabClient();
  const t = useT();
  const running = useLab((s) => s.run.status === 'running');
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  switch (props.action) {
    case 'play':
      return (
        <button type="button" onClick={() => client.togglePlay()}>
          {running ? t.t('tour.pauseRun') : t.t('tour.playRun')}
        </button>
      );
    case 'switchPlacement': {
      const to = placement === 'after' ? 'before' : 'after';
      return (
        <button
          type="button"
          onClick={() => client.update((e) => void (e.batchNorm.placement = to))}
        >
          {t.t('tour.switchPlacement', { to })}
        </button>
      );
    }
    case 'measureTestTime':
      return (
        <button type="button" onClick={() => client.measure('testTime')}>
          {t.t('tour.runMeasurement')}
        </button>
      );
  }
}

/** The step's measurement, computed from what the page shows now. */
function Reading(props: { step: TourStep }) {
  const client = useLabClient();
  const t = useT();
  // Redrawn with the frames (at most ~3 times a second), and when measurements arrive.
  useFrameTick(300);
  useLab((s) => s.evidence);
  useLab((s) => s.measurements.testTime);
  useLab((s) => s.settings.experiment);
  const text = tourReading(
    props.step.reading,
    { state: client.store.getState(), history: client.history },
    t,
  );
  if (!text) return null;
  return (
    <p className="tour-reading" aria-live="polite" data-testid="tour-reading">
      <strong>{t.t('tour.measuredNow')}</strong> {text}
    </p>
  );
}

/**
 * The guided tour of the lecture's points, docked at the edge of the window so it never scrolls
 * away: each step loads the setup that shows it, opens its view, waits for the panel that
 * measures it, scrolls it into view beside the box and outlines it, says what to look for in
 * this setup's own terms, offers the button the step needs and states the measurement live.
 * Back/Next, Escape closes; the step is in the URL (`#tour=N`) and remembered.
 */
export default function Tour() {
  const client = useLabClient();
  const t = useT();
  const step = useLab((s) => s.settings.tour);
  const experiment = useLab((s) => s.settings.experiment);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = step !== null ? TOUR[step - 1] : null;
  // The box docks on the side of the window away from the panel it points at.
  const [side, setSide] = useState<'left' | 'right'>('right');
  // The learner's predictions this visit, by step ('' when skipped).
  const [answers, setAnswers] = useState<Record<number, string>>({});
  // Remembered as soon as the step is drawn: a learner who closes the tour at once (Escape right
  // after Next) resumes at the step shown, not at the one before.
  useLayoutEffect(() => {
    if (step !== null) saveStep(step);
  }, [step]);
  useEffect(() => {
    if (step === null || !current) return;
    loadStep(client, current);
    headingRef.current?.focus({ preventScroll: true });
    let marked: Element | null = null;
    const stop = whenPresent(current.target, (element) => {
      marked = element;
      element.classList.add('tour-target');
      element.scrollIntoView({ block: 'start' });
      const box = element.getBoundingClientRect();
      setSide(box.left + box.width / 2 > window.innerWidth / 2 ? 'left' : 'right');
    });
    return () => {
      stop();
      marked?.classList.remove('tour-target');
    };
  }, [client, step, current]);
  useEffect(() => {
    if (step === null) return;
    document.body.classList.add('touring');
    return () => document.body.classList.remove('touring');
  }, [step]);
  if (step === null || !current) return null;
  const preset = findPreset(current.preset ?? PRESETS[0].id);
  const text = tourText(current, experiment, t);
  const { question } = text;
  // A step with a question shows what to look for, and the measurement, once it is answered.
  const revealed = !question || answers[step] !== undefined;
  const go = (to: number | null) => client.setPage({ tour: to });
  return (
    <section
      className={`tour dock-${side}`}
      aria-labelledby="tour-title"
      data-testid="tour-box"
      onKeyDown={(event) => {
        if (event.key === 'Escape') go(null);
      }}
    >
      <div className="tour-body">
        <p className="tour-count">{t.t('tour.count', { step, total: TOUR.length })}</p>
        <h2 id="tour-title" ref={headingRef} tabIndex={-1}>
          {text.title}
        </h2>
        <p>{text.idea}</p>
        {question && (
          <Prediction
            key={step}
            prompt={question.prompt}
            choices={question.choices}
            answer={answers[step] ?? null}
            onAnswer={(choice) => setAnswers((a) => ({ ...a, [step]: choice }))}
          />
        )}
        {revealed && (
          <>
            <p>
              <strong>{t.t('tour.lookFor')}</strong> {text.lookFor}
            </p>
            <Reading step={current} />
          </>
        )}
        {preset && (
          <p className="tour-preset">
            <PresetPicture preset={preset} />
            <span>
              {t.parts<ReactNode>('tour.setup', {
                title: presetText(t, preset, 'title'),
                changed: current.patch ? 'yes' : 'no',
                b: (chunks) => <strong key="title">{chunks}</strong>,
              })}
            </span>
          </p>
        )}
      </div>
      <div className="buttons">
        {current.action && <ActionButton action={current.action} />}
        <button type="button" onClick={() => go(step - 1)} disabled={step === 1}>
          {t.t('tour.back')}
        </button>
        {step < TOUR.length ? (
          <button type="button" className="primary" onClick={() => go(step + 1)}>
            {t.t('tour.next')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => go(null)}>
            {t.t('tour.finish')}
          </button>
        )}
        <button type="button" onClick={() => go(null)}>
          {t.t('tour.close')}
        </button>
      </div>
    </section>
  );
}
