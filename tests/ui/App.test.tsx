import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/experiment/presets';
import { App } from '../../src/ui/App';

afterEach(cleanup);

describe('App shell', () => {
  it('names the lab and lists every preset by title', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('BatchNorm Lab');
    const list = within(screen.getByRole('region', { name: 'Experiments' })).getAllByRole(
      'heading',
      { level: 3 },
    );
    expect(list.map((h) => h.textContent)).toEqual(PRESETS.map((p) => p.title));
  });

  it('states the Batch Norm formulas a student needs', () => {
    render(<App />);
    const text = screen.getByRole('region', { name: 'What Batch Norm computes' }).textContent ?? '';
    expect(text).toContain('x̂ = (x − μB) / √(σ²B + ε)');
    expect(text).toContain('y = γ·x̂ + β');
  });
});
