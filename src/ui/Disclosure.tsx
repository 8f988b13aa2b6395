import { Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

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
  return (
    <details
      className={props.className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{props.summary}</summary>
      {opened && (
        <ErrorBoundary what={props.what} kept="The run and your setup are kept.">
          <Suspense fallback={<p className="hint">Loading…</p>}>{props.children}</Suspense>
        </ErrorBoundary>
      )}
    </details>
  );
}
