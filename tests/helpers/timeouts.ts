/**
 * Timeouts for tests that do real work, sized for a 2-core machine busy with other work (loads
 * of 8–15 were seen): about twenty times what the work takes on an idle machine. A test that
 * does no real work keeps Vitest's default of 5 s.
 */
export const LOADED = {
  /** Up to about 0.5 s of work when idle. */
  short: { timeout: 30_000 },
  /** Up to about 4 s. */
  medium: { timeout: 90_000 },
  /** Up to about 15 s: MNIST, the paper preset, whole sweeps, the browser. */
  long: { timeout: 300_000 },
} as const;
