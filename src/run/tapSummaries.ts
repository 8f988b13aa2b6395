import { readRows, type Split } from '../data/dataset';
import { activate, type Activation } from '../engine/activations';
import {
  histogram,
  summarizeSorted,
  wasserstein1,
  type DistributionSummary,
} from '../engine/metrics';
import { Network, specWidths } from '../engine/network';
import type { Placement } from '../engine/network';
import { macsPerRow, measuredRows } from '../experiment/cost';
import { TAPS, type Tap } from '../experiment/taps';

/**
 * Values smaller than this share of the inputs' spread have vanished: a layer whose signal is
 * this faint carries rounding noise, not a distribution (tiny initial weights, dead layers).
 */
export const VANISHED = 1e-9;

/** A tap's summary and how far it has moved. */
export interface TapSummary extends DistributionSummary {
  /** 1-Wasserstein distance to the previous measurement, in the tap's units (null for the first). */
  drift: number | null;
  /** 1-Wasserstein distance to the step-0 distribution of all the layer's values, in its units. */
  driftFromStart: number;
  /**
   * Scale-free drift from step 0: for each unit, the 1-Wasserstein distance between its values
   * now and at step 0, in units of its step-0 standard deviation; averaged over the units whose
   * step-0 spread had not vanished (null when every unit's had: there is no scale to measure by).
   * Comparable across twins and layers whatever their scale: a signal of width 1e-4 that moves
   * by its own width scores 1, like a normalized one.
   */
  relativeDrift: number | null;
  /**
   * Step to step, unit by unit: each unit's 1-Wasserstein distance to its values at the previous
   * measurement, in units of its spread now, averaged over the units whose spread had not
   * vanished (null at the first measurement, or when every unit's had). What the next layer's
   * units see move between measurements, noise included (noisy BN is measured in training mode).
   */
  unitDrift: number | null;
  /** Every value is under VANISHED × the inputs' spread in size: the signal has vanished. */
  vanished: boolean;
}

export interface LayerSummary {
  layer: number;
  units: number;
  activation: Activation;
  preActivation: TapSummary;
  postActivation: TapSummary;
  /** What BN receives (the same place in the plain twin); absent when the twins have no BN. */
  bnInput?: TapSummary;
}

/** The taps of a twin and where each is read: the plain twin's bnInput is BN's place in its twin. */
function tapsOf(network: Network, placement: Placement): { tap: Tap; read: Tap }[] {
  const hasBn = network.spec.placement !== 'none';
  return TAPS.flatMap((tap): { tap: Tap; read: Tap }[] => {
    if (tap !== 'bnInput') return [{ tap, read: tap }];
    if (placement === 'none') return [];
    const read: Tap = hasBn
      ? 'bnInput'
      : placement === 'before'
        ? 'preActivation'
        : 'postActivation';
    return [{ tap, read }];
  });
}

interface Slot {
  layer: number;
  tap: Tap;
  read: Tap;
  /** The tap whose saturation rule applies (bnInput is the value before or after the activation). */
  saturation: 'preActivation' | 'postActivation';
  units: number;
  sorted: Float64Array;
  /** Each unit's values at the last measurement, ascending (reused between measurements). */
  columns: Float64Array[];
  previous: Float64Array | null;
  initial: Float64Array | null;
  /** Per unit: the step-0 values in ascending order, and their standard deviation. */
  initialUnits: Float64Array[];
  initialSpread: Float64Array;
  /** Each unit's sorted values at the previous measurement (empty before the first). */
  previousUnits: Float64Array[];
}

/**
 * Measures a twin's taps on the same rows every time: the first MEASURED_ROWS training rows,
 * passed forward as one batch through a copy of the network's current parameters, so Batch Norm
 * normalizes them with their own statistics (as in training) and nothing of the twin is updated.
 * The first measurement, made when the meter is built (step 0), is the reference of the drift.
 * Inference mode would use BN's running averages instead, which start at 0 and 1 and lag for
 * about 1/momentum steps: the BN twin would then seem to drift while its estimates catch up.
 */
