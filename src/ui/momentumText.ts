import { momentumIn, type MomentumConvention } from '../experiment/choices';
import { ENGLISH, type Translator } from '../i18n/translate';

/** A number as the BN texts write it: up to 6 significant digits, no float noise (0.99, 0.01). */
export const plain = (x: number) => Number(x.toPrecision(6)).toString();

/** The momentum as the convention writes it, with what it means: “Keras’ momentum 0.99 keeps 99% of the old average”. */
export function momentumMeaning(
  convention: MomentumConvention,
  momentum: number,
  t: Translator = ENGLISH,
): string {
  return t.t(convention === 'keras' ? 'momentum.keras' : 'momentum.pytorch', {
    written: t.digitsOf(plain(momentumIn(convention, momentum))),
    keep: t.digitsOf(plain(100 * (1 - momentum))),
    take: t.digitsOf(plain(100 * momentum)),
  });
}

/**
 * The running averages' update rule with the setup's numbers: “running mean ← 0.99 · running mean
 * + 0.01 · μ_B”, and the variance with the unbiased batch variance (as the engine and PyTorch do).
 */
export function updateRules(
  momentum: number,
  t: Translator = ENGLISH,
): { mean: string; variance: string } {
  const values = { old: t.digitsOf(plain(1 - momentum)), fresh: t.digitsOf(plain(momentum)) };
  return { mean: t.t('momentum.meanRule', values), variance: t.t('momentum.varianceRule', values) };
}

/**
 * Why the running variance sits above the batch variances: BN normalizes with the biased σ²_B
 * (÷ m) and averages the unbiased one (÷ (m − 1)), as PyTorch does; Keras 3 averages the biased one.
 */
export function varianceNote(batchSize: number, t: Translator = ENGLISH): string {
  const ratio =
    batchSize > 1 ? Number((batchSize / (batchSize - 1)).toPrecision(3)).toString() : '–';
  return t.t('momentum.varianceNote', {
    batch: t.digitsOf(String(batchSize)),
    ratio: t.digitsOf(ratio),
    kerasRatio: t.digitsOf(batchSize > 1 ? plain((batchSize - 1) / batchSize) : '–'),
  });
}
