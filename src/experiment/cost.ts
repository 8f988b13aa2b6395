import { DATASETS } from './catalog';
import { inlineRows } from './packed';
import type { DataSpec, Experiment } from './schema';
import { layerWidths } from './shape';
import { cohortMembers } from './members';
import { ENGLISH, say, type Said } from '../i18n/translate';

/**
 * What a setup costs before it runs, from its shape alone: floating-point operations per training
 * step, per evaluation and per frame, and memory. Counts follow the engine's work: a Dense layer of
 * n inputs and m units does n·m multiply-adds per row forward (2 FLOPs each) and twice that
 * backward (the input gradient and the weight gradient), so a training step costs 6 FLOPs per
 * weight per row and an inference pass 2. Everything else (activations, BN, the optimizer) is
 * linear in the units and left out: it is a few percent on any net where the estimate matters.
 */

/** Multiply-adds a network may spend on one split of an evaluation (train or test rows). */
export const EVALUATION_MACS = 1e9;
/** The fewest rows an evaluation uses, however costly a row (unless the split has fewer). */
export const MIN_EVALUATION_ROWS = 256;
/** Train scores use at most this many training rows (all of them for the small sets). */
export const EVALUATION_ROWS = 2000;
/**
 * Test scores use at most this many test rows (the split's first: it is shuffled), so an
 * evaluation of a huge test split never holds up a frame.
 */
export const EVALUATION_TEST_ROWS = 10_000;
/** Rows every tap is measured on: the first training rows (all of them in the small sets). */
export const MEASURED_ROWS = 256;
/** The fewest rows the taps are measured on, however costly a row. */
export const MIN_MEASURED_ROWS = 64;
/** Multiply-adds a network may spend measuring its taps for one frame. */
export const TAP_MACS = 1e8;
/** The decision boundary's grid side, on nets cheap enough (see boundaryResolution). */
export const BOUNDARY_RESOLUTION = 40;
/** The coarsest boundary grid side, however costly a row. */
export const MIN_BOUNDARY_RESOLUTION = 12;
/** Multiply-adds a network may spend on one decision-boundary grid. */
export const BOUNDARY_MACS = 1e8;

/** Forward multiply-adds per row of a net whose layers have these widths (inputs first). */
export function macsPerRow(widths: readonly number[]): number {
  let macs = 0;
  for (let i = 1; i < widths.length; i++) macs += widths[i - 1] * widths[i];
  return macs;
}

/**
 * An evaluation scores at most this many rows per row the twins train between two evaluations:
 * a forward row costs about a third of a training row, so evaluating stays near 5% of the
 * training time (the paper preset: 2,400 of every 30,000 rows trained, 1,800 test and 600 train).
 */
export const EVALUATION_ROWS_PER_TRAINED = 0.08;
/** The share of an evaluation's rows that are test rows (the rest: training rows). */
export const EVALUATION_TEST_SHARE = 0.75;
/** An evaluation of fewer multiply-adds than this is never cut for time: small nets cost little. */
export const EVALUATION_FREE_MACS = 1e7;

/** Which split an evaluation scores: its share of the evaluation's rows. */
export type EvaluationSplit = 'train' | 'test';

/**
 * Rows an evaluation scores: the first of the split, at most `cap`, and fewer on a net so costly
 * that `cap` rows would take more than EVALUATION_MACS (never fewer than MIN_EVALUATION_ROWS).
 * With `trainedBetween` (batch size × evalEvery), also at most the split's share of
 * EVALUATION_ROWS_PER_TRAINED of those rows, unless the evaluation is cheap anyway
 * (EVALUATION_FREE_MACS). A function of the setup alone, so the page and the command line score
 * the same rows.
 */
export function evaluationRows(
  macs: number,
  available: number,
  cap: number,
  trainedBetween = Infinity,
  split: EvaluationSplit = 'test',
): number {
  const perRow = Math.max(1, macs);
  const affordable = Math.max(MIN_EVALUATION_ROWS, Math.floor(EVALUATION_MACS / perRow));
  const share = split === 'test' ? EVALUATION_TEST_SHARE : 1 - EVALUATION_TEST_SHARE;
  const paced = Math.max(
    MIN_EVALUATION_ROWS,
    Math.floor(EVALUATION_FREE_MACS / perRow),
    Math.floor(share * EVALUATION_ROWS_PER_TRAINED * trainedBetween),
  );
  return Math.min(available, cap, affordable, paced);
}

/** Rows the taps are measured on: MEASURED_ROWS, or fewer (down to 64) on a costly net. */
export function measuredRows(macs: number, available: number): number {
  const affordable = Math.max(MIN_MEASURED_ROWS, Math.floor(TAP_MACS / Math.max(1, macs)));
  return Math.min(available, MEASURED_ROWS, affordable);
}

/** The decision boundary's grid side: 40, or coarser (down to 12) on a costly net. */
export function boundaryResolution(macs: number): number {
  const side = Math.floor(Math.sqrt(BOUNDARY_MACS / Math.max(1, macs)));
  return Math.max(MIN_BOUNDARY_RESOLUTION, Math.min(BOUNDARY_RESOLUTION, side));
}

