import type { Outcome } from '../experiment/sweep';

/** How the page names a run's outcome (beside its color from OUTCOME_COLORS). */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  trains: 'trains',
  tooSlow: 'too slow',
  stalls: 'stalls',
  blowsUp: 'blows up',
};
