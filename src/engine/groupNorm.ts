import { createParameter, type Layer, type Parameter } from './layer';

/**
 * Normalization of each example on its own, over groups of its features: Group Normalization (Wu
 * & He, 2018) with `groups` groups of equal size, and Layer Normalization (Ba, Kiros & Hinton,
 * 2016) as the case of one group. No batch statistics and no running averages: training and
 * inference compute the same thing, and each example's output depends on that example only.
 *
 * Per example and group S of features: μ = (1/|S|)Σ_S x, σ² = (1/|S|)Σ_S (x − μ)² (biased),
 * x̂ = (x − μ)/√(σ² + ε), and per feature j, y = γ_j·x̂ + β_j (γ = 1, β = 0 at the start).
 *
 * Backward, with g = γ·∂L/∂y: ∂L/∂x = (1/√(σ² + ε))·(g − mean_S(g) − x̂·mean_S(g·x̂)) (the same
 * form as Batch Norm's, the means taken over the group instead of over the batch),
 * ∂L/∂γ = Σ_rows ∂L/∂y·x̂, ∂L/∂β = Σ_rows ∂L/∂y.
 */
export class GroupNormLayer implements Layer {
  readonly kind = 'groupNorm';
  readonly gamma: Parameter;
  readonly beta: Parameter;
  readonly parameters: readonly Parameter[];
  readonly inputSize: number;
  readonly outputSize: number;
  /** Features per group. */
  readonly groupSize: number;
  capacity = 0;
  output = new Float64Array(0);
  inputGradient = new Float64Array(0);
  /** x̂ of the last forward, rows × features. */
  xHat = new Float64Array(0);
  /** 1/√(σ² + ε) of the last forward, rows × groups. */
  invStd = new Float64Array(0);

  constructor(
    readonly name: string,
    readonly features: number,
    readonly groups: number,
    capacity: number,
    readonly epsilon = 1e-5,
  ) {
    if (!Number.isInteger(groups) || groups < 1 || features % groups !== 0) {
      throw new RangeError(
        `${name}: ${features} features cannot be split into ${groups} groups of equal size`,
      );
    }
    this.inputSize = features;
    this.outputSize = features;
    this.groupSize = features / groups;
    this.gamma = createParameter(`${name}.gamma`, [features]);
    this.beta = createParameter(`${name}.beta`, [features]);
    this.gamma.values.fill(1);
    this.parameters = [this.gamma, this.beta];
    this.resize(capacity);
  }

  resize(capacity: number): void {
    this.capacity = capacity;
    this.output = new Float64Array(capacity * this.features);
    this.inputGradient = new Float64Array(capacity * this.features);
    this.xHat = new Float64Array(capacity * this.features);
    this.invStd = new Float64Array(capacity * this.groups);
  }

  forward(input: Float64Array, rows: number): Float64Array {
    const n = this.features;
    const size = this.groupSize;
    const gamma = this.gamma.values;
    const beta = this.beta.values;
    const { xHat, invStd, output } = this;
    for (let r = 0; r < rows; r++) {
      for (let g = 0; g < this.groups; g++) {
        const start = r * n + g * size;
        let mean = 0;
        for (let k = 0; k < size; k++) mean += input[start + k];
        mean /= size;
        let variance = 0;
        for (let k = 0; k < size; k++) {
          const d = input[start + k] - mean;
          variance += d * d;
        }
        variance /= size;
        const s = 1 / Math.sqrt(variance + this.epsilon);
        invStd[r * this.groups + g] = s;
        for (let k = 0; k < size; k++) {
          const j = g * size + k;
          const h = (input[start + k] - mean) * s;
          xHat[start + k] = h;
          output[start + k] = gamma[j] * h + beta[j];
        }
      }
    }
    return output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const n = this.features;
    const size = this.groupSize;
    const dy = outputGradient;
    const gamma = this.gamma.values;
    const dGamma = this.gamma.gradients;
    const dBeta = this.beta.gradients;
    const { xHat, invStd } = this;
    const dx = this.inputGradient;
    dGamma.fill(0);
    dBeta.fill(0);
    for (let r = 0; r < rows; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) {
        dBeta[j] += dy[row + j];
        dGamma[j] += dy[row + j] * xHat[row + j];
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let g = 0; g < this.groups; g++) {
        const start = r * n + g * size;
        let meanG = 0;
        let meanGxHat = 0;
        for (let k = 0; k < size; k++) {
          const gk = gamma[g * size + k] * dy[start + k];
          meanG += gk;
          meanGxHat += gk * xHat[start + k];
        }
        meanG /= size;
        meanGxHat /= size;
        const s = invStd[r * this.groups + g];
        for (let k = 0; k < size; k++) {
          const gk = gamma[g * size + k] * dy[start + k];
          dx[start + k] = s * (gk - meanG - xHat[start + k] * meanGxHat);
        }
      }
    }
    return dx;
  }
}