export class TapMeter {
  readonly rows: number;
  private readonly network: Network;
  private readonly x: Float64Array;
  private readonly slots: Slot[];
  /** Under this size a value has vanished: VANISHED × the measured rows' spread. */
  private readonly faint: number;

  constructor(
    private readonly source: Network,
    split: Split,
    placement: Placement,
  ) {
    this.rows = measuredRows(macsPerRow(specWidths(source.spec)), split.count);
    this.network = new Network(source.spec, this.rows);
    this.x = Float64Array.from(
      readRows(split, 0, this.rows, new Float64Array(this.rows * split.inputSize)),
    );
    for (const block of this.network.blocks)
      if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
    this.faint = VANISHED * inputSpread(this.x, this.rows, split.inputSize);
    this.slots = source.blocks.flatMap((block, layer) =>
      tapsOf(source, placement).map(({ tap, read }) => ({
        layer,
        tap,
        read,
        saturation:
          read === 'bnInput'
            ? placement === 'before'
              ? 'preActivation'
              : 'postActivation'
            : read === 'preActivation'
              ? 'preActivation'
              : 'postActivation',
        units: block.dense.outputSize,
        sorted: new Float64Array(this.rows * block.dense.outputSize),
        columns: Array.from({ length: block.dense.outputSize }, () => new Float64Array(this.rows)),
        previous: null,
        initial: null,
        initialUnits: [],
        initialSpread: new Float64Array(block.dense.outputSize),
        previousUnits: [],
      })),
    );
    this.measure();
  }

  /** Ascending values of a tap at the last measurement. */
  sortedValues(layer: number, tap: Tap): Float64Array {
    const slot = this.slots.find((s) => s.layer === layer && s.tap === tap);
    return slot ? slot.sorted : new Float64Array(0);
  }

  /** Measures every tap now; the drift is counted from the previous measurement and from step 0. */
  measure(): LayerSummary[] {
    const { network } = this;
    this.source.parameters.forEach((p, i) => network.parameters[i].values.set(p.values));
    // Noisy BN: measured with the noise of the step just taken, as the next layer saw it.
    network.copyNoiseFrom(this.source);
    network.forward(this.x, this.rows, true);
    // Sorting is most of a measurement's cost: a tap read twice (the plain twin's bnInput is its
    // preActivation) is sorted once, and the activation's output, a non-decreasing function of
    // its input, is its sorted input mapped through it.
    const measured = new Map<string, Slot>();
    const summaries = this.slots.map((slot) => {
      const same = measured.get(`${slot.layer}:${slot.read}`);
      const input = measured.get(`${slot.layer}:preActivation`);
      if (same) copySorted(same, slot);
      else if (slot.read === 'postActivation' && input && this.activationOfInput(slot.layer))
        mapSorted(input, slot, this.source.blocks[slot.layer].activation.activation);
      else this.sortTap(slot);
      measured.set(`${slot.layer}:${slot.read}`, slot);
      return this.summarize(slot);
    });
    return this.source.blocks.map((block, layer) => {
      const of = (tap: Tap) =>
        summaries[this.slots.findIndex((s) => s.layer === layer && s.tap === tap)];
      const summary: LayerSummary = {
        layer,
        units: block.dense.outputSize,
        activation: block.activation.activation,
        preActivation: of('preActivation'),
        postActivation: of('postActivation'),
      };
      const bnInput = of('bnInput');
      if (bnInput) summary.bnInput = bnInput;
      return summary;
    });
  }

  /** Whether a layer's postActivation tap is its activation applied to its preActivation tap. */
  private activationOfInput(layer: number): boolean {
    const block = this.network.blocks[layer];
    return block.postActivationSource === block.activation;
  }

  /** Fills a slot's sorted values and sorted columns from the network's tap. */
  private sortTap(slot: Slot): void {
    const view = this.network.tap(slot.layer, slot.read);
    const { sorted, units, columns } = slot;
    const rows = this.rows;
    for (let u = 0; u < units; u++) {
      const column = columns[u];
      for (let r = 0; r < rows; r++) column[r] = view.values[r * units + u];
      column.sort();
    }
    sorted.set(view.values);
    sorted.sort();
  }

