import { log } from '../math/elementary';

/**
 * The noise of noisy Batch Norm, as Santurkar et al. (2018, §2.1) describe it: BN's output is
 * perturbed "for each sample in the batch" and each activation by i.i.d. noise "sampled from a
 * non-zero mean and non-unit variance distribution", a distribution that changes at every step.
 *
 * Our reading, per step and per feature j, the distribution first:
 *   mean scale m_j ~ U(1 − scale, 1 + scale), its spread σ_j ~ U(0, scale),
 *   mean shift μ_j ~ U(−shift, shift),        its spread τ_j ~ U(0, shift);
 * then per row r (every row the buffers hold, so the draws do not depend on the batch's size):
 *   s_rj = m_j + σ_j·z, t_rj = μ_j + τ_j·z′ with z, z′ ~ N(0, 1),
 * and BN's output y becomes s_rj·y + t_rj. The four parameters are drawn feature by feature; then
 * the values row by row, one 32-bit draw per value giving z (low 16 bits) and z′ (high 16 bits).
 *
 * z is sampled by inverting the normal's distribution function on a grid: a uniform 16-bit i gives
 * z = Φ⁻¹((i + ½)/65,536). That is a normal to within 1/65,536 in probability, cut at ±4.32, and
 * costs one table read, where Box–Muller costs a logarithm, a root and a sine per pair: noisy BN
 * draws two values for every activation at every step, and on narrow networks the draws cost
 * more than the layers.
 */
export interface BatchNormNoise {
  /** Half-width of the mean scale's range around 1, and the top of its spread, in [0, 1). */
  scale: number;
  /** Half-width of the mean shift's range around 0, and the top of its spread, ≥ 0. */
  shift: number;
}

/** What the noise draws from: `Random` (engine/random.ts) has both. */
export interface NoiseSource {
  uniformIn(low: number, high: number): number;
  fillUint32(target: Uint32Array, count?: number): void;
}

/**
 * Φ⁻¹(p), the standard normal's quantile, for 0 < p < 1, by Acklam's rational approximations
 * (relative error below 1.2·10⁻⁹): one in the centre, |p − ½| ≤ 0.47575, and one in each tail in
 * q = √(−2 ln p). The tails are mirror images, so Φ⁻¹(1 − p) = −Φ⁻¹(p) exactly.
 */
export function normalQuantile(p: number): number {
  const tail = 0.02425;
  if (p < tail) return lowerTail(p);
  if (p > 1 - tail) return -lowerTail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  const num =
    ((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r +
      138.357751867269) *
      r -
      30.66479806614716) *
      r +
    2.506628277459239;
  const den =
    ((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r +
      66.80131188771972) *
      r -
      13.28068155288572) *
      r +
    1;
  return (q * num) / den;
}

function lowerTail(p: number): number {
  const q = Math.sqrt(-2 * log(p));
  const num =
    ((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q -
      2.549732539343734) *
      q +
      4.374664141464968) *
      q +
    2.938163982698783;
  const den =
    (((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q +
      3.754408661907416) *
      q +
    1;
  return num / den;
}

let quantiles: Float64Array | undefined;

/** The 65,536 grid values z_i = Φ⁻¹((i + ½)/65,536), built once (about a millisecond). */
export function normalGrid(): Float64Array {
  if (!quantiles) {
    quantiles = new Float64Array(65536);
    for (let i = 0; i < 65536; i++) quantiles[i] = normalQuantile((i + 0.5) / 65536);
  }
  return quantiles;
}

let parameters = new Float64Array(0);
let bits = new Uint32Array(0);

/** Fills `scales` and `shifts` (rows × features, row-major) with one step's noise. */
export function drawBatchNormNoise(
  noise: BatchNormNoise,
  random: NoiseSource,
  features: number,
  scales: Float64Array,
  shifts: Float64Array,
): void {
  const z = normalGrid();
  if (parameters.length < 4 * features) parameters = new Float64Array(4 * features);
  const p = parameters;
  for (let j = 0; j < features; j++) {
    p[4 * j] = random.uniformIn(1 - noise.scale, 1 + noise.scale);
    p[4 * j + 1] = random.uniformIn(0, noise.scale);
    p[4 * j + 2] = random.uniformIn(-noise.shift, noise.shift);
    p[4 * j + 3] = random.uniformIn(0, noise.shift);
  }
  const count = scales.length;
  if (bits.length < count) bits = new Uint32Array(count);
  random.fillUint32(bits, count);
  for (let j = 0; j < features; j++) {
    const m = p[4 * j];
    const sd = p[4 * j + 1];
    const mu = p[4 * j + 2];
    const tau = p[4 * j + 3];
    for (let k = j; k < count; k += features) {
      const b = bits[k];
      scales[k] = m + sd * z[b & 0xffff];
      shifts[k] = mu + tau * z[b >>> 16];
    }
  }
}
