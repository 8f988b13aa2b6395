import { Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useLab, useLabClient } from './LabContext';
import { lazyView } from './lazyView';

const Bar = lazyView(() => import('./Presenter')).fresh();

/** The door to presenter mode (`#present`), and its bar while it is on (its code fetched then). */
export function PresenterButton() {
  const client = useLabClient();
  const present = useLab((s) => s.settings.present);
  if (present) return null;
  return (
    <button type="button" onClick={() => client.setPage({ present: true })}>
      Present to a class
    </button>
  );
}

export function PresenterBar() {
  const present = useLab((s) => s.settings.present);
  if (!present) return null;
  return (
    <ErrorBoundary what="Presenter mode" kept="The run and your setup are kept.">
      <Suspense fallback={null}>
        <Bar />
      </Suspense>
    </ErrorBoundary>
  );
}
