import { useEffect, useRef } from 'react';
import { findPreset, PRESETS } from '../experiment/presets';
import { cloneExperiment } from '../experiment/schema';
import { TOUR, type TourStep } from '../experiment/tour';
import type { LabClient } from '../state/client';
import { useLab, useLabClient } from './LabContext';
import { PresetPicture } from './PresetCards';

/** Where the tour's last step is remembered, so a closed tour resumes there. */
const SAVED_STEP = 'bn-lab-tour-step';

function savedStep(): number | null {
  try {
    const n = Number(localStorage.getItem(SAVED_STEP));
    return Number.isInteger(n) && n >= 1 && n <= TOUR.length ? n : null;
  } catch {
    return null;
  }
}

function saveStep(step: number): void {
  try {
    localStorage.setItem(SAVED_STEP, String(step));
  } catch {
    // Storage may be off (private mode): the tour still works, it just will not resume.
  }
}

/** Loads a step's setup unless it is already the live one (so the run is not restarted). */
function loadStep(client: LabClient, step: TourStep): void {
  const presetId = step.preset ?? PRESETS[0].id;
  const preset = findPreset(presetId);
  if (!preset) return;
  const experiment = cloneExperiment(preset.experiment);
  step.patch?.(experiment);
  const { settings } = client.store.getState();
  if (
    settings.presetId !== presetId ||
    JSON.stringify(settings.experiment) !== JSON.stringify(experiment)
  )
    client.load(experiment, presetId);
  client.setView(step.view);
}

/** Starts the tour where it was left (or at its first step). */
export function TourButton() {
  const client = useLabClient();
  const open = useLab((s) => s.settings.tour !== null);
  if (open) return null;
  const saved = savedStep();
  return (
    <button type="button" className="tour-start" onClick={() => client.setTour(saved ?? 1)}>
      {saved && saved > 1 ? `Resume the tour (step ${saved} of ${TOUR.length})` : 'Take the tour'}
    </button>
  );
}

/**
 * The guided tour of the lecture's points: each step loads the setup that shows it, opens the
 * view, points at the panel that measures it (outlined and scrolled into view) and says what to
 * look for. Back/Next, Escape closes; the step is in the URL (`#tour=N`) and remembered.
 */
export function Tour() {
  const client = useLabClient();
  const step = useLab((s) => s.settings.tour);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = step !== null ? TOUR[step - 1] : null;
  useEffect(() => {
    if (step === null || !current) return;
    saveStep(step);
    loadStep(client, current);
    headingRef.current?.focus();
    let marked: Element | null = null;
    const frame = requestAnimationFrame(() => {
      marked = document.querySelector(`[data-tour="${current.target}"]`);
      marked?.classList.add('tour-target');
      marked?.scrollIntoView({ block: 'nearest' });
    });
    return () => {
      cancelAnimationFrame(frame);
      marked?.classList.remove('tour-target');
    };
  }, [client, step, current]);
  if (step === null || !current) return null;
  const preset = findPreset(current.preset ?? PRESETS[0].id);
  const go = (to: number | null) => client.setTour(to);
  return (
    <section
      className="tour"
      aria-labelledby="tour-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') go(null);
      }}
    >
      <p className="tour-count">
        Tour · step {step} of {TOUR.length}
      </p>
      <h2 id="tour-title" ref={headingRef} tabIndex={-1}>
        {current.title}
      </h2>
      <p>{current.idea}</p>
      <p>
        <strong>Look for:</strong> {current.lookFor}
      </p>
      {preset && (
        <p className="tour-preset">
          <PresetPicture preset={preset} />
          <span>
            Setup: <strong>{preset.title}</strong>
            {current.patch ? ' (changed for this step)' : ''}
          </span>
        </p>
      )}
      <div className="buttons">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 1}>
          Back
        </button>
        {step < TOUR.length ? (
          <button type="button" className="primary" onClick={() => go(step + 1)}>
            Next
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => go(null)}>
            Finish
          </button>
        )}
        <button type="button" onClick={() => go(null)}>
          Close the tour
        </button>
      </div>
    </section>
  );
}
