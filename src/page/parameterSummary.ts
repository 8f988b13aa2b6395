import { dataShape, outputUnits } from '../experiment/shape';
import type { Experiment } from '../experiment/schema';

/** One row of a Keras-style `model.summary()`: a layer, its output width and its parameters. */
export interface SummaryRow {
  name: string;
  kind: 'Dense' | 'BatchNormalization' | 'Activation';
  /** Features the layer outputs per example. */
  units: number;
  /** Parameters learned by gradient descent: weights and biases, or BN's γ and β. */
  trainable: number;
  /** Parameters kept but not learned: BN's running mean and variance. */
  nonTrainable: number;
}

/**
 * The BN twin's layers as Keras' `model.summary()` counts them: a Dense layer of n inputs and m
 * units has n·m weights and m biases; a BatchNormalization layer over m features has 4m numbers,
 * γ and β trainable (2m) and the running mean and variance not (2m). Activations sit inside the
 * Dense layer when BN follows them (`Dense(activation=…)`) and as their own layer, without
 * parameters, when BN sits between Dense and activation.
 */
export function parameterSummary(e: Experiment): SummaryRow[] {
  const { inputSize, classes, targetSize } = dataShape(e.data);
  const rows: SummaryRow[] = [];
  const name = (base: string) => {
    const n = rows.filter((r) => r.kind === base).length;
    const snake =
      base === 'Dense' ? 'dense' : base === 'Activation' ? 'activation' : 'batch_normalization';
    return n === 0 ? snake : `${snake}_${n}`;
  };
  const dense = (inputs: number, units: number) =>
    rows.push({
      name: name('Dense'),
      kind: 'Dense',
      units,
      trainable: inputs * units + units,
      nonTrainable: 0,
    });
  const norm = (units: number) =>
    rows.push({
      name: name('BatchNormalization'),
      kind: 'BatchNormalization',
      units,
      trainable: 2 * units,
      nonTrainable: 2 * units,
    });
  let inputs = inputSize;
  for (const layer of e.model.hidden) {
    dense(inputs, layer.units);
    if (e.batchNorm.placement === 'before') {
      norm(layer.units);
      rows.push({
        name: name('Activation'),
        kind: 'Activation',
        units: layer.units,
        trainable: 0,
        nonTrainable: 0,
      });
    } else if (e.batchNorm.placement === 'after') norm(layer.units);
    inputs = layer.units;
  }
  dense(inputs, outputUnits(e.model.head, classes, targetSize));
  return rows;
}

/** Totals of a summary, as the last lines of `model.summary()`. */
export function summaryTotals(rows: readonly SummaryRow[]) {
  const trainable = rows.reduce((s, r) => s + r.trainable, 0);
  const nonTrainable = rows.reduce((s, r) => s + r.nonTrainable, 0);
  return { total: trainable + nonTrainable, trainable, nonTrainable };
}
