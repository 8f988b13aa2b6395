import type { Parameter } from '../engine/layer';
import { Network } from '../engine/network';
import { LANDSCAPE_MULTIPLIERS } from '../experiment/optimizationSettings';

/** One Dense layer's share of a step (layers counted from 1; the output layer is the last). */
export interface LayerOptimization {
  layer: number;
  /** ‖∂L/∂W‖ of the layer's kernel on the batch, before the step. */
  gradientNorm: number;
  /** ‖W‖ of the kernel after the step. */
  weightNorm: number;
  /**
   * η/‖W‖² when Batch Norm directly follows this Dense layer: BN makes the layer's output
   * independent of the kernel's scale, so the norm sets the step's real size. Null otherwise.
   */
  effectiveLearningRate: number | null;
  /**
   * Santurkar et al.'s internal covariate shift: G is the gradient of this layer's kernel and bias
   * on the batch before the step, G′ the same gradient after every earlier layer took its step
   * (this layer and later unchanged). ‖G − G′‖/‖G‖ and cos(G, G′); null for the first layer (no
   * earlier layer moves) or when ‖G‖ or ‖G′‖ is 0.
   */
  gradientChange: number | null;
  gradientCosine: number | null;
}

/** The loss along the gradient: L(θ − η′g) and ∇L there, for each η′ of the landscape range. */
export interface Landscape {
  /** The η′ looked at (LANDSCAPE_MULTIPLIERS × η). */
  rates: number[];
  /** L(θ − η′g) on the batch; null where it is not finite. */
  losses: (number | null)[];
  /** ‖∇L(θ − η′g) − ∇L(θ)‖ (gradient predictiveness); null where it is not finite. */
  gradientChanges: (number | null)[];
  /**
   * Effective β-smoothness: the largest ‖∇L(θ − η′g) − ∇L(θ)‖ / ‖η′g‖ over the range (null when
   * none is finite or g is 0).
   */
  smoothness: number | null;
}

/** What one training step did to one network, measured on the step's batch. */
export interface OptimizationMeasure {
  /** The step measured (its update is the one from θ to θ⁺). */
  step: number;
  layers: LayerOptimization[];
  landscape: Landscape;
}

/** The parameters of one Dense layer's block, in the order of the network's parameter list. */
interface Block {
  /** Indices into Network.parameters of the Dense kernel and bias. */
  dense: number[];
  /** Indices of every parameter of the block (Dense and any normalization). */
  all: number[];
  kernel: number;
  bnFollowsDense: boolean;
  /** The Dense layer's index in Network.layers (the backward pass for G′ stops there). */
  layerIndex: number;
}

const finite = (x: number): number | null => (x - x === 0 ? x : null);

function sumSquares(values: Float64Array): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k] * values[k];
  return s;
}

/**
 * Measures a network's training step the way Santurkar et al. (2018) look at it: the change of
 * each layer's gradient caused by the earlier layers' update (their ICS), the loss and gradient
 * along the gradient direction (landscape, predictiveness, β-smoothness), and per-layer gradient
 * and weight norms. Works on its own copy of the network, in training mode with the batch's own
 * statistics and the running statistics left alone, so the network trained is untouched.
 *
 * Use: `before()` just before the step, `measure()` just after it on the same batch (the network's
 * gradients then still hold ∇L(θ) of that batch). Costs one forward and backward pass per Dense
 * layer after the first (the backward pass stopping at that layer), and one per landscape point.
 */
export class OptimizationMeter {
  private readonly copy: Network;
  private readonly theta: Float64Array[];
  private readonly blocks: Block[];

  constructor(
    private readonly source: Network,
    batchSize: number,
  ) {
    this.copy = new Network(source.spec, batchSize);
    for (const block of this.copy.blocks)
      if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
    this.theta = source.parameters.map((p) => new Float64Array(p.values.length));
    const index = (p: Parameter) => source.parameters.indexOf(p);
    this.blocks = [
      ...source.blocks.map((b) => ({
        dense: b.dense.parameters.map(index),
        all: [...b.dense.parameters, ...(b.normalization?.parameters ?? [])].map(index),
        kernel: index(b.dense.kernel),
        bnFollowsDense: b.bnInputSource === b.dense,
        layerIndex: source.layers.indexOf(b.dense),
      })),
      {
        dense: source.output.parameters.map(index),
        all: source.output.parameters.map(index),
        kernel: index(source.output.kernel),
        bnFollowsDense: false,
        layerIndex: source.layers.indexOf(source.output),
      },
    ];
  }

