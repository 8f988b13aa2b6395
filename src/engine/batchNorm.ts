import { drawBatchNormNoise, type BatchNormNoise, type NoiseSource } from './bnNoise';
import { createParameter, type Layer, type Parameter } from './layer';

export type { BatchNormNoise } from './bnNoise';

export interface BatchNormOptions {
  /** Weight of the new batch in the running averages (PyTorch's convention), default 0.1. */
  momentum: number;
  /** Added to the variance before the square root, default 1e-5. */
  epsilon: number;
  /**
   * Noisy Batch Norm (Santurkar et al., 2018, section 2.1): in training mode every output value,
   * of every sample and feature, is multiplied by its own random scale and shifted by its own
   * random shift, from a distribution with a non-zero mean and a non-unit variance that is itself
   * redrawn every step (see bnNoise.ts), so the next layer's input distribution moves on purpose.
   * Inference adds no noise. Absent: plain Batch Norm.
   */
  noise?: BatchNormNoise;
}

/** Layers with fewer features than this run feature by feature in training (see forwardByFeature). */
const NARROW = 16;

export const DEFAULT_BATCH_NORM: BatchNormOptions = { momentum: 0.1, epsilon: 1e-5 };

/**
 * Batch Normalization over the batch, per feature (Ioffe & Szegedy, 2015).
 *
 * Training: μ_B = (1/m)Σx, σ²_B = (1/m)Σ(x − μ_B)² (biased), x̂ = (x − μ_B)/√(σ²_B + ε),
 * y = γ·x̂ + β. The running statistics follow PyTorch's BatchNorm1d:
 * running ← (1 − momentum)·running + momentum·batch, with the *unbiased* variance m/(m − 1)·σ²_B.
 * Inference: x̂ = (x − runningMean)/√(runningVariance + ε).
 *
 * Per feature it holds four numbers: γ and β (learned by gradient descent) and the running mean and
 * variance (tracked, not learned). γ starts at 1, β at 0, the running mean at 0 and variance at 1.
 *
 * Backward in training mode, with g = γ·∂L/∂y:
 * ∂L/∂x = (1/√(σ²_B + ε))·(g − mean(g) − x̂·mean(g·x̂)), ∂L/∂γ = Σ ∂L/∂y·x̂, ∂L/∂β = Σ ∂L/∂y.
 */
export class BatchNormLayer implements Layer {
  readonly kind = 'batchNorm';
  readonly gamma: Parameter;
  readonly beta: Parameter;
  readonly parameters: readonly Parameter[];
  readonly runningMean: Float64Array;
  readonly runningVariance: Float64Array;
  /** μ_B and biased σ²_B of the last training-mode batch, per feature. */
  readonly batchMean: Float64Array;
  readonly batchVariance: Float64Array;
  /** 1/√(σ² + ε) used by the last forward (batch or running variance). */
  readonly invStd: Float64Array;
  /** When true, training-mode passes leave the running statistics unchanged (for previews and measurements). */
  freezeRunningStatistics = false;
  /**
   * Layers with fewer features than this train feature by feature, wider ones row by row: the
   * same bits either way (tests/engine/wideBatchNorm.test.ts sets it to run both paths).
   */
  narrowBelow = NARROW;
  capacity = 0;
  output = new Float64Array(0);
  inputGradient = new Float64Array(0);
  /** x̂ of the last forward, rows × features. */
  xHat = new Float64Array(0);
  protected lastWasTraining = true;
  /** Noisy BN: this step's scale s and shift t per row and feature (1 and 0 until the first draw). */
  noiseScale = new Float64Array(0);
  noiseShift = new Float64Array(0);
  /** ∂L/∂y before the noise's scale, for the backward pass of noisy BN. */
  private scaledGradient = new Float64Array(0);
  /** Backward: mean_batch(γ·∂L/∂y) and mean_batch(γ·∂L/∂y·x̂) per feature. */
  private readonly meanG: Float64Array;
  private readonly meanGxHat: Float64Array;
  readonly inputSize: number;
  readonly outputSize: number;

