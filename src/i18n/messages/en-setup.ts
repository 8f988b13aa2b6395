/** The setup form's own words (its fields' are en-fields.ts), and BN's momentum in words. */
export const setupEn = {
  'setup.data': 'Data',
  'setup.network': 'Network',
  'setup.batchNorm': 'Batch Norm',
  'setup.cohort': 'Cohort',
  'setup.training': 'Training',
  'setup.ownRows': 'Your own rows ({rows, number}){note, select, none {} other {: {note}}}',
  'setup.noTest':
    'No test split: all {rows, number} rows train, and every accuracy on the page is the training rows’.',
  'setup.workers': 'Training workers',
  'setup.workersOne': 'One (both twins)',
  'setup.workersTwo': 'Two (one twin each, 2 cores)',
  'setup.hiddenSizes': 'Hidden layer sizes',
  'setup.hiddenSizesError': 'Hidden layers: give whole numbers separated by commas, e.g. 8, 8, 8',
  'setup.kerasMomentumError':
    'BN momentum: Keras’ momentum must be at least 0 and less than 1, got {value}',
  'setup.momentumRule': '{meaning}: {rule}.',
  'setup.cost':
    'Cost: {networks, number} networks of {parameters} parameters · {flops} per step · ≈ {seconds} per step here at {speed}/s ({measured, select, yes {measured} other {assumed until measured}}) · {memory}',
  'momentum.keras':
    'Keras’ momentum {written} keeps {keep}% of the old average and takes {take}% of each new batch',
  'momentum.pytorch':
    'PyTorch’s momentum {written} takes {take}% of each new batch and keeps {keep}% of the old average',
  'momentum.meanRule': 'running mean ← {old} · running mean + {fresh} · μ_B',
  'momentum.varianceRule':
    'running variance ← {old} · running variance + {fresh} · σ²_B · m/(m − 1)',
  'momentum.varianceNote':
    'BN normalizes each batch by its biased variance σ²_B (the mean of (x − μ_B)², ÷ m), but the running variance averages the unbiased one, σ²_B · m/(m − 1), as PyTorch does: with batches of m = {batch} that is ×{ratio}, so a settled running variance sits that much above the batch variances. Keras 3 averages the biased σ²_B instead, so its moving variance would be ×{kerasRatio} of this one.',
} as const;