/** Rows of a dataset's training and test splits, known before it is built. */
export function splitRows(data: DataSpec): { train: number; test: number } {
  if (data.type === 'named') {
    const facts = DATASETS[data.name];
    if (facts.fixedSplit) return { ...facts.fixedSplit };
    const total = facts.rows === 'samples' ? data.samples : facts.rows;
    const test = Math.round(total * data.testFraction);
    return { train: total - test, test };
  }
  const total = inlineRows(data);
  const test = Math.round(total * data.testFraction);
  return { train: total - test, test };
}

export interface CostEstimate {
  /** Networks trained side by side (the twins and any extra members). */
  networks: number;
  /** Weights and biases of one network. */
  parameters: number;
  /** Forward multiply-adds per row of one network. */
  macsPerRow: number;
  /** One training step of every network. */
  flopsPerStep: number;
  /**
   * A step's fixed cost beyond its FLOPs (calls, loops, the optimizer, per layer and network), in
   * FLOP-equivalents: what decides the speed of tiny nets.
   */
  overheadPerStep: number;
  /** One evaluation (train and test scores) of every network. */
  flopsPerEvaluation: number;
  /** One frame's measurements: the taps, and the decision boundary on 2-D data. */
  flopsPerFrame: number;
  /** Rows the train and test scores use. */
  evaluatedRows: { train: number; test: number };
  /** Steps between evaluations. */
  evalEvery: number;
  /** Memory the run holds: data, parameters, optimizer state, activations, in bytes. */
  memoryBytes: number;
}

const BYTES = 8;
/** A layer's fixed cost per training step, in FLOP-equivalents (about 20 µs at 2 GFLOP/s). */
const LAYER_OVERHEAD_FLOPS = 4e4;

/** The cost of running a setup, from its shape (see the module's comment for what is counted). */
export function estimateCost(e: Experiment): CostEstimate {
  const widths = layerWidths(e);
  const macs = macsPerRow(widths);
  const networks = cohortMembers(e).length;
  const hiddenUnits = e.model.hidden.reduce((sum, layer) => sum + layer.units, 0);
  const units = hiddenUnits + widths[widths.length - 1];
  const parameters = macs + units;
  const rows = splitRows(e.data);
  const { batchSize, evalEvery } = e.training;
  const trainedBetween = batchSize * evalEvery;
  const evaluatedRows = {
    train: evaluationRows(macs, rows.train, EVALUATION_ROWS, trainedBetween, 'train'),
    test: evaluationRows(macs, rows.test, EVALUATION_TEST_ROWS, trainedBetween, 'test'),
  };
  const twoD = widths[0] === 2 && widths[widths.length - 1] === 1;
  const boundaryRows = twoD ? boundaryResolution(macs) * boundaryResolution(macs) : 0;
  const tapRows = measuredRows(macs, rows.train);
  // Per network: the parameters, their gradients and up to two optimizer moments; the training
  // buffers (values and gradients of every layer at batch size, BN's three per unit) and the tap
  // meter's copy at MEASURED_ROWS; the data once (MNIST's pixels are bytes).
  const moments = e.optimizer.kind === 'adam' ? 2 : e.optimizer.kind === 'sgd' ? 0 : 1;
  const perNetwork =
    parameters * (2 + moments) * BYTES +
    (batchSize + MEASURED_ROWS) * (widths[0] + 5 * units) * BYTES;
  const dataBytes =
    (rows.train + rows.test) *
    (e.data.type === 'named' && e.data.name === 'mnist'
      ? widths[0] + BYTES
      : (widths[0] + 1) * BYTES);
  return {
    networks,
    parameters,
    macsPerRow: macs,
    flopsPerStep: networks * 6 * batchSize * macs,
    overheadPerStep: networks * (widths.length - 1) * LAYER_OVERHEAD_FLOPS,
    flopsPerEvaluation: networks * 2 * macs * (evaluatedRows.train + evaluatedRows.test),
    flopsPerFrame: networks * 2 * macs * (tapRows + boundaryRows),
    evaluatedRows,
    evalEvery,
    memoryBytes: networks * perNetwork + dataBytes,
  };
}

/** Seconds per step on average, evaluations included, at `flopsPerSecond`. */
export function secondsPerStep(cost: CostEstimate, flopsPerSecond: number): number {
  return (
    (cost.flopsPerStep + cost.overheadPerStep + cost.flopsPerEvaluation / cost.evalEvery) /
    flopsPerSecond
  );
}

/**
 * The longest single piece of work the run does without a break, in seconds at `flopsPerSecond`:
 * a step, an evaluation chunk's worth is shorter, so a step or a frame's measurements.
 */
export function longestTaskSeconds(cost: CostEstimate, flopsPerSecond: number): number {
  return Math.max(cost.flopsPerStep, cost.flopsPerFrame) / flopsPerSecond;
}

/** The speed assumed until this machine's is measured: a modest laptop core. */
export const DEFAULT_FLOPS_PER_SECOND = 1.5e9;

