import type { Parameter } from './layer';
import { initializeKernel, type InitSpec } from './initializers';
import { Network, type NetworkSpec } from './network';
import { createOptimizer, type Optimizer, type OptimizerSpec } from './optimizers';
import { Random } from './random';

/** Explicit initial values for one Dense layer: kernel [inputs][outputs] and bias [outputs]. */
export interface ExplicitDenseWeights {
  kernel: number[][];
  bias: number[];
}

/**
 * Networks trained side by side as one experiment. `members` names each network and gives its
 * layers; they differ only in what sits between the Dense layers (the twins: Batch Norm or none),
 * so every Dense kernel and bias exists in each of them under the same name.
 */
export interface CohortSpec<Name extends string> {
  members: Record<Name, NetworkSpec>;
  init: InitSpec;
  /** When given, one entry per Dense layer (hidden layers then output), replacing drawn weights. */
  explicitWeights?: readonly ExplicitDenseWeights[];
  optimizer: OptimizerSpec;
  /** Rows per training batch; the buffers are sized for it. */
  batchSize: number;
  /** Seed of the noise stream of members with noisy Batch Norm (each member has its own copy). */
  noiseSeed?: number;
  /**
   * Which parameters learn (the rest stay at their initial values): all of them (the default),
   * only the normalizations' γ and β (Frankle, Schwab & Morcos, 2021), or only the output layer.
   */
  trainOnly?: TrainOnly;
}

export type TrainOnly = 'all' | 'normalization' | 'output';

/** The parameters that learn under `trainOnly`, by their names (`bn1.gamma`, `output.kernel`). */
export function learningParameters(
  parameters: readonly Parameter[],
  trainOnly: TrainOnly = 'all',
): Parameter[] {
  if (trainOnly === 'all') return [...parameters];
  if (trainOnly === 'output') return parameters.filter((p) => p.name.startsWith('output.'));
  return parameters.filter((p) => p.name.endsWith('.gamma') || p.name.endsWith('.beta'));
}

/** Why and when a member stopped. */
export interface MemberStatus {
  diverged: boolean;
  /** The step (1-based) whose loss or parameters first went non-finite, or null. */
  divergedAtStep: number | null;
  /** Loss of the last step that trained (NaN before the first). */
  lastLoss: number;
}

/**
 * A parameter whose magnitude passes this has blown up, though still finite: the nets here start
 * with weights below 100 and train with weights of order 1–10, while a run heading for NaN
 * passes 1e6 long before (its losses reach 1e200 and more first).
 */
export const BLOW_UP_BOUND = 1e6;

/** True when every value is finite and within ±BLOW_UP_BOUND. */
export function allWithinBound(values: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!(v <= BLOW_UP_BOUND && v >= -BLOW_UP_BOUND)) return false;
  }
  return true;
}

/**
 * The controlled experiment: networks with the same initial value for every parameter they share,
 * stepped on the same batches with the same optimizer and learning rate, so that any difference
 * between them comes from the layers they do not share. A member blows up when its loss becomes
 * non-finite or any parameter non-finite or beyond ±BLOW_UP_BOUND: it stops (flag and step
 * recorded); the others go on.
 */
export class NetworkCohort<Name extends string> {
  /** Member names in the order of the spec. */
  readonly names: readonly Name[];
  readonly networks: Record<Name, Network>;
  readonly optimizers: Record<Name, Optimizer>;
  readonly status: Record<Name, MemberStatus>;
  /** Steps taken so far. */
  step = 0;
  /**
   * Which members this instance trains. All by default; a worker that trains some members while
   * another worker trains the rest (from the same spec) leaves the others inactive and untouched.
   */
  readonly active: Record<Name, boolean>;
  /** Each noisy member's noise stream (null for the others). */
  private readonly noise: Record<Name, Random | null>;
  /** Dropout: each member's stream of masks, drawn once per step (null without dropout). */
  private readonly dropout: Record<Name, Random | null>;

  constructor(
    readonly spec: CohortSpec<Name>,
    random: Random,
  ) {
    this.names = Object.keys(spec.members) as Name[];
    const each = <T>(make: (name: Name) => T) =>
      Object.fromEntries(this.names.map((name) => [name, make(name)])) as Record<Name, T>;
    this.networks = each((name) => new Network(spec.members[name], spec.batchSize));
    // The shared values are drawn once, in one order, then copied by name: every member starts
    // from the same weights whatever its own layers.
    const first = this.networks[this.names[0]];
    initializeShared(first, spec, random);
    for (const name of this.names.slice(1)) {
      const network = this.networks[name];
      for (const p of first.parameters) network.parameter(p.name)?.values.set(p.values);
    }
    this.optimizers = each((name) =>
      createOptimizer(
        spec.optimizer,
        learningParameters(this.networks[name].parameters, spec.trainOnly),
      ),
    );
    this.status = each(() => ({ diverged: false, divergedAtStep: null, lastLoss: Number.NaN }));
    this.active = each(() => true);
    this.noise = each((name) =>
      this.networks[name].noisy ? new Random(spec.noiseSeed ?? 0, 'noise') : null,
    );
    // Every dropout member draws the same masks (same seed, same layer shapes): plain + dropout
    // and BN + dropout drop the same units at the same steps.
    this.dropout = each((name) =>
      this.networks[name].spec.dropout !== undefined
        ? new Random(spec.noiseSeed ?? 0, 'dropout')
        : null,
    );
  }

  /**
   * One training step of every member still running on the batch (`rows` rows of `input` and
   * `targets`) with learning rate η.
   */
  trainStep(input: Float64Array, targets: Float64Array, rows: number, learningRate: number): void {
    this.step++;
    const names = this.names;
    for (let m = 0; m < names.length; m++) {
      const name = names[m];
      const status = this.status[name];
      if (status.diverged || !this.active[name]) continue;
      const network = this.networks[name];
      const noise = this.noise[name];
      if (noise) network.drawNoise(noise);
      const dropout = this.dropout[name];
      if (dropout) network.drawDropout(dropout);
      const loss = network.lossAndGradient(input, targets, rows);
      if (loss - loss !== 0) {
        this.markDiverged(name);
        continue;
      }
      const largest = this.optimizers[name].step(learningRate);
      if (!(largest <= BLOW_UP_BOUND)) {
        this.markDiverged(name);
        continue;
      }
      status.lastLoss = loss;
    }
  }

  private markDiverged(name: Name): void {
    this.status[name].diverged = true;
    this.status[name].divergedAtStep = this.step;
  }
}

/** Draws (or sets) every Dense layer's kernel, in layer order; biases start at 0. */
function initializeShared<Name extends string>(
  network: Network,
  spec: CohortSpec<Name>,
  random: Random,
): void {
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