  /** Remembers θ, the parameters before the step. */
  before(): void {
    this.source.parameters.forEach((p, i) => this.theta[i].set(p.values));
  }

  /**
   * Measures the step just taken from θ (remembered by `before`) to the network's current θ⁺ on
   * the batch `x`, `y` of `rows` rows at learning rate η.
   */
  measure(
    step: number,
    x: Float64Array,
    y: Float64Array,
    rows: number,
    learningRate: number,
  ): OptimizationMeasure {
    const source = this.source.parameters;
    const copy = this.copy.parameters;
    const gradient = source.map((p) => p.gradients);
    // Noisy BN: the copy uses the noise of the step measured.
    this.copy.copyNoiseFrom(this.source);

    // ICS: start from θ, then give the blocks before layer d their step, one more each time.
    copy.forEach((p, i) => p.values.set(this.theta[i]));
    const layers: LayerOptimization[] = this.blocks.map((block, d) => {
      let change: number | null = null;
      let cosine: number | null = null;
      if (d > 0) {
        for (const i of this.blocks[d - 1].all) copy[i].values.set(source[i].values);
        // Blocks before d − 1 saw these rows with these parameters in the last pass: start there.
        const from = d === 1 ? 0 : this.blocks[d - 1].layerIndex;
        this.copy.lossAndGradient(x, y, rows, block.layerIndex, from);
        let gg = 0;
        let hh = 0;
        let gh = 0;
        let diff = 0;
        for (const i of block.dense) {
          const g = gradient[i];
          const h = copy[i].gradients;
          for (let k = 0; k < g.length; k++) {
            gg += g[k] * g[k];
            hh += h[k] * h[k];
            gh += g[k] * h[k];
            diff += (g[k] - h[k]) * (g[k] - h[k]);
          }
        }
        if (gg > 0 && hh > 0) {
          change = finite(Math.sqrt(diff / gg));
          cosine = finite(gh / Math.sqrt(gg * hh));
        }
      }
      const weightSquares = sumSquares(source[block.kernel].values);
      return {
        layer: d + 1,
        gradientNorm: Math.sqrt(sumSquares(gradient[block.kernel])),
        weightNorm: Math.sqrt(weightSquares),
        effectiveLearningRate:
          block.bnFollowsDense && weightSquares > 0 ? learningRate / weightSquares : null,
        gradientChange: change,
        gradientCosine: cosine,
      };
    });

    // Landscape: θ − η′g for each η′, the loss there and how far its gradient is from g.
    let gradientSquares = 0;
    for (const g of gradient) gradientSquares += sumSquares(g);
    const gradientNorm = Math.sqrt(gradientSquares);
    const rates = LANDSCAPE_MULTIPLIERS.map((m) => m * learningRate);
    const losses: (number | null)[] = [];
    const gradientChanges: (number | null)[] = [];
    let smoothness: number | null = null;
    for (const rate of rates) {
      copy.forEach((p, i) => {
        const v = p.values;
        const theta = this.theta[i];
        const g = gradient[i];
        for (let k = 0; k < v.length; k++) v[k] = theta[k] - rate * g[k];
      });
      losses.push(finite(this.copy.lossAndGradient(x, y, rows)));
      let diff = 0;
      copy.forEach((p, i) => {
        const h = p.gradients;
        const g = gradient[i];
        for (let k = 0; k < h.length; k++) diff += (h[k] - g[k]) * (h[k] - g[k]);
      });
      const change = finite(Math.sqrt(diff));
      gradientChanges.push(change);
      if (change !== null && gradientNorm > 0) {
        const ratio = change / (rate * gradientNorm);
        if (smoothness === null || ratio > smoothness) smoothness = ratio;
      }
    }
    return { step, layers, landscape: { rates, losses, gradientChanges, smoothness } };
  }
}
