import { denseForward, denseInputGradient, denseWeightGradient } from './denseKernels';
import { DenseScratch, packRowPanels, sparseForward, sparseWeightGradient } from './sparseKernels';
import { createParameter, type Layer, type Parameter } from './layer';

/**
 * The first layer takes the sparse kernels when its input's packed 4-row panels keep at most this
 * share of the columns (MNIST batches of 60: about 38%); a dense input keeps nearly all.
 */
const SPARSE_SHARE = 0.6;
/** Inputs narrower than this (the 2-D sets) are never packed: nothing to gain on so few columns. */
const SPARSE_MIN_INPUTS = 16;

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
  /** The first layer's packed input (see sparseKernels); null for the other layers. */
  private scratch: DenseScratch | null = null;
  /** Whether the last forward pass took the sparse kernels (then so does the backward pass). */
  private sparse = false;

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
    const { inputSize: n, outputSize: m } = this;
    this.scratch =
      this.computeInputGradient || n < SPARSE_MIN_INPUTS || m < 4
        ? null
        : new DenseScratch(capacity, n, m);
    this.output = new Float64Array(capacity * this.outputSize);
    this.inputGradient = new Float64Array(
      this.computeInputGradient ? capacity * this.inputSize : 0,
    );
  }

  forward(input: Float64Array, rows: number): Float64Array {
    this.input = input;
    const { scratch, inputSize: n, outputSize: m } = this;
    // The first layer reads the data, which may be mostly zeros (MNIST's background): packed,
    // only the non-zeros are worked on, when they are few enough to repay the packing.
    this.sparse =
      scratch !== null && packRowPanels(input, rows, n, scratch, SPARSE_SHARE) <= SPARSE_SHARE;
    if (this.sparse) {
      sparseForward(input, this.kernel.values, this.bias.values, this.output, rows, n, m, scratch!);
    } else {
      denseForward(input, this.kernel.values, this.bias.values, this.output, rows, n, m);
    }
    return this.output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const { inputSize: n, outputSize: m } = this;
    const { input, kernel, bias } = this;
    if (this.sparse) {
      sparseWeightGradient(
        input,
        outputGradient,
        kernel.gradients,
        bias.gradients,
        rows,
        n,
        m,
        this.scratch!,
      );
    } else {
      denseWeightGradient(input, outputGradient, kernel.gradients, bias.gradients, rows, n, m);
    }
    if (!this.computeInputGradient) return this.inputGradient;
    denseInputGradient(outputGradient, this.kernel.values, this.inputGradient, rows, n, m);
    return this.inputGradient;
  }
}
