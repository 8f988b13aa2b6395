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
 * and BN's output y becomes s_rj·y + t_rj. The draws go feature by feature in that order.
 */
export interface BatchNormNoise {
  /** Half-width of the mean scale's range around 1, and the top of its spread, in [0, 1). */
  scale: number;
  /** Half-width of the mean shift's range around 0, and the top of its spread, ≥ 0. */
  shift: number;
}

/** Fills `scales` and `shifts` (rows × features, row-major) with one step's noise. */
export function drawBatchNormNoise(
  noise: BatchNormNoise,
  random: { uniformIn(low: number, high: number): number; normal(): number },
  features: number,
  scales: Float64Array,
  shifts: Float64Array,
): void {
  const rows = scales.length / features;
  for (let j = 0; j < features; j++) {
    const meanScale = random.uniformIn(1 - noise.scale, 1 + noise.scale);
    const scaleSpread = random.uniformIn(0, noise.scale);
    const meanShift = random.uniformIn(-noise.shift, noise.shift);
    const shiftSpread = random.uniformIn(0, noise.shift);
    for (let r = 0; r < rows; r++) {
      const k = r * features + j;
      scales[k] = meanScale + scaleSpread * random.normal();
      shifts[k] = meanShift + shiftSpread * random.normal();
    }
  }
}