  constructor(
    readonly name: string,
    readonly features: number,
    capacity: number,
    readonly options: BatchNormOptions = DEFAULT_BATCH_NORM,
  ) {
    this.inputSize = features;
    this.outputSize = features;
    this.gamma = createParameter(`${name}.gamma`, [features]);
    this.beta = createParameter(`${name}.beta`, [features]);
    this.gamma.values.fill(1);
    this.parameters = [this.gamma, this.beta];
    this.runningMean = new Float64Array(features);
    this.runningVariance = new Float64Array(features).fill(1);
    this.batchMean = new Float64Array(features);
    this.batchVariance = new Float64Array(features);
    this.invStd = new Float64Array(features);
    this.meanG = new Float64Array(features);
    this.meanGxHat = new Float64Array(features);
    this.resize(capacity);
  }

  get noisy(): boolean {
    return this.options.noise !== undefined;
  }

  /** Noisy BN: draws this step's scale and shift of every row and feature (see bnNoise.ts). */
  drawNoise(random: NoiseSource): void {
    const noise = this.options.noise;
    if (!noise) return;
    drawBatchNormNoise(noise, random, this.features, this.noiseScale, this.noiseShift);
  }

  resize(capacity: number): void {
    this.capacity = capacity;
    this.output = new Float64Array(capacity * this.features);
    this.inputGradient = new Float64Array(capacity * this.features);
    this.xHat = new Float64Array(capacity * this.features);
    this.scaledGradient = new Float64Array(capacity * this.features);
    this.noiseScale = new Float64Array(capacity * this.features).fill(1);
    this.noiseShift = new Float64Array(capacity * this.features);
  }

