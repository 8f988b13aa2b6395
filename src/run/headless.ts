import type { DataAssets } from '../data/build';
import type { Experiment } from '../experiment/schema';
import type { PerMember } from '../experiment/members';
import { finalState, type FinalState } from './finalState';
import { ExperimentRun, type EvaluationRecord, type Follow, type StepRecord } from './runner';

/** A run without a page: the command line, sweeps, evidence and tests train through this. */

export interface RunReport {
  experiment: Experiment;
  /** Steps asked for (all of them ran when `complete`). */
  stepCount: number;
  /** Every step's record (empty when the run was asked not to keep them). */
  steps: StepRecord[];
  evaluations: EvaluationRecord[];
  /** Step at which each twin diverged, or null. */
  divergedAtStep: PerMember<number | null>;
  /** Each twin's final parameters, statistics and outputs (kept runs only; null once diverged). */
  final?: PerMember<FinalState | null>;
  /** Whether every step ran (false: stopped early, by a signal on the command line). */
  complete?: boolean;
  /** The last step run, when the run stopped early. */
  stoppedAtStep?: number;
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
  /** Figure 1's unit, measured at every evaluation (default: the last layer's unit 0). */
  follow?: Follow;
  /** Take Santurkar et al.'s measures every this many steps (default 0: never). */
  optimizationEvery?: number;
  onStep?: (record: StepRecord) => void;
  /** Sees every evaluation as it is made (step 0's first). */
  onEvaluation?: (evaluation: EvaluationRecord) => void;
  /** Put each network's final state in the report (default: `keep`). */
  final?: boolean;
}

/**
 * A headless run taken a stretch of steps at a time, so a caller can yield between stretches (the
 * command line does, to hear signals) and stop early with a report of the steps so far.
 */
export class HeadlessRun {
  private readonly run: ExperimentRun;
  private readonly total: number;
  private readonly layersEvery: number;
  private readonly keep: boolean;
  private readonly follow: Follow;
  private readonly steps: StepRecord[] = [];
  private readonly evaluations: EvaluationRecord[];
  private done = 0;

  constructor(
    private readonly experiment: Experiment,
    private readonly options: HeadlessOptions = {},
    assets: DataAssets = {},
  ) {
    this.run = new ExperimentRun(experiment, assets);
    this.run.optimizationEvery = options.optimizationEvery ?? 0;
    this.total = options.steps ?? experiment.training.steps;
    this.layersEvery = options.layersEvery ?? 1;
    this.keep = options.keep ?? true;
    this.follow = options.follow ?? { layer: -1, unit: 0 };
    this.evaluations = [this.run.evaluate(this.follow)];
    options.onEvaluation?.(this.evaluations[0]);
  }

  /** Steps run so far. */
  get stepsDone(): number {
    return this.done;
  }

  /** Runs steps while `more()` says so (asked before each) up to the last; true once all ran. */
  advance(more: () => boolean = () => true): boolean {
    const { run, options, keep, follow } = this;
    const { evalEvery } = this.experiment.training;
    while (this.done < this.total && more()) {
      const s = ++this.done;
      const loss = run.step();
      const record: StepRecord = { step: s, learningRate: run.learningRate, loss };
      if (this.layersEvery > 0 && s % this.layersEvery === 0) record.layers = run.layerSummaries();
      if (run.lastOptimization) record.optimization = run.lastOptimization;
      if (keep) this.steps.push(record);
      options.onStep?.(record);
      if (s % evalEvery === 0 || s === this.total) {
        const evaluation = run.evaluate(follow);
        options.onEvaluation?.(evaluation);
        if (keep) this.evaluations.push(evaluation);
        else this.evaluations[0] = evaluation;
      }
    }
    return this.done >= this.total;
  }

  /** The report of the steps run: complete when every step ran. */
  report(): RunReport {
    const { run } = this;
    const report: RunReport = {
      experiment: this.experiment,
      stepCount: this.total,
      steps: this.steps,
      evaluations: this.evaluations,
      divergedAtStep: run.each((v) => run.cohort.status[v].divergedAtStep),
    };
    if (this.options.final ?? this.keep) report.final = run.each((v) => finalState(run, v));
    report.complete = this.done >= this.total;
    if (!report.complete) report.stoppedAtStep = this.done;
    return report;
  }
}

/** Runs an experiment to the end and records per-step losses, layer summaries and evaluations. */
export function runHeadless(
  experiment: Experiment,
  options: HeadlessOptions = {},
  assets: DataAssets = {},
): RunReport {
  const run = new HeadlessRun(experiment, options, assets);
  run.advance();
  return run.report();
}
