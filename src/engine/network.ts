import { ActivationLayer, type Activation } from './activations';
import { BatchNormLayer, type BatchNormOptions } from './batchNorm';
import { BatchRenormLayer, type RenormLimits } from './batchRenorm';
import { DenseLayer } from './dense';
import { DropoutLayer } from './dropout';
import { GroupNormLayer } from './groupNorm';
import { createHead, type Head, type HeadKind } from './heads';
import type { Layer, Parameter } from './layer';
import type { NoiseSource } from './bnNoise';

export const PLACEMENTS = ['none', 'before', 'after'] as const;
/**
 * Where Batch Norm sits in each hidden layer: `before` the activation (Dense → BN → act, as in the
 * paper) or `after` it (Dense → act → BN, the common Keras pattern). Never after the output layer.
 */
export type Placement = (typeof PLACEMENTS)[number];

export interface HiddenLayerSpec {
  units: number;
  activation: Activation;
}

export interface NetworkSpec {
  inputSize: number;
  hidden: readonly HiddenLayerSpec[];
  outputSize: number;
  head: HeadKind;
  placement: Placement;
  batchNorm: BatchNormOptions;
  /**
   * What normalizes at `placement`: Batch Norm (the default; noisy with `batchNorm.noise`), or
   * Group Norm over `groups` groups of each layer's units (Layer Norm: one group), or Batch
   * Renormalization with its limits.
   */
  normalization?:
    { kind: 'batch' } | { kind: 'group'; groups: number } | ({ kind: 'renorm' } & RenormLimits);
  /** Inverted dropout at this rate after each hidden layer (its last layer); absent: none. */
  dropout?: number;
}

/**
 * Where a hidden layer is looked into: the nonlinearity's input (after BN when BN is before it),
 * the layer's output (after BN when BN is after it), or, in a network with BN, what BN receives
 * (the Dense output when BN is before the activation, the activation's output when after).
 */
export type TapKind = 'preActivation' | 'postActivation' | 'bnInput';

/** One hidden layer: Dense, then the activation, with a normalization before or after it (or none). */
export interface HiddenBlock {
  readonly dense: DenseLayer;
  /** The block's normalization layer, whichever kind (null without one). */
  readonly normalization: BatchNormLayer | GroupNormLayer | null;
  /** The normalization when it is Batch Norm (null otherwise). */
  readonly batchNorm: BatchNormLayer | null;
  readonly activation: ActivationLayer;
  /** The layer whose output is the nonlinearity's input (BN when placed before, else Dense). */
  readonly preActivationSource: Layer;
  /** The block's last layer (BN when placed after, else the activation). */
  readonly postActivationSource: Layer;
  /** The layer whose output the normalization normalizes (null without one). */
  readonly bnInputSource: Layer | null;
  /** Dropout after the block's last layer (null without it); the next layer reads its output. */
  readonly dropout: DropoutLayer | null;
}

/** A view of one tap after the last forward pass: `rows × units` values, row-major. */
export interface TapView {
  values: Float64Array;
  rows: number;
  units: number;
}

/** Units of every layer of a network: inputs, each hidden layer, outputs. */
export function specWidths(spec: NetworkSpec): number[] {
  return [spec.inputSize, ...spec.hidden.map((h) => h.units), spec.outputSize];
}

/** A feed-forward network with an output head; buffers sized for `capacity` rows. */
export class Network {
  readonly layers: Layer[] = [];
  readonly blocks: HiddenBlock[] = [];
  readonly output: DenseLayer;
  readonly head: Head;
  readonly parameters: Parameter[];
  /** Rows of the last forward pass. */
  lastRows = 0;

  constructor(
    readonly spec: NetworkSpec,
    capacity: number,
  ) {
    let width = spec.inputSize;
    spec.hidden.forEach((layer, i) => {
      const n = i + 1;
      const dense = new DenseLayer(`dense${n}`, width, layer.units, capacity, i > 0);
      const kind = spec.normalization ?? { kind: 'batch' };
      const normalization =
        spec.placement === 'none'
          ? null
          : kind.kind === 'group'
            ? new GroupNormLayer(
                `${kind.groups === 1 ? 'ln' : 'gn'}${n}`,
                layer.units,
                kind.groups,
                capacity,
                spec.batchNorm.epsilon,
              )
            : kind.kind === 'renorm'
              ? new BatchRenormLayer(`brn${n}`, layer.units, capacity, spec.batchNorm, kind)
              : new BatchNormLayer(`bn${n}`, layer.units, capacity, spec.batchNorm);
      const activation = new ActivationLayer(`act${n}`, layer.activation, layer.units, capacity);
      const order: Layer[] =
        normalization === null
          ? [dense, activation]
          : spec.placement === 'before'
            ? [dense, normalization, activation]
            : [dense, activation, normalization];
      const dropout =
        spec.dropout === undefined
          ? null
          : new DropoutLayer(`dropout${n}`, layer.units, capacity, spec.dropout);
      this.layers.push(...order, ...(dropout ? [dropout] : []));
      this.blocks.push({
        dense,
        normalization,
        batchNorm: normalization instanceof BatchNormLayer ? normalization : null,
        activation,
        preActivationSource:
          normalization !== null && spec.placement === 'before' ? normalization : dense,
        postActivationSource: order[order.length - 1],
        bnInputSource:
          normalization === null ? null : spec.placement === 'before' ? dense : activation,
        dropout,
      });
      width = layer.units;
    });
    this.output = new DenseLayer(
      'output',
      width,
      spec.outputSize,
      capacity,
      spec.hidden.length > 0,
    );
    this.layers.push(this.output);
    this.head = createHead(spec.head, spec.outputSize, capacity);
    this.parameters = this.layers.flatMap((layer) => layer.parameters);
  }

