import { BatchNormLayer, type BatchNormOptions } from './batchNorm';

/** Batch Renormalization's limits on its corrections (Ioffe, 2017). */
export interface RenormLimits {
  /** r is clipped to [1/rMax, rMax]. */
  rMax: number;
  /** d is clipped to [−dMax, dMax]. */
  dMax: number;
  /**
   * Steps over which the limits open linearly from r = 1, d = 0 (plain Batch Norm) to rMax and
   * dMax, as the paper relaxes them once the moving averages settle (0: open from the start).
   */
  warmup: number;
}

/** The paper's final limits (§4), opened over 100 steps: our runs are thousands, not 100,000s. */
export const DEFAULT_RENORM: RenormLimits = { rMax: 3, dMax: 5, warmup: 100 };

/**
 * Batch Renormalization (Ioffe, 2017): Batch Norm whose training output is corrected towards what
 * the moving averages would give, so training and inference compute the same function of x.
 * With σ_B = √(σ²_B + ε) and σ = √(running variance + ε), per feature:
 *   r = clip(σ_B/σ, 1/r_max, r_max), d = clip((μ_B − μ)/σ, −d_max, d_max),
 *   x̂ = r·(x − μ_B)/σ_B + d, y = γ·x̂ + β,
 * r and d taken from the running statistics before this step's update and held constant in the
 * backward pass (the paper's stop_gradient). With r = 1 and d = 0 it is Batch Norm exactly.
 * Inference is Batch Norm's (the running statistics). The running averages are Batch Norm's
 * (PyTorch's momentum, unbiased variance); the paper averages σ rather than σ², a difference
 * that vanishes as the averages settle.
 *
 * Backward, with x̃ = (x − μ_B)/σ_B and g = γ·r·∂L/∂y:
 * ∂L/∂x = (1/σ_B)·(g − mean(g) − x̃·mean(g·x̃)), ∂L/∂γ = Σ ∂L/∂y·x̂, ∂L/∂β = Σ ∂L/∂y.
 */
export class BatchRenormLayer extends BatchNormLayer {
  /** This step's corrections per feature (r = 1, d = 0 until the first training pass). */
  readonly r: Float64Array;
  readonly d: Float64Array;
  /** Training passes that updated the running statistics (the warm-up counts these). */
  updates = 0;
  /** x̃ = (x − μ_B)/σ_B of the last training pass. */
  private xTilde = new Float64Array(0);

  constructor(
    name: string,
    features: number,
    capacity: number,
    options: BatchNormOptions,
    readonly limits: RenormLimits = DEFAULT_RENORM,
  ) {
    super(name, features, capacity, options);
    this.r = new Float64Array(features).fill(1);
    this.d = new Float64Array(features);
    // The base constructor's resize ran before this class's fields were set.
    this.xTilde = new Float64Array(this.capacity * features);
  }

  override resize(capacity: number): void {
    super.resize(capacity);
    this.xTilde = new Float64Array(capacity * this.features);
  }

  /** The limits at this point of training: (1, 0) opening linearly to (rMax, dMax). */
  currentLimits(): { rMax: number; dMax: number } {
    const { rMax, dMax, warmup } = this.limits;
    const open = warmup > 0 ? Math.min(1, this.updates / warmup) : 1;
    return { rMax: 1 + (rMax - 1) * open, dMax: dMax * open };
  }

  override forward(input: Float64Array, rows: number, isTraining: boolean): Float64Array {
    if (!isTraining) return super.forward(input, rows, false);
    const n = this.features;
    const eps = this.options.epsilon;
    this.computeBatchStatistics(input, rows);
    const { rMax, dMax } = this.currentLimits();
    const { batchMean, batchVariance, runningMean, runningVariance, invStd, r, d } = this;
    for (let j = 0; j < n; j++) {
      const sigmaB = Math.sqrt(batchVariance[j] + eps);
      const sigma = Math.sqrt(runningVariance[j] + eps);
      invStd[j] = 1 / sigmaB;
      r[j] = Math.min(rMax, Math.max(1 / rMax, sigmaB / sigma));
      d[j] = Math.min(dMax, Math.max(-dMax, (batchMean[j] - runningMean[j]) / sigma));
    }
    const gamma = this.gamma.values;
    const beta = this.beta.values;
    const { xHat, xTilde, output: y } = this;
    for (let row = 0; row < rows * n; row += n)
      for (let j = 0; j < n; j++) {
        const t = (input[row + j] - batchMean[j]) * invStd[j];
        xTilde[row + j] = t;
        const h = r[j] * t + d[j];
        xHat[row + j] = h;
        y[row + j] = gamma[j] * h + beta[j];
      }
    this.lastWasTraining = true;
    if (!this.freezeRunningStatistics && rows > 1) {
      this.updateRunningStatistics(rows);
      this.updates++;
    }
    return y;
  }

  override backward(outputGradient: Float64Array, rows: number): Float64Array {
    if (!this.lastWasTraining) return super.backward(outputGradient, rows);
    const n = this.features;
    const dy = outputGradient;
    const { xHat, xTilde, invStd, r, inputGradient: dx } = this;
    const gamma = this.gamma.values;
    const dGamma = this.gamma.gradients;
    const dBeta = this.beta.gradients;
    const meanG = new Float64Array(n);
    const meanGxTilde = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      dGamma[j] = 0;
      dBeta[j] = 0;
    }
    for (let row = 0; row < rows * n; row += n)
      for (let j = 0; j < n; j++) {
        const g = dy[row + j];
        dBeta[j] += g;
        dGamma[j] += g * xHat[row + j];
        meanG[j] += g;
        meanGxTilde[j] += g * xTilde[row + j];
      }
    // In Batch Norm's order of operations, so that r = 1 and d = 0 give its bits exactly.
    for (let j = 0; j < n; j++) {
      const gr = gamma[j] * r[j];
      meanG[j] = (gr * meanG[j]) / rows;
      meanGxTilde[j] = (gr * meanGxTilde[j]) / rows;
    }
    for (let row = 0; row < rows * n; row += n)
      for (let j = 0; j < n; j++) {
        const g = gamma[j] * r[j] * dy[row + j];
        dx[row + j] = invStd[j] * (g - meanG[j] - xTilde[row + j] * meanGxTilde[j]);
      }
    return dx;
  }
}
