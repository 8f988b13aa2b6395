import { BatchSampler } from '../data/batches';
import type { DataAssets } from '../data/build';
import { firstRows, type Dataset } from '../data/dataset';
import { specWidths, type Network } from '../engine/network';
import {
  EVALUATION_ROWS,
  EVALUATION_TEST_ROWS,
  evaluationRows,
  macsPerRow,
} from '../experiment/cost';
import type { Experiment } from '../experiment/schema';
import { cohortMembers, perMember, type Member, type PerMember } from '../experiment/members';
import { buildCohort, type Cohort } from './cohort';
import { evaluateSplit, type Scores } from './evaluate';
import { unitCollector } from './measurements';
import { TapMeter, type LayerSummary } from './tapSummaries';
import { OptimizationMeter, type OptimizationMeasure } from './optimization';

export interface StepRecord {
  step: number;
  learningRate: number;
  /** Mean loss of the training batch. */
  loss: PerMember<number | null>;
  /** Every hidden layer's tap summaries, measured on the fixed rows (only on recorded steps). */
  layers?: PerMember<LayerSummary[] | null>;
  /** Santurkar et al.'s measures of this step (only on measured steps; see optimizationEvery). */
  optimization?: PerMember<OptimizationMeasure | null>;
}

export interface EvaluationRecord {
  step: number;
  train: PerMember<Scores | null>;
  test: PerMember<Scores | null>;
  /** The followed unit's 15/50/85th input percentiles over the test rows (Figure 1 b, c). */
  followed?: FollowedPercentiles;
}

/** Which hidden layer (−1: the last) and unit to follow, as the page and the command line ask. */
export interface Follow {
  layer: number;
  unit: number;
}

export interface FollowedPercentiles {
  /** The layer actually followed (the last one for −1) and the unit (clamped to the layer). */
  layer: number;
  unit: number;
  percentiles: PerMember<number[] | null>;
}

/**
 * A live run of an experiment: the dataset, the twins, one batch stream feeding both. Used by the
 * worker, the command line and the tests alike, so each gives the same numbers.
 */
export class ExperimentRun {
  readonly dataset: Dataset;
  readonly cohort: Cohort;
  readonly sampler: BatchSampler;
  /** Each twin's taps, measured on the same rows every time (step 0 at construction). */
  readonly meters: Record<Member, TapMeter>;
  /**
   * The rows train scores are measured on: the first EVALUATION_ROWS of the training split, or
   * fewer on a costly net, so that evaluating stays a small share of training (see
   * evaluationRows).
   */
  readonly trainSample: Dataset['train'];
  /** The rows test scores are measured on: the first EVALUATION_TEST_ROWS, or fewer (as above). */
  readonly testSample: Dataset['test'];
  /** Forward multiply-adds per row of one network (what the run's bounded samples follow). */
  readonly macsPerRow: number;
  /** η for the next step; may be changed between any two steps. */
  learningRate: number;
  /** The networks of the description's cohort: the twins, then any extra members. */
  readonly members: readonly Member[];
  /**
   * Santurkar et al.'s measures of a step (see OptimizationMeter) are taken on every step whose
   * number is a multiple of this; 0: never. They do not change training.
   */
  optimizationEvery = 0;
  /** The measures of the last step, when it was one measured (null otherwise). */
  lastOptimization: PerMember<OptimizationMeasure | null> | null = null;
  private optimizationMeters: Record<Member, OptimizationMeter> | null = null;
  /**
   * Called after every training step and every chunk of an evaluation, so a worker busy with a
   * long piece of work can say it is alive (see Trainer). Changes nothing.
   */
  pulse: () => void = () => {};

  /**
   * @param trained the networks this run trains and measures (every member of the cohort by
   * default). All are always built from the same random draws, so a run of one matches that one in
   * a run of all bit for bit; this is how the page trains the two twins on two cores.
   */
  constructor(
    readonly experiment: Experiment,
    assets: DataAssets = {},
    readonly trained: readonly Member[] = cohortMembers(experiment),
  ) {
    const { dataset, cohort } = buildCohort(experiment, assets);
    this.dataset = dataset;
    this.cohort = cohort;
    this.members = cohortMembers(experiment);
    for (const member of this.members) cohort.active[member] = trained.includes(member);
    const { batchSize, shuffle } = experiment.training;
    this.sampler = new BatchSampler(dataset.train, batchSize, shuffle, experiment.seed);
    this.meters = this.each(
      (m) => new TapMeter(cohort.networks[m], dataset.train, tapPlacement(experiment, cohort, m)),
    );
    this.learningRate = experiment.optimizer.learningRate;
    const macs = macsPerRow(specWidths(cohort.networks.plain.spec));
    this.macsPerRow = macs;
    const trainedBetween = batchSize * experiment.training.evalEvery;
    this.trainSample = firstRows(
      dataset.train,
      evaluationRows(macs, dataset.train.count, EVALUATION_ROWS, trainedBetween, 'train'),
    );
    this.testSample = firstRows(
      dataset.test,
      evaluationRows(macs, dataset.test.count, EVALUATION_TEST_ROWS, trainedBetween, 'test'),
    );
  }

