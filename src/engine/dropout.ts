import type { Layer, Parameter } from './layer';

/**
 * Inverted dropout (Srivastava et al., 2014): in training each value is kept with probability
 * 1 − rate and scaled by 1/(1 − rate), or set to 0, so its expected value is unchanged; at
 * inference every value passes as it is. The mask (0 or 1/(1 − rate) per row and unit) is drawn
 * by `drawMask` once per training step, from the caller's random stream, so the measurements
 * taken between steps neither see another mask nor use up the stream.
 */
export class DropoutLayer implements Layer {
  readonly kind = 'dropout';
  readonly parameters: readonly Parameter[] = [];
  readonly inputSize: number;
  readonly outputSize: number;
  capacity = 0;
  output = new Float64Array(0);
  inputGradient = new Float64Array(0);
  /** This step's mask, capacity × units: 0 (dropped) or 1/(1 − rate) (kept). */
  mask = new Float64Array(0);
  private lastWasTraining = false;

  constructor(
    readonly name: string,
    readonly units: number,
    capacity: number,
    readonly rate: number,
  ) {
    if (!(rate >= 0 && rate < 1))
      throw new RangeError(`dropout rate must be in [0, 1), got ${rate}`);
    this.inputSize = units;
    this.outputSize = units;
    this.resize(capacity);
  }

  resize(capacity: number): void {
    this.capacity = capacity;
    this.output = new Float64Array(capacity * this.units);
    this.inputGradient = new Float64Array(capacity * this.units);
    this.mask = new Float64Array(capacity * this.units).fill(1);
  }

  /** Draws the next step's mask for every row the buffers hold, in row-major order. */
  drawMask(random: { uniform(): number }): void {
    const keep = 1 - this.rate;
    const scale = 1 / keep;
    for (let k = 0; k < this.mask.length; k++) this.mask[k] = random.uniform() < keep ? scale : 0;
  }

  forward(input: Float64Array, rows: number, isTraining: boolean): Float64Array {
    const n = rows * this.units;
    this.lastWasTraining = isTraining;
    if (isTraining) for (let k = 0; k < n; k++) this.output[k] = input[k] * this.mask[k];
    else this.output.set(input.subarray(0, n));
    return this.output;
  }

  backward(outputGradient: Float64Array, rows: number): Float64Array {
    const n = rows * this.units;
    if (this.lastWasTraining)
      for (let k = 0; k < n; k++) this.inputGradient[k] = outputGradient[k] * this.mask[k];
    else this.inputGradient.set(outputGradient.subarray(0, n));
    return this.inputGradient;
  }
}
