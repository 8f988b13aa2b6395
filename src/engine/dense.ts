import { denseForward, denseInputGradient, denseWeightGradient } from './denseKernels';
import {
  PanelScratch,
  panelForward,
  panelInputGradient,
  panelWeightGradient,
} from './panelKernels';
import { DenseScratch, packRowPanels, sparseForward, sparseWeightGradient } from './sparseKernels';
import { createParameter, type Layer, type Parameter } from './layer';

/**
 * The first layer takes the sparse kernels when its input's packed 2-row panels keep at most this
 * share of the columns (MNIST batches of 60: about 29%); a dense input keeps nearly all.
 */
const SPARSE_SHARE = 0.6;
/** Inputs narrower than this (the 2-D sets) are never packed: nothing to gain on so few columns. */
const SPARSE_MIN_INPUTS = 16;
/**
 * Layers of at least this many weights (and both sides 4 or more) take the panel kernels; the
 * tiny nets' layers the small blocked kernels, whose few loops cost less than packing (a 6 × 8
 * tanh net: 8% slower with panels, within noise at 16 wide, 4% faster at 32).
 */
const PANEL_MIN_WEIGHTS = 1000;

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
  /** The panel kernels' scratch (a first layer's can pack a sparse input); null: small kernels. */
  private panels: PanelScratch | null = null;
  /** The first layer's sparse scratch (the same object as `panels`), or null. */
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
    this.panels =
      this.scratch ??
      (n * m >= PANEL_MIN_WEIGHTS && Math.min(n, m) >= 4 ? new PanelScratch(capacity, n, m) : null);
    this.output = new Float64Array(capacity * this.outputSize);
    this.inputGradient = new Float64Array(
      this.computeInputGradient ? capacity * this.inputSize : 0,
    );
  }

  forward(input: Float64Array, rows: number): Float64Array {
    this.input = input;
    const { scratch, panels, inputSize: n, outputSize: m } = this;
    const w = this.kernel.values;
    const b = this.bias.values;
    // The first layer reads the data, which may be mostly zeros (MNIST's background): packed,
    // only the non-zeros are worked on, when they are few enough to repay the packing.
    this.sparse =
      scratch !== null && packRowPanels(input, rows, n, scratch, SPARSE_SHARE) <= SPARSE_SHARE;
    if (this.sparse) sparseForward(w, b, this.output, rows, n, m, scratch!);
    else if (panels !== null) panelForward(input, w, b, this.output, rows, n, m, panels);
    else denseForward(input, w, b, this.output, rows, n, m);
    return this.output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const { inputSize: n, outputSize: m, input, panels } = this;
    const dy = outputGradient;
    const w = this.kernel.values;
    const dw = this.kernel.gradients;
    const db = this.bias.gradients;
    if (this.sparse) sparseWeightGradient(input, dy, dw, db, rows, n, m, this.scratch!);
    else if (panels !== null) panelWeightGradient(input, dy, dw, db, rows, n, m, panels);
    else denseWeightGradient(input, dy, dw, db, rows, n, m);
    if (!this.computeInputGradient) return this.inputGradient;
    if (panels !== null) panelInputGradient(dy, w, this.inputGradient, rows, n, m, panels);
    else denseInputGradient(dy, w, this.inputGradient, rows, n, m);
    return this.inputGradient;
  }
}
