import type { Random } from './random';

export const INIT_SCHEMES = ['heNormal', 'glorotUniform', 'gaussian'] as const;
export type InitScheme = (typeof INIT_SCHEMES)[number];

/** How a Dense kernel is drawn; biases always start at 0. */
export interface InitSpec {
  scheme: InitScheme;
  /** Multiplies every drawn weight (1 = the scheme as published). */
  scale: number;
  /** Standard deviation σ for `gaussian` (the BN paper's "small random Gaussian"). */
  sigma: number;
}

/**
 * Fills `kernel` (fanIn × fanOut) with:
 * - `heNormal`: N(0, 2/fanIn) (He et al., 2015; plain, not truncated, normal),
 * - `glorotUniform`: U(−l, l), l = √(6/(fanIn + fanOut)) (Glorot & Bengio, 2010),
 * - `gaussian`: N(0, σ²),
 * each multiplied by `scale`. Weights are drawn row by row in storage order.
 */
export function initializeKernel(
  kernel: Float64Array,
  fanIn: number,
  fanOut: number,
  spec: InitSpec,
  random: Random,
): void {
  switch (spec.scheme) {
    case 'heNormal': {
      const std = Math.sqrt(2 / fanIn) * spec.scale;
      for (let k = 0; k < kernel.length; k++) kernel[k] = std * random.normal();
      return;
    }
    case 'glorotUniform': {
      const limit = Math.sqrt(6 / (fanIn + fanOut)) * spec.scale;
      for (let k = 0; k < kernel.length; k++) kernel[k] = random.uniformIn(-limit, limit);
      return;
    }
    case 'gaussian': {
      const std = spec.sigma * spec.scale;
      for (let k = 0; k < kernel.length; k++) kernel[k] = std * random.normal();
      return;
    }
  }
}
