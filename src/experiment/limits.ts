/** Bounds every description must respect; the UI's controls use the same numbers. */
export const LIMITS = {
  seed: { min: 0, max: 4294967295, integer: true },
  hiddenLayers: { min: 1, max: 16 },
  units: { min: 1, max: 1024, integer: true },
  samples: { min: 8, max: 100000, integer: true },
  noise: { min: 0, max: 2 },
  testFraction: { min: 0, max: 0.9 },
  inlineRows: { min: 4, max: 100000 },
  inputSize: { min: 1, max: 4096 },
  classes: { min: 2, max: 1000 },
  learningRate: { min: 0, exclusiveMin: true, max: 100 },
  momentum: { min: 0, max: 0.999 },
  beta: { min: 0, max: 0.999999 },
  optimizerEpsilon: { min: 0, exclusiveMin: true, max: 1 },
  bnMomentum: { min: 0, exclusiveMin: true, max: 1 },
  bnEpsilon: { min: 0, exclusiveMin: true, max: 1 },
  initScale: { min: 0, exclusiveMin: true, max: 100 },
  sigma: { min: 0, exclusiveMin: true, max: 100 },
  batchSize: { min: 1, max: 4096, integer: true },
  steps: { min: 0, max: 100_000_000, integer: true },
  evalEvery: { min: 1, max: 1_000_000, integer: true },
  weight: { min: -1e6, max: 1e6 },
  /** Weights of the whole network (the paper's 784-100-100-100-10 has 99,400). */
  weights: { max: 4_000_000 },
  /** Batch size × hidden units: the activations each tap holds per step. */
  batchUnits: { max: 1_000_000 },
} as const;