/** What the page can train interactively; past it a setup runs only when confirmed. */
export const INTERACTIVE = {
  /** Seconds per step (evaluations included). */
  secondsPerStep: 2,
  /** Seconds of the load: building the nets, the first evaluation and the first frame. */
  firstFrameSeconds: 30,
} as const;
/** Memory a page's worker can hold; past it a setup is refused. */
export const PAGE_MEMORY_LIMIT = 2e9;

/** A reason in English (the command line's) and as a message to say in the page's language. */
interface Reason {
  reason: string;
  said: Said;
}

export type Verdict =
  { kind: 'ok' } | ({ kind: 'confirm' } & Reason) | ({ kind: 'refuse' } & Reason);

function reasonOf(said: Said): Reason {
  return { reason: say(ENGLISH, said), said };
}

/**
 * Whether the page runs a setup outright, asks first (slow: the reason gives the estimate), or
 * refuses it (more memory than a browser worker holds).
 */
export function pageVerdict(cost: CostEstimate, flopsPerSecond: number): Verdict {
  if (cost.memoryBytes > PAGE_MEMORY_LIMIT) {
    return {
      kind: 'refuse',
      ...reasonOf({
        key: 'heavy.memory',
        values: { memory: formatBytes(cost.memoryBytes), limit: formatBytes(PAGE_MEMORY_LIMIT) },
      }),
    };
  }
  const perStep = secondsPerStep(cost, flopsPerSecond);
  const firstFrame = (cost.flopsPerEvaluation + cost.flopsPerFrame) / flopsPerSecond;
  if (perStep > INTERACTIVE.secondsPerStep || firstFrame > INTERACTIVE.firstFrameSeconds) {
    return {
      kind: 'confirm',
      ...reasonOf({
        key: 'heavy.slow',
        values: {
          perStep: formatSeconds(perStep),
          stepFlops: formatFlops(cost.flopsPerStep),
          evaluationFlops: formatFlops(cost.flopsPerEvaluation),
          speed: formatFlops(flopsPerSecond),
          firstFrame: formatSeconds(firstFrame),
          memory: formatBytes(cost.memoryBytes),
        },
      }),
    };
  }
  return { kind: 'ok' };
}

/**
 * The command line's first line: what a run of `steps` steps costs and how long it should take
 * here, e.g. "estimate: 2 networks of 3.8M parameters; 360 MFLOP per step, 8 GFLOP per evaluation
 * (every 10 steps); 280 MB; at 3 GFLOP/s here ≈ 0.39 s per step, ≈ 13 min for 2,000 steps".
 */
export function estimateLine(cost: CostEstimate, flopsPerSecond: number, steps: number): string {
  const perStep = secondsPerStep(cost, flopsPerSecond);
  const first = (cost.flopsPerEvaluation + cost.flopsPerFrame) / flopsPerSecond;
  return (
    `estimate: ${cost.networks} networks of ${formatCount(cost.parameters)} parameters; ` +
    `${formatFlops(cost.flopsPerStep)} per step, ${formatFlops(cost.flopsPerEvaluation)} per evaluation ` +
    `(every ${cost.evalEvery.toLocaleString('en')} steps); ${formatBytes(cost.memoryBytes)}; ` +
    `at ${formatFlops(flopsPerSecond)}/s here ≈ ${formatSeconds(perStep)} per step, ` +
    `≈ ${formatSeconds(first + perStep * steps)} for ${steps.toLocaleString('en')} step${steps === 1 ? '' : 's'}`
  );
}

/** "950", "12k", "3.8M". */
export function formatCount(count: number): string {
  if (count >= 1e6) return `${round(count / 1e6)}M`;
  if (count >= 1e4) return `${round(count / 1e3)}k`;
  return count.toLocaleString('en');
}

/** "1.2 GFLOP", "350 MFLOP", "4.5 TFLOP". */
export function formatFlops(flops: number): string {
  const units: [number, string][] = [
    [1e12, 'TFLOP'],
    [1e9, 'GFLOP'],
    [1e6, 'MFLOP'],
    [1e3, 'kFLOP'],
  ];
  for (const [size, unit] of units) if (flops >= size) return `${round(flops / size)} ${unit}`;
  return `${Math.round(flops)} FLOP`;
}

/** "80 µs", "12 ms", "0.4 s", "40 s", "12 min", "3.1 h". */
export function formatSeconds(seconds: number): string {
  if (seconds < 1e-3) return `${round(seconds * 1e6)} µs`;
  if (seconds < 0.1) return `${round(seconds * 1000)} ms`;
  if (seconds < 120) return `${round(seconds)} s`;
  if (seconds < 7200) return `${round(seconds / 60)} min`;
  return `${round(seconds / 3600)} h`;
}

/** A memory size for reading, in decimal units as the browser's tools show them: "840 kB", "3.2 MB", "2.1 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${round(bytes / 1e9)} GB`;
  if (bytes >= 1e6) return `${round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** Two significant figures at most, no exponent. */
function round(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Number(value.toPrecision(2)));
}