  get capacity(): number {
    return this.output.capacity;
  }

  /** Whether any Batch Norm layer is noisy (see BatchNormOptions.noise). */
  get noisy(): boolean {
    return this.blocks.some((b) => b.batchNorm?.noisy);
  }

  /** Noisy BN: draws every BN layer's scales and shifts for the next training step, in layer order. */
  drawNoise(random: NoiseSource): void {
    for (const block of this.blocks) block.batchNorm?.drawNoise(random);
  }

  /** Dropout: draws every dropout layer's mask for the next training step, in layer order. */
  drawDropout(random: { uniform(): number }): void {
    for (const block of this.blocks) block.dropout?.drawMask(random);
  }

  /** Noisy BN: takes over another network's current scales and shifts (same layout). */
  copyNoiseFrom(other: Network): void {
    this.blocks.forEach((block, i) => {
      const from = other.blocks[i].batchNorm;
      if (!block.batchNorm || !from) return;
      // Row by row: the copy may hold fewer rows than the source (the rows it measures come first).
      const n = Math.min(from.noiseScale.length, block.batchNorm.noiseScale.length);
      block.batchNorm.noiseScale.set(from.noiseScale.subarray(0, n));
      block.batchNorm.noiseShift.set(from.noiseShift.subarray(0, n));
    });
  }

  /** Reallocates every buffer for `capacity` rows (outside training steps only). */
  resize(capacity: number): void {
    for (const layer of this.layers) layer.resize(capacity);
    this.head.resize(capacity);
  }

  /**
   * Logits for `rows` rows of `input` (rows × inputSize); training mode uses batch statistics.
   * With `from`, the pass starts at that layer (an index into `layers`) from the output the layer
   * before it kept: valid only when the layers before `from` last saw these rows with their
   * current parameters.
   */
  forward(input: Float64Array, rows: number, isTraining: boolean, from = 0): Float64Array {
    const layers = this.layers;
    let x = from === 0 ? input : layers[from - 1].output;
    for (let i = from; i < layers.length; i++) x = layers[i].forward(x, rows, isTraining);
    this.lastRows = rows;
    return x;
  }

  /**
   * One training-mode forward and backward pass: returns the mean batch loss and leaves ∂L/∂θ in
   * every parameter's `gradients`. With `downTo`, the backward pass stops after that layer (an
   * index into `layers`): only it and the layers after it get their gradients. `from` as in
   * `forward`.
   */
  lossAndGradient(
    input: Float64Array,
    targets: Float64Array,
    rows: number,
    downTo = 0,
    from = 0,
  ): number {
    const logits = this.forward(input, rows, true, from);
    const loss = this.head.lossAndGradient(logits, targets, rows);
    let gradient = this.head.gradient;
    for (let i = this.layers.length - 1; i >= downTo; i--) {
      gradient = this.layers[i].backward(gradient, rows);
    }
    return loss;
  }

  /** A tap of hidden layer `index` (0-based) after the last forward pass; bnInput needs BN. */
  tap(index: number, kind: TapKind): TapView {
    const block = this.blocks[index];
    const source =
      kind === 'preActivation'
        ? block.preActivationSource
        : kind === 'postActivation'
          ? block.postActivationSource
          : block.bnInputSource;
    if (!source) throw new Error(`layer ${index + 1} has no Batch Norm to look into`);
    const units = block.dense.outputSize;
    const values = source.output.subarray(0, this.lastRows * units);
    return { values, rows: this.lastRows, units };
  }

  /** The parameter with this name, if the network has it. */
  parameter(name: string): Parameter | undefined {
    return this.parameters.find((p) => p.name === name);
  }
}