  forward(input: Float64Array, rows: number, isTraining: boolean): Float64Array {
    const n = this.features;
    if (isTraining && n < this.narrowBelow) return this.forwardByFeature(input, rows);
    const mean = isTraining ? this.batchMean : this.runningMean;
    const invStd = this.invStd;
    const eps = this.options.epsilon;
    if (isTraining) this.computeBatchStatistics(input, rows);
    const variance = isTraining ? this.batchVariance : this.runningVariance;
    for (let j = 0; j < n; j++) invStd[j] = 1 / Math.sqrt(variance[j] + eps);
    const gamma = this.gamma.values;
    const beta = this.beta.values;
    const xHat = this.xHat;
    const y = this.output;
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) {
        const h = (input[row + j] - mean[j]) * invStd[j];
        xHat[row + j] = h;
        y[row + j] = gamma[j] * h + beta[j];
      }
    }
    if (isTraining && this.noisy) {
      const { noiseScale, noiseShift } = this;
      for (let r = 0; r < rows; r++) {
        const row = r * n;
        for (let j = 0; j < n; j++)
          y[row + j] = noiseScale[row + j] * y[row + j] + noiseShift[row + j];
      }
    }
    this.lastWasTraining = isTraining;
    if (isTraining && !this.freezeRunningStatistics && rows > 1) this.updateRunningStatistics(rows);
    return y;
  }

  protected computeBatchStatistics(input: Float64Array, rows: number): void {
    const n = this.features;
    const mean = this.batchMean;
    const variance = this.batchVariance;
    // Loops, not fill(): on a few features the builtin's call costs more than the work.
    for (let j = 0; j < n; j++) {
      mean[j] = 0;
      variance[j] = 0;
    }
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) mean[j] += input[row + j];
    }
    for (let j = 0; j < n; j++) mean[j] /= rows;
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) {
        const d = input[row + j] - mean[j];
        variance[j] += d * d;
      }
    }
    for (let j = 0; j < n; j++) variance[j] /= rows;
  }

  protected updateRunningStatistics(rows: number): void {
    const m = this.options.momentum;
    const unbias = rows / (rows - 1);
    for (let j = 0; j < this.features; j++) {
      this.runningMean[j] = (1 - m) * this.runningMean[j] + m * this.batchMean[j];
      this.runningVariance[j] =
        (1 - m) * this.runningVariance[j] + m * this.batchVariance[j] * unbias;
    }
  }

  /**
   * Training-mode forward pass of a narrow layer, one feature at a time (the loops over rows are
   * the long ones): the same operations in the same order as the row-wise passes, so the same bits.
   */
  private forwardByFeature(input: Float64Array, rows: number): Float64Array {
    const n = this.features;
    const eps = this.options.epsilon;
    const { batchMean, batchVariance, invStd, xHat, noiseScale, noiseShift } = this;
    const gamma = this.gamma.values;
    const beta = this.beta.values;
    const y = this.output;
    const noisy = this.noisy;
    // Indices step by n down a feature's column (k += n), not r·n + j recomputed per value.
    const end = rows * n;
    for (let j = 0; j < n; j++) {
      let mean = 0;
      for (let k = j; k < end; k += n) mean += input[k];
      mean /= rows;
      let variance = 0;
      for (let k = j; k < end; k += n) {
        const d = input[k] - mean;
        variance += d * d;
      }
      variance /= rows;
      batchMean[j] = mean;
      batchVariance[j] = variance;
      const inv = 1 / Math.sqrt(variance + eps);
      invStd[j] = inv;
      const g = gamma[j];
      const b = beta[j];
      if (noisy) {
        for (let k = j; k < end; k += n) {
          const h = (input[k] - mean) * inv;
          xHat[k] = h;
          y[k] = noiseScale[k] * (g * h + b) + noiseShift[k];
        }
      } else {
        for (let k = j; k < end; k += n) {
          const h = (input[k] - mean) * inv;
          xHat[k] = h;
          y[k] = g * h + b;
        }
      }
    }
    this.lastWasTraining = true;
    if (!this.freezeRunningStatistics && rows > 1) this.updateRunningStatistics(rows);
    return y;
  }

  /** Training-mode backward pass of a narrow layer, one feature at a time (as forwardByFeature). */
  private backwardByFeature(outputGradient: Float64Array, rows: number): Float64Array {
    const n = this.features;
    const { xHat, invStd, noiseScale } = this;
    const gamma = this.gamma.values;
    const dGamma = this.gamma.gradients;
    const dBeta = this.beta.gradients;
    const dx = this.inputGradient;
    const noisy = this.noisy;
    const dy = noisy ? this.scaledGradient : outputGradient;
    const end = rows * n;
    for (let j = 0; j < n; j++) {
      if (noisy) for (let k = j; k < end; k += n) dy[k] = noiseScale[k] * outputGradient[k];
      let sumDy = 0;
      let sumDyXHat = 0;
      for (let k = j; k < end; k += n) {
        sumDy += dy[k];
        sumDyXHat += dy[k] * xHat[k];
      }
      dBeta[j] = sumDy;
      dGamma[j] = sumDyXHat;
      const g = gamma[j];
      const inv = invStd[j];
      const meanG = (g * sumDy) / rows;
      const meanGxHat = (g * sumDyXHat) / rows;
      for (let k = j; k < end; k += n) dx[k] = inv * (g * dy[k] - meanG - xHat[k] * meanGxHat);
    }
    return dx;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const n = this.features;
    if (this.lastWasTraining && n < this.narrowBelow)
      return this.backwardByFeature(outputGradient, rows);
    let dy = outputGradient;
    if (this.lastWasTraining && this.noisy) {
      // y = s·(γx̂ + β) + t: the gradient reaching γx̂ + β is s·∂L/∂y.
      const scaled = this.scaledGradient;
      const scale = this.noiseScale;
      for (let k = 0; k < rows * n; k++) scaled[k] = scale[k] * dy[k];
      dy = scaled;
    }
    const xHat = this.xHat;
    const gamma = this.gamma.values;
    const dGamma = this.gamma.gradients;
    const dBeta = this.beta.gradients;
    const invStd = this.invStd;
    const dx = this.inputGradient;
    for (let j = 0; j < n; j++) {
      dGamma[j] = 0;
      dBeta[j] = 0;
    }
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) {
        dBeta[j] += dy[row + j];
        dGamma[j] += dy[row + j] * xHat[row + j];
      }
    }
    if (!this.lastWasTraining) {
      // Running statistics are constants, so the layer is affine in x.
      for (let r = 0; r < rows; r++) {
        const row = r * n;
        for (let j = 0; j < n; j++) dx[row + j] = dy[row + j] * gamma[j] * invStd[j];
      }
      return dx;
    }
    // Σ g = γ·∂L/∂β and Σ g·x̂ = γ·∂L/∂γ, so the sums above give both means at once; computed
    // once per feature, not per row (two divisions fewer per value, the same bits).
    const { meanG, meanGxHat } = this;
    for (let j = 0; j < n; j++) {
      meanG[j] = (gamma[j] * dBeta[j]) / rows;
      meanGxHat[j] = (gamma[j] * dGamma[j]) / rows;
    }
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) {
        dx[row + j] =
          invStd[j] * (gamma[j] * dy[row + j] - meanG[j] - xHat[row + j] * meanGxHat[j]);
      }
    }
    return dx;
  }
}
