import { describe, expect, it } from 'vitest';
import type { WorkedBatch } from '../../src/protocol/training';
import { momentumMeaning, updateRules, varianceNote } from '../../src/ui/momentumText';
import { operationText, worked } from '../../src/ui/workedBatchText';

/** Two rows, one feature: x = 1 and 3, so μ_B = 2, σ²_B = 1; γ = 2, β = 0.5; momentum 0.01. */
const batch: WorkedBatch = {
  step: 12,
  layer: 0,
  features: 1,
  rows: [3, 0],
  x: [1, 3],
  mean: [2],
  variance: [1],
  epsilon: 1e-3,
  xHat: [-1 / Math.sqrt(1.001), 1 / Math.sqrt(1.001)],
  y: [2 * (-1 / Math.sqrt(1.001)) + 0.5, 2 * (1 / Math.sqrt(1.001)) + 0.5],
  gamma: [2],
  beta: [0.5],
  momentum: 0.01,
  runningMeanBefore: [0],
  runningVarianceBefore: [1],
  runningMeanAfter: [0.02],
  runningVarianceAfter: [0.99 + 0.01 * 2],
  test: { x: [1], xHat: [0.98 / Math.sqrt(1.011)], y: [2 * (0.98 / Math.sqrt(1.011)) + 0.5] },
};

describe('the worked batch in words', () => {
  it('writes every operation with the numbers it comes from', () => {
    const text = (stage: number) => operationText(batch, 0, stage, 'keras');
    expect(text(0)).toContain('The 2 rows the BN twin trains on at step 12');
    expect(text(1)).toBe('μ_B = (1.0000 + 3.0000) / 2 = 2.0000');
    expect(text(2)).toBe(
      'σ²_B = ((−1.0000)² + (1.0000)²) / 2 = 1.0000 (the biased variance: ÷ 2, not ÷ 1)',
    );
    expect(text(3)).toBe(
      'x̂ = (x − μ_B) / √(σ²_B + ε) = (x − 2.0000) / √(1.0000 + 0.001) = (x − 2.0000) / 1.0005',
    );
    expect(text(4)).toContain('y = γ·x̂ + β = 2.0000·x̂ + 0.5000');
    expect(text(5)).toBe(
      'After the batch (Keras’ momentum 0.99): running mean ← 0.99 · 0.0000 + 0.01 · 2.0000 = 0.0200; running variance ← 0.99 · 1.0000 + 0.01 · 1.0000 · 2/1 = 1.0100 (the unbiased variance, as PyTorch; Keras 3 would use 1.0000).',
    );
    expect(text(6)).toContain('x̂ = (1.0000 − 0.0200) / √(1.0100 + 0.001) = 0.9747');
    expect(operationText(batch, 0, 5, 'pytorch')).toContain('(PyTorch’s momentum 0.01)');
  });

  it('prints numbers to 4 decimals, tiny ones in exponent form, with a true minus sign', () => {
    expect([worked(-0.44721), worked(0), worked(2e-5), worked(NaN)]).toEqual([
      '−0.4472',
      '0.0000',
      '2.000e-5',
      '–',
    ]);
  });

  it('says the momentum in either convention, and why the running variance is larger', () => {
    expect(momentumMeaning('keras', 0.01)).toBe(
      'Keras’ momentum 0.99 keeps 99% of the old average and takes 1% of each new batch',
    );
    expect(momentumMeaning('pytorch', 0.1)).toBe(
      'PyTorch’s momentum 0.1 takes 10% of each new batch and keeps 90% of the old average',
    );
    expect(updateRules(0.1).mean).toBe('running mean ← 0.9 · running mean + 0.1 · μ_B');
    expect(varianceNote(4)).toContain('with batches of m = 4 that is ×1.33');
    expect(varianceNote(4)).toContain('its moving variance would be ×0.75 of this one');
  });
});
