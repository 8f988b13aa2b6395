import { useEffect, useRef, useSyncExternalStore } from 'react';
import { applyPalette, currentTheme, type Theme } from './palette';
import { useT } from './language';

/** Where an explicit choice of theme is remembered (none: follow the system's). */
const SAVED_THEME = 'bn-lab-theme';

function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(SAVED_THEME);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

const systemDark = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** The theme to open with: the one chosen on this device, else the system's. */
export function initialTheme(): Theme {
  return savedTheme() ?? (systemDark() ? 'dark' : 'light');
}

const listeners = new Set<() => void>();
/** Set when the toggle switched the theme, so the remounted toggle takes the focus back. */
let refocus = false;

/** Applies a theme to the page (CSS and every drawing) and tells the components. */
export function setTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === currentTheme() && root.dataset.theme === theme) return;
  applyPalette(root, theme);
  for (const listener of listeners) listener();
}

/**
 * Opens in `initialTheme()` and follows the system's changes while the learner has not chosen
 * one here.
 */
export function installTheme(root: HTMLElement = document.documentElement): void {
  applyPalette(root, initialTheme());
  if (typeof matchMedia !== 'function') return;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    if (savedTheme() === null) setTheme(event.matches ? 'dark' : 'light', root);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current theme; components keyed by it are redrawn in its colors. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, currentTheme);
}

/** The dark-theme switch (remembered on this device). */
export function ThemeToggle() {
  const theme = useTheme();
  const ref = useRef<HTMLButtonElement>(null);
  const t = useT();
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    ref.current?.focus();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        const next: Theme = theme === 'dark' ? 'light' : 'dark';
        try {
          localStorage.setItem(SAVED_THEME, next);
        } catch {
          // Storage may be off: the theme still switches for this visit.
        }
        refocus = true;
        setTheme(next);
      }}
    >
      {t.t('theme.dark')}
    </button>
  );
}
