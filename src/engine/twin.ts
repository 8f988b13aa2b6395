import { initializeKernel, type InitSpec } from './initializers';
import { Network, type NetworkSpec } from './network';
import { createOptimizer, type Optimizer, type OptimizerSpec } from './optimizers';
import type { Random } from './random';

export const VARIANTS = ['plain', 'batchNorm'] as const;
/** The two twins: identical but for the Batch Norm layers. */
export type Variant = (typeof VARIANTS)[number];

/** Explicit initial values for one Dense layer: kernel [inputs][outputs] and bias [outputs]. */
export interface ExplicitDenseWeights {
  kernel: number[][];
  bias: number[];
}

export interface TwinSpec {
  /** The network of the BN twin; the plain twin is the same with placement `none`. */
  network: NetworkSpec;
  init: InitSpec;
  /** When given, one entry per Dense layer (hidden layers then output), replacing drawn weights. */
  explicitWeights?: readonly ExplicitDenseWeights[];
  optimizer: OptimizerSpec;
  /** Rows per training batch; the buffers are sized for it. */
  batchSize: number;
}

/** Why and when a twin stopped. */
export interface TwinStatus {
  diverged: boolean;
  /** The step (1-based) whose loss or parameters first went non-finite, or null. */
  divergedAtStep: number | null;
  /** Loss of the last step that trained (NaN before the first). */
  lastLoss: number;
}

/** True unless some value is NaN or ±Infinity. */
export function allFinite(values: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) {
    if (values[k] - values[k] !== 0) return false;
  }
  return true;
}

/**
 * The twin experiment: two networks with the same initial values for every shared parameter,
 * stepped on the same batches with the same optimizer and learning rate. A twin whose loss or any
 * parameter becomes non-finite stops (flag and step recorded); the other goes on.
 */
export class TwinNetworks {
  readonly networks: Record<Variant, Network>;
  readonly optimizers: Record<Variant, Optimizer>;
  readonly status: Record<Variant, TwinStatus>;
  /** Steps taken so far. */
  step = 0;
  /**
   * Which twins this instance trains. Both by default; a worker that trains one twin while another
   * worker trains the other (from the same description) leaves the other inactive and untouched.
   */
  readonly active: Record<Variant, boolean> = { plain: true, batchNorm: true };

  constructor(
    readonly spec: TwinSpec,
    random: Random,
  ) {
    const plain = new Network({ ...spec.network, placement: 'none' }, spec.batchSize);
    const batchNorm = new Network(spec.network, spec.batchSize);
    this.networks = { plain, batchNorm };
    initializeShared(plain, spec, random);
    for (const p of plain.parameters) {
      const twin = batchNorm.parameter(p.name);
      if (twin) twin.values.set(p.values);
    }
    this.optimizers = {
      plain: createOptimizer(spec.optimizer, plain.parameters),
      batchNorm: createOptimizer(spec.optimizer, batchNorm.parameters),
    };
    this.status = {
      plain: { diverged: false, divergedAtStep: null, lastLoss: Number.NaN },
      batchNorm: { diverged: false, divergedAtStep: null, lastLoss: Number.NaN },
    };
  }

  /**
   * One training step of every twin still running on the batch (`rows` rows of `input` and
   * `targets`) with learning rate η.
   */
  trainStep(input: Float64Array, targets: Float64Array, rows: number, learningRate: number): void {
    this.step++;
    for (let v = 0; v < VARIANTS.length; v++) {
      const variant = VARIANTS[v];
      const status = this.status[variant];
      if (status.diverged || !this.active[variant]) continue;
      const network = this.networks[variant];
      const loss = network.lossAndGradient(input, targets, rows);
      if (loss - loss !== 0) {
        this.markDiverged(variant);
        continue;
      }
      this.optimizers[variant].step(learningRate);
      if (!parametersFinite(network)) {
        this.markDiverged(variant);
        continue;
      }
      status.lastLoss = loss;
    }
  }

  private markDiverged(variant: Variant): void {
    this.status[variant].diverged = true;
    this.status[variant].divergedAtStep = this.step;
  }
}

function parametersFinite(network: Network): boolean {
  const parameters = network.parameters;
  for (let i = 0; i < parameters.length; i++) if (!allFinite(parameters[i].values)) return false;
  return true;
}

function initializeShared(network: Network, spec: TwinSpec, random: Random): void {
  const denseLayers = [...network.blocks.map((b) => b.dense), network.output];
  denseLayers.forEach((dense, i) => {
    const explicit = spec.explicitWeights?.[i];
    if (explicit) {
      explicit.kernel.forEach((row, r) => dense.kernel.values.set(row, r * dense.outputSize));
      dense.bias.values.set(explicit.bias);
    } else {
      initializeKernel(dense.kernel.values, dense.inputSize, dense.outputSize, spec.init, random);
    }
  });
}
