/** Limits of structures (rather than of one field). */
export const LIMITS = {
  hiddenLayers: { min: 1, max: 16 },
  inlineRows: { min: 4, max: 100_000 },
  inputSize: { min: 1, max: 4096 },
  classes: { min: 2, max: 1000 },
  /** Inline inputs and regression targets. */
  inlineValue: { min: -1e12, max: 1e12 },
  /** Explicit initial weights. */
  weight: { min: -1e6, max: 1e6 },
  /** Weights of the whole network (the paper's 784-100-100-100-10 has 99,400). */
  weights: { max: 4_000_000 },
  /** Batch size × hidden units: the activations each tap holds per step. */
  batchUnits: { max: 1_000_000 },
} as const;
