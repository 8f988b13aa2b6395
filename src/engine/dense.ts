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
    const inSize = this.inputSize;
    const outSize = this.outputSize;
    const w = this.kernel.values;
    const b = this.bias.values;
    const y = this.output;
    for (let r = 0; r < rows; r++) {
      const yRow = r * outSize;
      for (let j = 0; j < outSize; j++) y[yRow + j] = b[j];
      const xRow = r * inSize;
      for (let i = 0; i < inSize; i++) {
        const xi = input[xRow + i];
        if (xi === 0) continue;
        const wRow = i * outSize;
        for (let j = 0; j < outSize; j++) y[yRow + j] += xi * w[wRow + j];
      }
    }
    return y;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const inSize = this.inputSize;
    const outSize = this.outputSize;
    const x = this.input;
    const dy = outputGradient;
    const w = this.kernel.values;
    const dw = this.kernel.gradients;
    const db = this.bias.gradients;
    dw.fill(0);
    db.fill(0);
    for (let r = 0; r < rows; r++) {
      const yRow = r * outSize;
      for (let j = 0; j < outSize; j++) db[j] += dy[yRow + j];
      const xRow = r * inSize;
      for (let i = 0; i < inSize; i++) {
        const xi = x[xRow + i];
        if (xi === 0) continue;
        const wRow = i * outSize;
        for (let j = 0; j < outSize; j++) dw[wRow + j] += xi * dy[yRow + j];
      }
    }
    if (!this.computeInputGradient) return this.inputGradient;
    const dx = this.inputGradient;
    for (let r = 0; r < rows; r++) {
      const yRow = r * outSize;
      const xRow = r * inSize;
      for (let i = 0; i < inSize; i++) {
        const wRow = i * outSize;
        let sum = 0;
        for (let j = 0; j < outSize; j++) sum += dy[yRow + j] * w[wRow + j];
        dx[xRow + i] = sum;
      }
    }
    return dx;
  }
}
