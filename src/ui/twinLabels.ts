import type { PerVariant } from '../experiment/variants';

/** How the page names each twin, beside its color. */
export const TWIN_LABELS = {
  plain: 'Plain',
  batchNorm: 'With BN',
} as const satisfies PerVariant<string>;