  private summarize(slot: Slot): TapSummary {
    const { sorted, columns } = slot;
    if (!slot.initial) {
      slot.initial = Float64Array.from(sorted);
      slot.initialUnits = columns.map((column) => Float64Array.from(column));
      columns.forEach((column, u) => (slot.initialSpread[u] = spread(column)));
    }
    const drift = slot.previous ? wasserstein1(sorted, slot.previous) : null;
    if (slot.previous) slot.previous.set(sorted);
    else slot.previous = Float64Array.from(sorted);
    let relative = 0;
    let counted = 0;
    columns.forEach((column, u) => {
      const s = slot.initialSpread[u];
      // A unit whose step-0 spread had vanished has no scale to measure by (rounding noise).
      if (!(s > this.faint)) return;
      relative += wasserstein1(column, slot.initialUnits[u]) / s;
      counted++;
    });
    let unitDrift = 0;
    let moved = 0;
    if (slot.previousUnits.length > 0)
      columns.forEach((column, u) => {
        const s = spread(column);
        if (!(s > this.faint)) return;
        unitDrift += wasserstein1(column, slot.previousUnits[u]) / s;
        moved++;
      });
    if (slot.previousUnits.length === 0)
      slot.previousUnits = columns.map((column) => Float64Array.from(column));
    else columns.forEach((column, u) => slot.previousUnits[u].set(column));
    const n = sorted.length;
    return {
      ...summarizeSorted(
        sorted,
        this.source.blocks[slot.layer].activation.activation,
        slot.saturation,
      ),
      drift,
      driftFromStart: wasserstein1(sorted, slot.initial),
      relativeDrift: counted > 0 ? relative / counted : null,
      unitDrift: moved > 0 ? unitDrift / moved : null,
      vanished: n > 0 && Math.max(Math.abs(sorted[0]), Math.abs(sorted[n - 1])) < this.faint,
    };
  }
}

function copySorted(from: Slot, to: Slot): void {
  to.sorted.set(from.sorted);
  to.columns.forEach((column, u) => column.set(from.columns[u]));
}

/**
 * Fills `to` with `from`'s sorted values mapped through the activation: sorted, since the
 * activation is non-decreasing, unless rounding makes it dip by an ulp between two close inputs,
 * which the check finds (that array is then sorted).
 */
function mapSorted(from: Slot, to: Slot, kind: Activation): void {
  const through = (input: Float64Array, output: Float64Array) => {
    activate(kind, input, output, input.length);
    for (let k = 1; k < output.length; k++) {
      if (output[k - 1] > output[k]) {
        output.sort();
        return;
      }
    }
  };
  through(from.sorted, to.sorted);
  from.columns.forEach((column, u) => through(column, to.columns[u]));
}

/**
 * The spread of the measured input rows: the mean over input features of their standard
 * deviations (1 for standardized inputs), or 1 when the inputs are constant.
 */
function inputSpread(x: Float64Array, rows: number, features: number): number {
  let total = 0;
  const column = new Float64Array(rows);
  for (let f = 0; f < features; f++) {
    for (let r = 0; r < rows; r++) column[r] = x[r * features + f];
    total += spread(column);
  }
  const mean = features > 0 ? total / features : 0;
  return mean > 0 ? mean : 1;
}

/** Population standard deviation of a sample. */
function spread(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v / values.length;
  let squares = 0;
  for (const v of values) squares += ((v - mean) * (v - mean)) / values.length;
  return Math.sqrt(squares);
}

/**
 * Counts ascending (or any) values into `bins` equal-width bins over [low, high], with the values
 * below and above counted apart: the histograms frames carry, on a range the caller shares
 * between the twins.
 */
export function binValues(values: ArrayLike<number>, bins: number, low: number, high: number) {
  return histogram(values, bins, low, high);
}
