import { exp, log, log1p, logisticFrom } from '../math/elementary';

export const HEADS = ['sigmoid', 'softmax', 'linear'] as const;
/**
 * Output head: the last Dense layer's outputs are logits z; the head turns them into predictions
 * and a mean loss over the batch.
 * - `sigmoid`: one unit, binary cross-entropy from logits.
 * - `softmax`: one unit per class, categorical cross-entropy; targets are class indices.
 * - `linear`: identity, mean squared error.
 */
export type HeadKind = (typeof HEADS)[number];

export interface Head {
  readonly kind: HeadKind;
  /**
   * Mean loss over `rows` rows of `logits` (rows × units) against `targets`
   * (rows × units for sigmoid and linear, rows class indices for softmax); also stores ∂L/∂z in
   * `gradient`.
   */
  lossAndGradient(logits: Float64Array, targets: Float64Array, rows: number): number;
  /** Mean loss without touching the gradient. */
  loss(logits: Float64Array, targets: Float64Array, rows: number): number;
  /** Number of rows predicted correctly (0 for `linear`, which has no accuracy). */
  correct(logits: Float64Array, targets: Float64Array, rows: number): number;
  readonly gradient: Float64Array;
  resize(capacity: number): void;
}

/** The ∂L/∂z buffer every head keeps, rows × units. */
abstract class HeadBuffers {
  gradient = new Float64Array(0);
  constructor(
    readonly units: number,
    capacity: number,
  ) {
    this.resize(capacity);
  }
  resize(capacity: number): void {
    this.gradient = new Float64Array(capacity * this.units);
  }
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + log1p(exp(-x)) : log1p(exp(x));
}

/**
 * Binary cross-entropy from the logit z, stable for any z:
 * L = −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y·z, averaged over rows and
 * units; ∂L/∂z = (σ(z) − y)/(rows·units).
 */
class SigmoidCrossEntropy extends HeadBuffers implements Head {
  readonly kind = 'sigmoid';
  loss(z: Float64Array, y: Float64Array, rows: number): number {
    let total = 0;
    const count = rows * this.units;
    for (let k = 0; k < count; k++) total += softplus(z[k]) - y[k] * z[k];
    return total / count;
  }
  lossAndGradient(z: Float64Array, y: Float64Array, rows: number): number {
    const count = rows * this.units;
    let total = 0;
    for (let k = 0; k < count; k++) {
      // One exponential serves both: e = e^(−|z|), σ(z) and softplus(z) from it.
      const v = z[k];
      const e = exp(-Math.abs(v));
      this.gradient[k] = (logisticFrom(v, e) - y[k]) / count;
      total += (v > 0 ? v : 0) + log1p(e) - y[k] * v;
    }
    return total / count;
  }
  correct(z: Float64Array, y: Float64Array, rows: number): number {
    let hits = 0;
    const count = rows * this.units;
    for (let k = 0; k < count; k++) if (z[k] > 0 === y[k] > 0.5) hits++;
    return hits / this.units;
  }
}

/**
 * Softmax cross-entropy with class-index targets c: L = logΣ_k e^(z_k) − z_c, computed with the
 * maximum subtracted; ∂L/∂z_k = softmax(z)_k − [k = c] (divided by rows).
 */
class SoftmaxCrossEntropy extends HeadBuffers implements Head {
  readonly kind = 'softmax';
  private rowLoss(
    z: Float64Array,
    row: number,
    target: number,
    gradient: Float64Array | null,
    rows: number,
  ): number {
    const k = this.units;
    let max = -Infinity;
    for (let j = 0; j < k; j++) if (z[row + j] > max) max = z[row + j];
    let sum = 0;
    for (let j = 0; j < k; j++) sum += exp(z[row + j] - max);
    const logSum = max + log(sum);
    if (gradient) {
      for (let j = 0; j < k; j++) gradient[row + j] = exp(z[row + j] - logSum) / rows;
      gradient[row + target] -= 1 / rows;
    }
    return logSum - z[row + target];
  }
  loss(z: Float64Array, y: Float64Array, rows: number): number {
    let total = 0;
    for (let r = 0; r < rows; r++) total += this.rowLoss(z, r * this.units, y[r], null, rows);
    return total / rows;
  }
  lossAndGradient(z: Float64Array, y: Float64Array, rows: number): number {
    let total = 0;
    for (let r = 0; r < rows; r++)
      total += this.rowLoss(z, r * this.units, y[r], this.gradient, rows);
    return total / rows;
  }
  correct(z: Float64Array, y: Float64Array, rows: number): number {
    let hits = 0;
    const k = this.units;
    for (let r = 0; r < rows; r++) {
      let best = 0;
      for (let j = 1; j < k; j++) if (z[r * k + j] > z[r * k + best]) best = j;
      if (best === y[r]) hits++;
    }
    return hits;
  }
}

/** Mean squared error over all outputs: L = (1/(rows·units)) Σ (z − y)²; ∂L/∂z = 2(z − y)/(rows·units). */
class MeanSquaredError extends HeadBuffers implements Head {
  readonly kind = 'linear';
  loss(z: Float64Array, y: Float64Array, rows: number): number {
    let total = 0;
    const count = rows * this.units;
    for (let k = 0; k < count; k++) total += (z[k] - y[k]) * (z[k] - y[k]);
    return total / count;
  }
  lossAndGradient(z: Float64Array, y: Float64Array, rows: number): number {
    const count = rows * this.units;
    for (let k = 0; k < count; k++) this.gradient[k] = (2 * (z[k] - y[k])) / count;
    return this.loss(z, y, rows);
  }
  correct(): number {
    return 0;
  }
}

export function createHead(kind: HeadKind, units: number, capacity: number): Head {
  switch (kind) {
    case 'sigmoid':
      return new SigmoidCrossEntropy(units, capacity);
    case 'softmax':
      return new SoftmaxCrossEntropy(units, capacity);
    case 'linear':
      return new MeanSquaredError(units, capacity);
  }
}
