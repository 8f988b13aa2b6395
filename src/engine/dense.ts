import { denseForward, denseInputGradient, denseWeightGradient } from './denseKernels';
import { createParameter, type Layer, type Parameter } from './layer';

/**
 * Fully connected layer: y = x·W + b, with W of shape [inputs × outputs] (the Keras kernel layout)
 * and b of length outputs.
 * Backward: ∂L/∂W = xᵀ·∂L/∂y, ∂L/∂b = Σ_rows ∂L/∂y, ∂L/∂x = ∂L/∂y·Wᵀ.
 */
export class DenseLayer implements Layer {
  readonly kind = 'dense';
  readonly kernel: Parameter;
  readonly bias: Parameter;
  readonly parameters: readonly Parameter[];
  capacity = 0;
  output = new Float64Array(0);
  inputGradient = new Float64Array(0);
  private input: Float64Array = new Float64Array(0);

  /**
   * @param computeInputGradient false for the first layer, whose ∂L/∂x nobody needs.
   */
  constructor(
    readonly name: string,
    readonly inputSize: number,
    readonly outputSize: number,
    capacity: number,
    readonly computeInputGradient = true,
  ) {
    this.kernel = createParameter(`${name}.kernel`, [inputSize, outputSize]);
    this.bias = createParameter(`${name}.bias`, [outputSize]);
    this.parameters = [this.kernel, this.bias];
    this.resize(capacity);
  }

  resize(capacity: number): void {
    this.capacity = capacity;
    this.output = new Float64Array(capacity * this.outputSize);
    this.inputGradient = new Float64Array(
      this.computeInputGradient ? capacity * this.inputSize : 0,
    );
  }

  forward(input: Float64Array, rows: number): Float64Array {
    this.input = input;
    denseForward(
      input,
      this.kernel.values,
      this.bias.values,
      this.output,
      rows,
      this.inputSize,
      this.outputSize,
    );
    return this.output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const { inputSize: n, outputSize: m } = this;
    denseWeightGradient(
      this.input,
      outputGradient,
      this.kernel.gradients,
      this.bias.gradients,
      rows,
      n,
      m,
    );
    if (!this.computeInputGradient) return this.inputGradient;
    denseInputGradient(outputGradient, this.kernel.values, this.inputGradient, rows, n, m);
    return this.inputGradient;
  }
}
