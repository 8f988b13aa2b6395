import type { Layer, Parameter } from './layer';
import { logistic, tanh } from '../math/elementary';

export const ACTIVATIONS = ['relu', 'leakyRelu', 'tanh', 'sigmoid', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** Slope of leaky ReLU for negative inputs: f(x) = x for x > 0, 0.01·x otherwise. */
export const LEAKY_RELU_SLOPE = 0.01;

/** Numerically stable logistic function σ(x) = 1/(1 + e^(−x)) (see elementary.ts). */
export const sigmoid = logistic;

/**
 * y[k] = f(x[k]) for k < count: what an activation layer computes, for anyone who needs the very
 * same values (e.g. the taps, which map sorted inputs through it). Every f here is
 * non-decreasing.
 */
export function activate(
  kind: Activation,
  input: ArrayLike<number>,
  y: Float64Array,
  count: number,
): void {
  switch (kind) {
    case 'relu':
      for (let k = 0; k < count; k++) y[k] = input[k] > 0 ? input[k] : 0;
      break;
    case 'leakyRelu':
      for (let k = 0; k < count; k++) y[k] = input[k] > 0 ? input[k] : LEAKY_RELU_SLOPE * input[k];
      break;
    case 'tanh':
      for (let k = 0; k < count; k++) y[k] = tanh(input[k]);
      break;
    case 'sigmoid':
      for (let k = 0; k < count; k++) y[k] = logistic(input[k]);
      break;
    case 'linear':
      for (let k = 0; k < count; k++) y[k] = input[k];
      break;
  }
}

/**
 * Element-wise nonlinearity f. Backward uses f′ written in terms of what is stored:
 * relu′ = [x > 0], leakyRelu′ = 1 or 0.01, tanh′ = 1 − y², sigmoid′ = y(1 − y), linear′ = 1.
 */
export class ActivationLayer implements Layer {
  readonly kind = 'activation';
  readonly parameters: readonly Parameter[] = [];
  readonly outputSize: number;
  capacity = 0;
  output = new Float64Array(0);
  inputGradient = new Float64Array(0);
  private input: Float64Array = new Float64Array(0);

  constructor(
    readonly name: string,
    readonly activation: Activation,
    readonly inputSize: number,
    capacity: number,
  ) {
    this.outputSize = inputSize;
    this.resize(capacity);
  }

  resize(capacity: number): void {
    this.capacity = capacity;
    this.output = new Float64Array(capacity * this.inputSize);
    this.inputGradient = new Float64Array(capacity * this.inputSize);
  }

  forward(input: Float64Array, rows: number): Float64Array {
    this.input = input;
    activate(this.activation, input, this.output, rows * this.inputSize);
    return this.output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const count = rows * this.inputSize;
    const dy = outputGradient;
    const dx = this.inputGradient;
    const x = this.input;
    const y = this.output;
    switch (this.activation) {
      case 'relu':
        for (let k = 0; k < count; k++) dx[k] = x[k] > 0 ? dy[k] : 0;
        break;
      case 'leakyRelu':
        for (let k = 0; k < count; k++) dx[k] = x[k] > 0 ? dy[k] : LEAKY_RELU_SLOPE * dy[k];
        break;
      case 'tanh':
        for (let k = 0; k < count; k++) dx[k] = dy[k] * (1 - y[k] * y[k]);
        break;
      case 'sigmoid':
        for (let k = 0; k < count; k++) dx[k] = dy[k] * y[k] * (1 - y[k]);
        break;
      case 'linear':
        for (let k = 0; k < count; k++) dx[k] = dy[k];
        break;
    }
    return dx;
  }
}
