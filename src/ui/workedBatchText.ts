import type { MomentumConvention } from '../experiment/choices';
import type { WorkedBatch } from '../protocol/training';
import { plain } from './momentumText';

/** A worked number: 4 decimals (−0.4472), or 4 significant digits in exponent form when tiny. */
export function worked(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const text = a !== 0 && a < 1e-3 ? x.toExponential(3) : x.toFixed(4);
  return text.replace(/^-/, '−');
}

/** The operations of the worked batch, in the order the panel reveals them. */
export const OPERATIONS = [
  'The batch',
  'Mean μ_B',
  'Variance σ²_B',
  'Normalize: x̂',
  'Scale and shift: y',
  'Running averages',
  'At test time',
] as const;

/** Rows the table shows (a larger batch is summed in full, shown in part). */
export const SHOWN_ROWS = 8;

/** One feature's column of a rows × features array. */
export function column(values: readonly number[], batch: WorkedBatch, feature: number): number[] {
  return batch.rows.map((_, r) => values[r * batch.features + feature]);
}

/** “(a + b + c + d) / 4” with the numbers, or “(x₁ + … + x_m) / m” for a large batch. */
function sumOf(values: number[], wrap = (v: string) => v): string {
  const m = values.length;
  const terms =
    m <= SHOWN_ROWS
      ? values.map((v) => wrap(worked(v))).join(' + ')
      : `${wrap(worked(values[0]))} + … + ${wrap(worked(values[m - 1]))}`;
  return `(${terms}) / ${m}`;
}

/**
 * The sentence of operation `stage` for one feature, with the engine's numbers: each one shows
 * how its result follows from numbers shown before it.
 */
export function operationText(
  batch: WorkedBatch,
  feature: number,
  stage: number,
  convention: MomentumConvention,
): string {
  const j = feature;
  const x = column(batch.x, batch, j);
  const mean = batch.mean[j];
  const variance = batch.variance[j];
  const m = batch.rows.length;
  const { momentum, epsilon } = batch;
  const [keep, take] = [plain(1 - momentum), plain(momentum)];
  switch (stage) {
    case 0:
      return `The ${m} rows the BN twin trains on at step ${batch.step.toLocaleString('en')}, and x: what BN layer ${batch.layer + 1} receives for feature ${j + 1} (weights as they are now).`;
    case 1:
      return `μ_B = ${sumOf(x)} = ${worked(mean)}`;
    case 2:
      return `σ²_B = ${sumOf(
        x.map((v) => v - mean),
        (v) => `(${v})²`,
      )} = ${worked(variance)} (the biased variance: ÷ ${m}, not ÷ ${m - 1})`;
    case 3:
      return `x̂ = (x − μ_B) / √(σ²_B + ε) = (x − ${worked(mean)}) / √(${worked(variance)} + ${plain(epsilon)}) = (x − ${worked(mean)}) / ${worked(Math.sqrt(variance + epsilon))}`;
    case 4:
      return `y = γ·x̂ + β = ${worked(batch.gamma[j])}·x̂ + ${worked(batch.beta[j])}: γ and β are learned; this y goes on to the next layer.`;
    case 5: {
      const said =
        convention === 'keras'
          ? `Keras’ momentum ${plain(1 - momentum)}`
          : `PyTorch’s momentum ${plain(momentum)}`;
      return `After the batch (${said}): running mean ← ${keep} · ${worked(batch.runningMeanBefore[j])} + ${take} · ${worked(mean)} = ${worked(batch.runningMeanAfter[j])}; running variance ← ${keep} · ${worked(batch.runningVarianceBefore[j])} + ${take} · ${worked(variance)} · ${m}/${m - 1} = ${worked(batch.runningVarianceAfter[j])} (the unbiased variance, as PyTorch; Keras 3 would use ${worked(variance)}).`;
    }
    default: {
      const t = batch.test;
      return `At test time row ${batch.rows[0] + 1} alone goes through the running averages instead of the batch’s: x = ${worked(t.x[j])}, x̂ = (${worked(t.x[j])} − ${worked(batch.runningMeanAfter[j])}) / √(${worked(batch.runningVarianceAfter[j])} + ${plain(epsilon)}) = ${worked(t.xHat[j])}, y = ${worked(batch.gamma[j])}·x̂ + ${worked(batch.beta[j])} = ${worked(t.y[j])} (in the batch it was ${worked(batch.y[j])}).`;
    }
  }
}
