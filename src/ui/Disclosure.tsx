import { Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './language';

/**
 * A disclosure whose content (and its code, loaded lazily) is made when it is first opened: the
 * first screen keeps the setup form and the share menu closed, so their code waits for them.
 */
export function Disclosure(props: {
  className: string;
  summary: string;
  what: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const t = useT();
  return (
    <details
      className={props.className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{props.summary}</summary>
      {opened && (
        <ErrorBoundary what={props.what} kept={t.t('app.keptRun')}>
          <Suspense fallback={<p className="hint">{t.t('app.loading')}</p>}>
            {props.children}
          </Suspense>
        </ErrorBoundary>
      )}
    </details>
  );
}
