import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isLoadFailure } from '../../src/ui/ErrorBoundary';

function Sometimes(props: { fail: boolean }) {
  if (props.fail) throw new Error('the chart’s data were missing');
  return <p>drawn</p>;
}

/** A view that throws until the retry, inside a boundary whose retry heals it. */
function Lab() {
  const [fail, setFail] = useState(true);
  return (
    <div>
      <p>the rest of the page</p>
      <ErrorBoundary
        what="The Figure 1 view"
        kept="The run goes on."
        onRetry={() => setFail(false)}
      >
        <Sometimes fail={fail} />
      </ErrorBoundary>
    </div>
  );
}

describe('the error boundary', () => {
  it('says what failed and why, keeps the rest of the page, and tries again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Lab />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The Figure 1 view failed');
    expect(alert.textContent).toContain('It stopped with an error: the chart’s data were missing');
    expect(alert.textContent).toContain('The run goes on.');
    expect(screen.getByText('the rest of the page')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });

  it('tells a view whose code could not be fetched from one that threw', () => {
    expect(
      isLoadFailure(new TypeError('Failed to fetch dynamically imported module: http://x/a.js')),
    ).toBe(true);
    expect(isLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
