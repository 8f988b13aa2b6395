import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    const load = isLoadFailure(error);
    return (
      <section className="panel view-error" role="alert" aria-labelledby={this.titleId}>
        <h2 id={this.titleId}>
          {this.props.what} {load ? 'could not be loaded' : 'failed'}
        </h2>
        <p>
          {load
            ? 'Its code could not be fetched: the network dropped, or a new version of BatchNorm Lab was installed meanwhile.'
            : `It stopped with an error: ${error.message.slice(0, 300)}`}{' '}
          {this.props.kept}
        </p>
        <div className="buttons">
          {this.props.onRetry && (
            <button
              type="button"
              className="primary"
              onClick={() => {
                this.setState({ error: null });
                this.props.onRetry?.();
              }}
            >
              Try again
            </button>
          )}
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </section>
    );
  }
}
