import { Suspense } from 'react';
import { TOUR_STEPS } from '../page/tourSteps';
import { ErrorBoundary } from './ErrorBoundary';
import { useLab, useLabClient } from './LabContext';
import { lazyView } from './lazyView';
import { useT } from './language';

/**
 * The tour's door: the button that starts or resumes it, and the docked box (Tour.tsx), whose
 * code loads when the tour opens.
 */

/** Where the tour's last step is remembered, so a closed tour resumes there. */
const SAVED_STEP = 'bn-lab-tour-step';
/** The step the tour was left at, when one was. */
export function savedStep(): number | null {
  try {
    const n = Number(localStorage.getItem(SAVED_STEP));
    return Number.isInteger(n) && n >= 1 && n <= TOUR_STEPS ? n : null;
  } catch {
    return null;
  }
}

/** Remembers the step the tour is at. */
export function saveStep(step: number): void {
  try {
    localStorage.setItem(SAVED_STEP, String(step));
  } catch {
    // Storage may be off (private mode): the tour still works, it just will not resume.
  }
}

/** Starts the tour where it was left (or at its first step). */
export function TourButton() {
  const client = useLabClient();
  const t = useT();
  const open = useLab((s) => s.settings.tour !== null);
  if (open) return null;
  const saved = savedStep();
  return (
    <button
      type="button"
      className="tour-start"
      onClick={() => client.setPage({ tour: saved ?? 1 })}
    >
      {saved && saved > 1
        ? t.t('tour.resume', { step: saved, total: TOUR_STEPS })
        : t.t('tour.take')}
    </button>
  );
}

const BOX = lazyView(() => import('./Tour'));
const Box = BOX.fresh();

/** The tour's box while the tour is open (its code fetched then). */
export function TourBox() {
  const t = useT();
  const open = useLab((s) => s.settings.tour !== null);
  if (!open) return null;
  return (
    <ErrorBoundary what={t.t('tour.what')} kept={t.t('app.keptRun')}>
      <Suspense fallback={<p className="hint">{t.t('tour.opening')}</p>}>
        <Box />
      </Suspense>
    </ErrorBoundary>
  );
}