  /**
   * A record with `make(member)` for every network of the cohort, the twins first. Typed with
   * every member's key for indexing by `members`; only this run's members are present.
   */
  each<T>(make: (member: Member) => T): Record<Member, T> {
    return perMember(this.members, make) as Record<Member, T>;
  }

  get stepCount(): number {
    return this.cohort.step;
  }

  /** Trains both twins on the next batch; returns each twin's batch loss (null once diverged). */
  step(): PerMember<number | null> {
    this.sampler.next();
    const { x, y, batchSize } = this.sampler;
    const next = this.cohort.step + 1;
    const measured =
      this.optimizationEvery > 0 && next % this.optimizationEvery === 0
        ? this.measuredMembers()
        : [];
    const meters = measured.length > 0 ? this.optimizationMetersOf() : null;
    for (const v of measured) meters![v].before();
    this.cohort.trainStep(x, y, batchSize, this.learningRate);
    this.pulse();
    this.lastOptimization = meters
      ? this.each((v) =>
          measured.includes(v) && !this.cohort.status[v].diverged
            ? meters[v].measure(next, x, y, batchSize, this.learningRate)
            : null,
        )
      : null;
    return this.losses();
  }

  private measuredMembers(): Member[] {
    return this.trained.filter((v) => !this.cohort.status[v].diverged);
  }

  private optimizationMetersOf(): Record<Member, OptimizationMeter> {
    this.optimizationMeters ??= this.each(
      (v) => new OptimizationMeter(this.cohort.networks[v], this.experiment.training.batchSize),
    );
    return this.optimizationMeters;
  }

  /** Each twin's last batch loss; null once diverged or when this run does not train it. */
  losses(): PerMember<number | null> {
    const { status, active } = this.cohort;
    return this.each((v) => (status[v].diverged || !active[v] ? null : status[v].lastLoss));
  }

  /** Every hidden layer's tap summaries of each twin trained here, measured now (see TapMeter). */
  layerSummaries(): PerMember<LayerSummary[] | null> {
    return this.each((v) =>
      this.trained.includes(v) && !this.cohort.status[v].diverged ? this.meters[v].measure() : null,
    );
  }

  /**
   * Train and test scores, the Batch Norm twin in inference mode (running statistics), and, when
   * asked, the followed unit's input percentiles over the test rows (the training sample when
   * there is no test split). Overwrites the training networks' taps.
   */
  evaluate(follow?: Follow): EvaluationRecord {
    const record: EvaluationRecord = {
      step: this.stepCount,
      train: this.each(() => null),
      test: this.each(() => null),
    };
    const hidden = this.experiment.model.hidden;
    const layer =
      follow && (follow.layer < 0 || follow.layer >= hidden.length)
        ? hidden.length - 1
        : (follow?.layer ?? 0);
    const unit = follow ? Math.min(Math.max(0, follow.unit), hidden[layer].units - 1) : 0;
    const percentiles = this.each<number[] | null>(() => null);
    const test = this.testSample.count > 0 ? this.testSample : null;
    for (const variant of this.trained) {
      if (this.cohort.status[variant].diverged) continue;
      const network = this.cohort.networks[variant];
      const collector = follow
        ? unitCollector(layer, unit, (test ?? this.trainSample).count)
        : null;
      const pulse = this.pulse;
      const observe = (n: Network, start: number, rows: number) => {
        collector?.observe(n, start, rows);
        pulse();
      };
      record.train[variant] = evaluateSplit(network, this.trainSample, test ? pulse : observe);
      record.test[variant] = test ? evaluateSplit(network, test, observe) : null;
      if (collector) {
        const values = collector.percentiles();
        percentiles[variant] = values.every(Number.isFinite) ? values : null;
      }
    }
    if (follow) record.followed = { layer, unit, percentiles };
    return record;
  }
}

/**
 * Where a member's taps read "what BN receives": its own placement, and for the plain twin the BN
 * twin's (the same place in the network, so the two can be compared).
 */
function tapPlacement(experiment: Experiment, cohort: Cohort, member: Member) {
  return member === 'plain'
    ? experiment.batchNorm.placement
    : cohort.networks[member].spec.placement;
}
