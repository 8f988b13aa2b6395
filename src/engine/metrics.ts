import type { Activation } from './activations';
import type { TapKind } from './network';
import { exp, tanh } from '../math/elementary';

/** Percentiles reported for every distribution (the BN paper plots the 15th, 50th and 85th). */
export const PERCENTILES = [2, 15, 50, 85, 98] as const;

/**
 * Saturation thresholds on the nonlinearity's input x:
 * sigmoid |x| ≥ 4 (σ′(x) < 0.018, outputs within 0.018 of 0 or 1);
 * tanh |x| ≥ 2 (tanh′(x) < 0.071, |tanh x| > 0.96).
 * ReLU counts as saturated where its output is 0 (input ≤ 0), leaky ReLU where its input < 0.
 */
export const SATURATION_THRESHOLD = { sigmoid: 4, tanh: 2 } as const;

export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last. */
  low: number;
  high: number;
  /** Counts per equal-width bin; the last bin includes `high`. */
  counts: Float64Array;
  /** Values below `low` and above `high` (not in any bin). */
  below: number;
  above: number;
}

/** Counts `values` into `bins` equal-width bins over [low, high]. */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  low: number,
  high: number,
): Histogram {
  const counts = new Float64Array(bins);
  let below = 0;
  let above = 0;
  const width = (high - low) / bins;
  for (let k = 0; k < values.length; k++) {
    const x = values[k];
    if (x < low) below++;
    else if (x > high) above++;
    else counts[Math.min(bins - 1, Math.floor((x - low) / width))]++;
  }
  return { low, high, counts, below, above };
}

/**
 * The p-th percentile (0 ≤ p ≤ 100) of ascending `sorted` values, by linear interpolation between
 * closest ranks (NumPy's default): position h = (n − 1)·p/100, value = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Fraction of values counted as saturated for this activation and tap (see SATURATION_THRESHOLD). */
export function fractionSaturated(
  values: ArrayLike<number>,
  activation: Activation,
  tap: Exclude<TapKind, 'bnInput'>,
): number {
  const n = values.length;
  if (n === 0) return 0;
  let count = 0;
  switch (activation) {
    case 'sigmoid':
    case 'tanh': {
      if (tap === 'postActivation') {
        // On outputs, saturation means the output is that close to the asymptote.
        const t = SATURATION_THRESHOLD[activation];
        const edge = activation === 'sigmoid' ? 1 / (1 + exp(-t)) : tanh(t);
        const lowEdge = activation === 'sigmoid' ? 1 - edge : -edge;
        for (let k = 0; k < n; k++) if (values[k] >= edge || values[k] <= lowEdge) count++;
      } else {
        const t = SATURATION_THRESHOLD[activation];
        for (let k = 0; k < n; k++) if (Math.abs(values[k]) >= t) count++;
      }
      break;
    }
    case 'relu':
      for (let k = 0; k < n; k++) if (values[k] <= 0) count++;
      break;
    case 'leakyRelu':
      for (let k = 0; k < n; k++) if (values[k] < 0) count++;
      break;
    case 'linear':
      return 0;
  }
  return count / n;
}

/**
 * The 1-Wasserstein (earth mover's) distance between the empirical distributions of two ascending
 * samples: W₁ = ∫ |F_a(x) − F_b(x)| dx, computed exactly by walking the merged order statistics.
 * It is in the units of the values: "how far, on average, the mass moved". Used as the drift of a
 * layer between two snapshots.
 */
export function wasserstein1(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>): number {
  const na = sortedA.length;
  const nb = sortedB.length;
  if (na === 0 || nb === 0) return Number.NaN;
  let i = 0;
  let j = 0;
  let total = 0;
  let x = Math.min(sortedA[0], sortedB[0]);
  while (i < na || j < nb) {
    const next = j >= nb || (i < na && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    total += Math.abs(i / na - j / nb) * (next - x);
    x = next;
    if (i < na && sortedA[i] === next) i++;
    else j++;
  }
  return total;
}

/** Summary of one layer's tap over a batch: everything a chart or a CSV row needs. */
export interface DistributionSummary {
  count: number;
  mean: number;
  std: number;
  min: number;
  max: number;
  /** Values at PERCENTILES, in that order. */
  percentiles: number[];
  fractionSaturated: number;
}

/** Mean, population standard deviation, extremes, percentiles and saturation of ascending `sorted`. */
export function summarizeSorted(
  sorted: ArrayLike<number>,
  activation: Activation,
  tap: Exclude<TapKind, 'bnInput'>,
): DistributionSummary {
  const n = sorted.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += sorted[k];
  let mean = n > 0 ? sum / n : Number.NaN;
  if (n > 0 && !Number.isFinite(mean)) {
    // Values near the largest double overflow the sum: average the scaled-down values instead.
    mean = 0;
    for (let k = 0; k < n; k++) mean += sorted[k] / n;
  }
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (sorted[k] - mean) * (sorted[k] - mean);
  let std = n > 0 ? Math.sqrt(squares / n) : Number.NaN;
  if (n > 0 && !Number.isFinite(std)) {
    // Deviations beyond ~1e154 overflow when squared: measure them in units of the largest one.
    const spread = Math.max(Math.abs(sorted[0] - mean), Math.abs(sorted[n - 1] - mean));
    let scaled = 0;
    for (let k = 0; k < n; k++)
      scaled += ((sorted[k] - mean) / spread) * ((sorted[k] - mean) / spread);
    std = spread * Math.sqrt(scaled / n);
  }
  return {
    count: n,
    mean,
    std,
    min: n > 0 ? sorted[0] : Number.NaN,
    max: n > 0 ? sorted[n - 1] : Number.NaN,
    percentiles: PERCENTILES.map((p) => percentileOfSorted(sorted, p)),
    fractionSaturated: fractionSaturated(sorted, activation, tap),
  };
}
