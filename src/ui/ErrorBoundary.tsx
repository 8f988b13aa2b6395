import { Component, useContext, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './language';
import { LabContext } from './LabContext';
import { ENGLISH, type Translator } from '../i18n/translate';

interface Props {
  /** What failed, as a title names it: "The Figure 1 view". */
  what: string;
  /** Tries again (a view reloads its code); without it only the page can be reloaded. */
  onRetry?: () => void;
  /** What is kept, in a sentence. */
  kept: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Whether an error is a lazily loaded module that could not be fetched (404, offline). */
export function isLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically|could not be loaded/i.test(
    error.message,
  );
}

/**
 * Catches what a part of the page throws while it draws (or a view whose code cannot be
 * fetched), so the rest of the page, the run and the setup stay: says what failed, why, and
 * offers to try again or to reload the page (the setup is in the link).
 */
let boundaries = 0;

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };
  private readonly titleId = `error-title-${++boundaries}`;

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the console of whoever reports it; the page says it in words.
    console.warn(`${this.props.what} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorPanel
        titleId={this.titleId}
        what={this.props.what}
        kept={this.props.kept}
        error={error}
        onRetry={
          this.props.onRetry &&
          (() => {
            this.setState({ error: null });
            this.props.onRetry?.();
          })
        }
      />
    );
  }
}

interface PanelProps {
  titleId: string;
  what: string;
  kept: string;
  error: Error;
  onRetry: (() => void) | undefined;
}

/**
 * What failed and why, with the ways out: in the page's language inside the lab, in English
 * around it (where the page's own start failed).
 */
function ErrorPanel(props: PanelProps) {
  return useContext(LabContext) ? (
    <TranslatedPanel {...props} />
  ) : (
    <PanelText {...props} t={ENGLISH} />
  );
}

function TranslatedPanel(props: PanelProps) {
  return <PanelText {...props} t={useT()} />;
}

function PanelText(props: PanelProps & { t: Translator }) {
  const { t } = props;
  const load = isLoadFailure(props.error);
  return (
    <section className="panel view-error" role="alert" aria-labelledby={props.titleId}>
      <h2 id={props.titleId}>
        {t.t(load ? 'error.notLoaded' : 'error.failed', { what: props.what })}
      </h2>
      <p>
        {load
          ? t.t('error.fetch')
          : t.t('error.stopped', { message: props.error.message.slice(0, 300) })}{' '}
        {props.kept}
      </p>
      <div className="buttons">
        {props.onRetry && (
          <button type="button" className="primary" onClick={props.onRetry}>
            {t.t('error.retry')}
          </button>
        )}
        <button type="button" onClick={() => window.location.reload()}>
          {t.t('error.reload')}
        </button>
      </div>
    </section>
  );
}

/** The whole page's boundary: what failed and what is kept, in the page's language. */
export function PageBoundary(props: { children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary what={t.t('app.title')} kept={t.t('app.keptLink')}>
      {props.children}
    </ErrorBoundary>
  );
}
