import { BatchSampler } from '../data/batches';
import type { DataAssets } from '../data/build';
import type { Dataset } from '../data/dataset';
import type { Experiment } from '../experiment/schema';
import { perVariant, VARIANTS, type PerVariant, type Variant } from '../experiment/variants';
import { buildTwins, type Twins } from './cohort';
import { evaluateSplit, type Scores } from './evaluate';
import { TapSummarizer, type LayerSummary } from './tapSummaries';

/** Train scores use at most this many training rows (all of them for the small sets). */
export const EVALUATION_ROWS = 2000;

function firstRows(split: Dataset['train'], rows: number): Dataset['train'] {
  if (split.count <= rows) return split;
  const inputSize = split.x.length / split.count;
  const targetSize = split.y.length / split.count;
  return {
    x: split.x.subarray(0, rows * inputSize),
    y: split.y.subarray(0, rows * targetSize),
    count: rows,
  };
}

export interface StepRecord {
  step: number;
  learningRate: number;
  /** Mean loss of the training batch. */
  loss: PerVariant<number | null>;
  /** Every hidden layer's tap summaries on this batch (only on recorded steps). */
  layers?: PerVariant<LayerSummary[] | null>;
}

export interface EvaluationRecord {
  step: number;
  train: PerVariant<Scores | null>;
  test: PerVariant<Scores | null>;
}

/**
 * A live run of an experiment: the dataset, the twins, one batch stream feeding both. Used by the
 * worker, the command line and the tests alike, so each gives the same numbers.
 */
export class ExperimentRun {
  readonly dataset: Dataset;
  readonly twins: Twins;
  readonly sampler: BatchSampler;
  readonly summarizers: Record<Variant, TapSummarizer>;
  /** The rows train scores are measured on: the first EVALUATION_ROWS of the training split. */
  readonly trainSample: Dataset['train'];
  /** η for the next step; may be changed between any two steps. */
  learningRate: number;

  /**
   * @param variants the twins this run trains and measures (both by default). Both are always
   * built from the same random draws, so a run of one twin matches that twin in a run of both bit
   * for bit; this is how the page trains the two twins on two cores.
   */
  constructor(
    readonly experiment: Experiment,
    assets: DataAssets = {},
    readonly variants: readonly Variant[] = VARIANTS,
  ) {
    const { dataset, twins } = buildTwins(experiment, assets);
    this.dataset = dataset;
    this.twins = twins;
    for (const variant of VARIANTS) twins.active[variant] = variants.includes(variant);
    const { batchSize, shuffle } = experiment.training;
    this.sampler = new BatchSampler(dataset.train, batchSize, shuffle, experiment.seed);
    this.summarizers = perVariant((v) => new TapSummarizer(twins.networks[v]));
    this.learningRate = experiment.optimizer.learningRate;
    this.trainSample = firstRows(dataset.train, EVALUATION_ROWS);
  }

  get stepCount(): number {
    return this.twins.step;
  }

  /** Trains both twins on the next batch; returns each twin's batch loss (null once diverged). */
  step(): PerVariant<number | null> {
    this.sampler.next();
    this.twins.trainStep(this.sampler.x, this.sampler.y, this.sampler.batchSize, this.learningRate);
    return this.losses();
  }

  /** Each twin's last batch loss; null once diverged or when this run does not train it. */
  losses(): PerVariant<number | null> {
    const { status, active } = this.twins;
    return perVariant((v) => (status[v].diverged || !active[v] ? null : status[v].lastLoss));
  }

  /** Tap summaries of the last training batch; take them before `evaluate`, which overwrites the taps. */
  layerSummaries(): PerVariant<LayerSummary[] | null> {
    return perVariant((v) =>
      this.variants.includes(v) && !this.twins.status[v].diverged
        ? this.summarizers[v].snapshot()
        : null,
    );
  }

  /** Train and test scores, the Batch Norm twin in inference mode (running statistics); overwrites the taps. */
  evaluate(): EvaluationRecord {
    const record: EvaluationRecord = {
      step: this.stepCount,
      train: perVariant(() => null),
      test: perVariant(() => null),
    };
    for (const variant of this.variants) {
      if (this.twins.status[variant].diverged) continue;
      const network = this.twins.networks[variant];
      record.train[variant] = evaluateSplit(network, this.trainSample);
      record.test[variant] = evaluateSplit(network, this.dataset.test);
    }
    return record;
  }
}

export interface RunReport {
  experiment: Experiment;
  /** Steps run. */
  stepCount: number;
  /** Every step's record (empty when the run was asked not to keep them). */
  steps: StepRecord[];
  evaluations: EvaluationRecord[];
  /** Step at which each twin diverged, or null. */
  divergedAtStep: Record<Variant, number | null>;
}

export interface HeadlessOptions {
  /** Steps to run (default: the experiment's). */
  steps?: number;
  /** Record layer summaries every this many steps (default 1; 0 = never). */
  layersEvery?: number;
  /**
   * Keep every step's record and every evaluation in the report (default true). Without them
   * memory stays flat however long the run: the report then holds only the last evaluation,
   * and `onStep` sees each record as it happens.
   */
  keep?: boolean;
  onStep?: (record: StepRecord) => void;
}

/** Runs an experiment to the end and records per-step losses, layer summaries and evaluations. */
export function runHeadless(
  experiment: Experiment,
  options: HeadlessOptions = {},
  assets: DataAssets = {},
): RunReport {
  const run = new ExperimentRun(experiment, assets);
  const total = options.steps ?? experiment.training.steps;
  const layersEvery = options.layersEvery ?? 1;
  const { evalEvery } = experiment.training;
  const keep = options.keep ?? true;
  const steps: StepRecord[] = [];
  const evaluations: EvaluationRecord[] = [run.evaluate()];
  for (let s = 1; s <= total; s++) {
    const loss = run.step();
    const record: StepRecord = { step: s, learningRate: run.learningRate, loss };
    if (layersEvery > 0 && s % layersEvery === 0) record.layers = run.layerSummaries();
    if (keep) steps.push(record);
    options.onStep?.(record);
    if (s % evalEvery === 0 || s === total) {
      const evaluation = run.evaluate();
      if (keep) evaluations.push(evaluation);
      else evaluations[0] = evaluation;
    }
  }
  return {
    experiment,
    stepCount: total,
    steps,
    evaluations,
    divergedAtStep: perVariant((v) => run.twins.status[v].divergedAtStep),
  };
}
