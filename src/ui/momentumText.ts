import { momentumIn, type MomentumConvention } from '../experiment/choices';

/** A number as the BN texts write it: up to 6 significant digits, no float noise (0.99, 0.01). */
export const plain = (x: number) => Number(x.toPrecision(6)).toString();

/** The momentum as the convention writes it, with what it means: “Keras’ momentum 0.99 keeps 99% of the old average”. */
export function momentumMeaning(convention: MomentumConvention, momentum: number): string {
  const written = momentumIn(convention, momentum);
  const keep = plain(100 * (1 - momentum));
  const take = plain(100 * momentum);
  return convention === 'keras'
    ? `Keras’ momentum ${plain(written)} keeps ${keep}% of the old average and takes ${take}% of each new batch`
    : `PyTorch’s momentum ${plain(written)} takes ${take}% of each new batch and keeps ${keep}% of the old average`;
}

/**
 * The running averages' update rule with the setup's numbers: “running mean ← 0.99 · running mean
 * + 0.01 · μ_B”, and the variance with the unbiased batch variance (as the engine and PyTorch do).
 */
export function updateRules(momentum: number): { mean: string; variance: string } {
  const [old, fresh] = [plain(1 - momentum), plain(momentum)];
  return {
    mean: `running mean ← ${old} · running mean + ${fresh} · μ_B`,
    variance: `running variance ← ${old} · running variance + ${fresh} · σ²_B · m/(m − 1)`,
  };
}

/**
 * Why the running variance sits above the batch variances: BN normalizes with the biased σ²_B
 * (÷ m) and averages the unbiased one (÷ (m − 1)), as PyTorch does; Keras 3 averages the biased one.
 */
export function varianceNote(batchSize: number): string {
  const ratio =
    batchSize > 1 ? Number((batchSize / (batchSize - 1)).toPrecision(3)).toString() : '–';
  return `BN normalizes each batch by its biased variance σ²_B (the mean of (x − μ_B)², ÷ m), but the running variance averages the unbiased one, σ²_B · m/(m − 1), as PyTorch does: with batches of m = ${batchSize} that is ×${ratio}, so a settled running variance sits that much above the batch variances. Keras 3 averages the biased σ²_B instead, so its moving variance would be ×${batchSize > 1 ? plain((batchSize - 1) / batchSize) : '–'} of this one.`;
}
