/**
 * The page's technical terms, each explained once in plain words: what a "?" beside the term
 * opens wherever it appears (see Term).
 */
export const GLOSSARY = {
  'σ₀': 'σ₀ is a layer’s spread at step 0 (each unit’s standard deviation over the measured rows). “Moved 0.35 σ₀” means its distribution moved, on average, a third of its starting spread since step 0 — comparable across twins and layers of any scale.',
  W1: 'The 1-Wasserstein distance (earth mover’s distance) between two distributions: how far, on average, the values had to move to turn one into the other, in the values’ own units.',
  symlog:
    'A symlog axis is linear near 0 and logarithmic beyond (ticks 0, ±1, ±10, …). A layer gets one when one network’s values range 20 times wider than the other’s, so both stay readable.',
  'β-smoothness':
    'Effective β-smoothness (Santurkar et al., 2018): the largest change of the gradient per unit of step taken along it, over step sizes ¼η to 4η. Lower means the gradient predicts the loss better: a smoother landscape.',
  ICS: 'Internal covariate shift, as Santurkar et al. (2018) measure it: how much a layer’s gradient changes (‖G − G′‖/‖G‖, and the cosine between G and G′) when only the layers before it take their step. Large: the layer’s inputs moved under it.',
  'loss band':
    'The loss band: the lowest to the highest loss on the step’s batch when stepping ¼η to 4η along the gradient. Narrow means the loss changes little with the step size.',
} as const;

export type GlossaryTerm = keyof typeof GLOSSARY;
