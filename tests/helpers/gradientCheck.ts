/** Central differences (f(θ + h·e_k) − f(θ − h·e_k)) / 2h of `loss` at every coordinate of `values`. */
function numericGradient(values: Float64Array, loss: () => number, h: number): Float64Array {
  const numeric = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const saved = values[k];
    values[k] = saved + h;
    const plus = loss();
    values[k] = saved - h;
    const minus = loss();
    values[k] = saved;
    numeric[k] = (plus - minus) / (2 * h);
  }
  return numeric;
}

/**
 * Central-difference gradient check: for each coordinate k of `values`,
 * ∂f/∂θ_k ≈ (f(θ + h·e_k) − f(θ − h·e_k)) / 2h, compared with the analytic gradient.
 * Returns the largest relative error |a − n| / max(|a|, |n|, floor) over all coordinates.
 */
export function maxRelativeError(
  values: Float64Array,
  analytic: Float64Array,
  loss: () => number,
  { h = 1e-5, floor = 1e-6 }: { h?: number; floor?: number } = {},
): number {
  const expected = Float64Array.from(analytic);
  const numeric = numericGradient(values, loss, h);
  let worst = 0;
  numeric.forEach((n, k) => {
    const error = Math.abs(expected[k] - n) / Math.max(Math.abs(expected[k]), Math.abs(n), floor);
    worst = Math.max(worst, error);
  });
  return worst;
}

/** Deterministic pseudo-random fill in [−scale, scale] without the engine (a small LCG). */
export function fillDeterministic(target: Float64Array, seed: number, scale = 1): Float64Array {
  let state = seed >>> 0 || 1;
  for (let k = 0; k < target.length; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    target[k] = (state / 4294967296 - 0.5) * 2 * scale;
  }
  return target;
}

/**
 * The same check for wide layers, where a loss summed over hundreds of values makes finite
 * differences noisy for the smallest gradients: the largest |analytic − numeric| over all
 * coordinates, relative to the largest |analytic| (a sign flipped or a term dropped anywhere
 * shows as an error of order 1).
 */
export function errorRelativeToLargest(
  values: Float64Array,
  analytic: Float64Array,
  loss: () => number,
  h = 1e-5,
): number {
  const expected = Float64Array.from(analytic);
  const numeric = numericGradient(values, loss, h);
  let worst = 0;
  let largest = 0;
  numeric.forEach((n, k) => {
    worst = Math.max(worst, Math.abs(expected[k] - n));
    largest = Math.max(largest, Math.abs(expected[k]));
  });
  return worst / Math.max(largest, 1e-300);
}
