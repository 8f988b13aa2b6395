/**
 * The one contract every layer follows (after ConvNetJS): a batch is a row-major matrix of
 * `rows × size` numbers in a Float64Array; buffers are allocated for `capacity` rows up front, so a
 * forward or backward pass allocates nothing.
 */

/** A learned tensor and the gradient of the loss with respect to it, ∂L/∂θ, of the same length. */
export interface Parameter {
  /** Stable name shared by both twins, e.g. `dense1.kernel`, `bn1.gamma`. */
  readonly name: string;
  readonly values: Float64Array;
  readonly gradients: Float64Array;
  /** `[rows, columns]` for a matrix, `[length]` for a vector. */
  readonly shape: readonly number[];
}

export function createParameter(name: string, shape: readonly number[]): Parameter {
  const length = shape.reduce((a, b) => a * b, 1);
  return { name, values: new Float64Array(length), gradients: new Float64Array(length), shape };
}

export interface Layer {
  readonly kind: 'dense' | 'batchNorm' | 'groupNorm' | 'activation' | 'dropout';
  readonly name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameters: readonly Parameter[];
  /** The last forward's result, capacity × outputSize (only the first rows × outputSize are valid). */
  readonly output: Float64Array;
  /** Rows the buffers hold. */
  readonly capacity: number;
  /** Reallocates buffers for `capacity` rows; never called inside a training step. */
  resize(capacity: number): void;
  /**
   * Computes the layer's output for `rows` rows of `input`. `isTraining` selects batch statistics
   * (training) or running statistics (inference) in Batch Norm; other layers ignore it.
   * Returns the layer's own output buffer (valid until the next forward).
   */
  forward(input: Float64Array, rows: number, isTraining: boolean): Float64Array;
  /**
   * Given ∂L/∂output for the rows of the last forward, stores ∂L/∂θ in each parameter's
   * `gradients` (overwriting) and returns ∂L/∂input.
   */
  backward(outputGradient: Float64Array, rows: number): Float64Array;
}
