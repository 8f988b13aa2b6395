import type { Parameter } from './layer';

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

export interface OptimizerSpec {
  kind: OptimizerKind;
  /** μ for `momentum`. */
  momentum: number;
  /** β₁, β₂, ε for `adam`. */
  beta1: number;
  beta2: number;
  epsilon: number;
}

export const DEFAULT_OPTIMIZER: OptimizerSpec = {
  kind: 'sgd',
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
};

/**
 * Updates parameters from their gradients; the learning rate η may differ on every call. Returns
 * the largest |θ| after the update (NaN when one is NaN), found in the same pass: the cohort's
 * divergence check needs no pass of its own.
 */
export interface Optimizer {
  step(learningRate: number): number;
}

/** Plain gradient descent: θ ← θ − η·∂L/∂θ. */
class Sgd implements Optimizer {
  constructor(private readonly parameters: readonly Parameter[]) {}
  step(lr: number): number {
    let largest = 0;
    for (const p of this.parameters) {
      const v = p.values;
      const g = p.gradients;
      for (let k = 0; k < v.length; k++) {
        const x = v[k] - lr * g[k];
        v[k] = x;
        largest = Math.max(largest, Math.abs(x));
      }
    }
    return largest;
  }
}

/**
 * Heavy-ball momentum in PyTorch's form, so a change of η acts at once:
 * b ← μ·b + ∂L/∂θ, θ ← θ − η·b (b starts at 0).
 */
class Momentum implements Optimizer {
  private readonly velocity: Float64Array[];
  constructor(
    private readonly parameters: readonly Parameter[],
    private readonly mu: number,
  ) {
    this.velocity = parameters.map((p) => new Float64Array(p.values.length));
  }
  step(lr: number): number {
    let largest = 0;
    for (let i = 0; i < this.parameters.length; i++) {
      const p = this.parameters[i];
      const b = this.velocity[i];
      const v = p.values;
      const g = p.gradients;
      for (let k = 0; k < v.length; k++) {
        b[k] = this.mu * b[k] + g[k];
        const x = v[k] - lr * b[k];
        v[k] = x;
        largest = Math.max(largest, Math.abs(x));
      }
    }
    return largest;
  }
}

/**
 * Adam (Kingma & Ba, 2015): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
 * θ ← θ − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 */
class Adam implements Optimizer {
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  /** β₁ᵗ and β₂ᵗ, kept as running products (exact in every engine, unlike `**`). */
  private beta1Power = 1;
  private beta2Power = 1;
  constructor(
    private readonly parameters: readonly Parameter[],
    private readonly spec: OptimizerSpec,
  ) {
    this.m = parameters.map((p) => new Float64Array(p.values.length));
    this.v = parameters.map((p) => new Float64Array(p.values.length));
  }
  step(lr: number): number {
    let largest = 0;
    const { beta1, beta2, epsilon } = this.spec;
    this.beta1Power *= beta1;
    this.beta2Power *= beta2;
    const c1 = 1 - this.beta1Power;
    const c2 = 1 - this.beta2Power;
    for (let i = 0; i < this.parameters.length; i++) {
      const p = this.parameters[i];
      const m = this.m[i];
      const v = this.v[i];
      const w = p.values;
      const g = p.gradients;
      for (let k = 0; k < w.length; k++) {
        m[k] = beta1 * m[k] + (1 - beta1) * g[k];
        v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
        const x = w[k] - (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + epsilon);
        w[k] = x;
        largest = Math.max(largest, Math.abs(x));
      }
    }
    return largest;
  }
}

export function createOptimizer(spec: OptimizerSpec, parameters: readonly Parameter[]): Optimizer {
  switch (spec.kind) {
    case 'sgd':
      return new Sgd(parameters);
    case 'momentum':
      return new Momentum(parameters, spec.momentum);
    case 'adam':
      return new Adam(parameters, spec);
  }
}
