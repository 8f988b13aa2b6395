import { Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useLab, useLabClient } from './LabContext';
import { lazyView } from './lazyView';
import { useT } from './language';

const Bar = lazyView(() => import('./Presenter')).fresh();

/** The door to presenter mode (`#present`), and its bar while it is on (its code fetched then). */
export function PresenterButton() {
  const client = useLabClient();
  const t = useT();
  const present = useLab((s) => s.settings.present);
  if (present) return null;
  return (
    <button type="button" onClick={() => client.setPage({ present: true })}>
      {t.t('present.open')}
    </button>
  );
}

export function PresenterBar() {
  const t = useT();
  const present = useLab((s) => s.settings.present);
  if (!present) return null;
  return (
    <ErrorBoundary what={t.t('presenter.what')} kept={t.t('app.keptRun')}>
      <Suspense fallback={null}>
        <Bar />
      </Suspense>
    </ErrorBoundary>
  );
}
