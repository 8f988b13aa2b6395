import type { MomentumConvention } from '../experiment/choices';
import type { WorkedBatch } from '../protocol/training';
import { plain } from './momentumText';
import { ENGLISH, type Translator } from '../i18n/translate';

/** A worked number: 4 decimals (−0.4472), or 4 significant digits in exponent form when tiny. */
export function worked(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const text = a !== 0 && a < 1e-3 ? x.toExponential(3) : x.toFixed(4);
  return text.replace(/^-/, '−');
}

/** The operations of the worked batch (their names' messages), in the order the panel reveals them. */
export const OPERATIONS = [
  'worked.op0',
  'worked.op1',
  'worked.op2',
  'worked.op3',
  'worked.op4',
  'worked.op5',
  'worked.op6',
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
  t: Translator = ENGLISH,
): string {
  const j = feature;
  const x = column(batch.x, batch, j);
  const mean = batch.mean[j];
  const variance = batch.variance[j];
  const m = batch.rows.length;
  const { momentum, epsilon } = batch;
  const [keep, take] = [plain(1 - momentum), plain(momentum)];
  const d = (text: string) => t.digitsOf(text);
  switch (stage) {
    case 0:
      return t.t('worked.text0', {
        rows: m,
        step: batch.step,
        layer: batch.layer + 1,
        feature: j + 1,
      });
    case 1:
      return d(`μ_B = ${sumOf(x)} = ${worked(mean)}`);
    case 2:
      return t.t('worked.text2', {
        formula: d(
          `σ²_B = ${sumOf(
            x.map((v) => v - mean),
            (v) => `(${v})²`,
          )} = ${worked(variance)}`,
        ),
        m: d(String(m)),
        m1: d(String(m - 1)),
      });
    case 3:
      return d(
        `x̂ = (x − μ_B) / √(σ²_B + ε) = (x − ${worked(mean)}) / √(${worked(variance)} + ${plain(epsilon)}) = (x − ${worked(mean)}) / ${worked(Math.sqrt(variance + epsilon))}`,
      );
    case 4:
      return t.t('worked.text4', {
        formula: d(`y = γ·x̂ + β = ${worked(batch.gamma[j])}·x̂ + ${worked(batch.beta[j])}`),
      });
    case 5:
      return t.t('worked.text5', {
        convention,
        written: d(plain(convention === 'keras' ? 1 - momentum : momentum)),
        mean: d(
          `${keep} · ${worked(batch.runningMeanBefore[j])} + ${take} · ${worked(mean)} = ${worked(batch.runningMeanAfter[j])}`,
        ),
        variance: d(
          `${keep} · ${worked(batch.runningVarianceBefore[j])} + ${take} · ${worked(variance)} · ${m}/${m - 1} = ${worked(batch.runningVarianceAfter[j])}`,
        ),
        biased: d(worked(variance)),
      });
    default: {
      const test = batch.test;
      return t.t('worked.text6', {
        row: batch.rows[0] + 1,
        formula: d(
          `x = ${worked(test.x[j])}, x̂ = (${worked(test.x[j])} − ${worked(batch.runningMeanAfter[j])}) / √(${worked(batch.runningVarianceAfter[j])} + ${plain(epsilon)}) = ${worked(test.xHat[j])}, y = ${worked(batch.gamma[j])}·x̂ + ${worked(batch.beta[j])} = ${worked(test.y[j])}`,
        ),
        inBatch: d(worked(batch.y[j])),
      });
    }
  }
}
