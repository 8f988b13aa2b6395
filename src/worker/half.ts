import type { Experiment } from '../experiment/schema';
import type { Member } from '../experiment/members';
import type { Evaluation } from '../protocol/frames';
import type { BurstPlan, BurstResult, MemberCapture } from '../protocol/helper';
import type { FollowedUnit } from '../protocol/training';
import type { DataAssets } from '../run/assets';
import { boundaryResolution } from '../experiment/cost';
import { boundaryDomain, predictGrid } from '../run/boundary';
import { ExperimentRun } from '../run/runner';
import { captureMember } from './capture';

/**
 * The networks of the cohort one worker trains: all of them (one worker) or half (the page's
 * two-core mode, where a helper worker trains helperMembers: the BN twin, and the fourth network
 * of four). Runs bursts of steps and captures what frames need. Both halves build the same run
 * from the same description, so each network's numbers do not depend on which worker trained it.
 */
export class CohortHalf {
  readonly run: ExperimentRun;
  private readonly boundaryScratch: Float64Array;
  /** The decision boundary's grid side: coarser on a costly net. */
  readonly resolution: number;

  constructor(
    experiment: Experiment,
    assets: DataAssets,
    readonly members: readonly Member[],
    private readonly now: () => number = () => 0,
  ) {
    this.run = new ExperimentRun(experiment, assets, members);
    this.resolution = boundaryResolution(this.run.macsPerRow);
    this.boundaryScratch = new Float64Array(this.run.cohort.networks.plain.capacity * 2);
  }

  /** Step 0: the evaluation, then a capture of the taps (and the boundary). */
  start(follow: FollowedUnit): BurstResult {
    const evaluation = this.evaluate(follow);
    const result = this.runBurst({
      steps: 0,
      learningRate: this.run.learningRate,
      capture: true,
      boundary: true,
      follow,
      optimizationEvery: 0,
    });
    result.evaluations = [evaluation];
    return result;
  }

  get step(): number {
    return this.run.stepCount;
  }

  get allDiverged(): boolean {
    return this.members.every((v) => this.run.cohort.status[v].diverged);
  }

  /** Whether this run's data is drawn as a 2-D decision boundary. */
  get hasBoundary(): boolean {
    const { dataset } = this.run;
    return dataset.inputSize === 2 && dataset.task === 'binary';
  }

  /** The evaluation at the current step, this half's twins filled in. */
  evaluate(follow: FollowedUnit): Evaluation {
    return this.run.evaluate(follow);
  }

  /**
   * Trains `plan.steps` steps (fewer when its time budget runs out), then captures if asked.
   * Evaluations fall on multiples of the description's `evalEvery`.
   */
  runBurst(plan: BurstPlan): BurstResult {
    const { run } = this;
    const { evalEvery } = run.experiment.training;
    const until = plan.budgetMs === undefined ? Infinity : this.now() + plan.budgetMs;
    run.learningRate = plan.learningRate;
    run.optimizationEvery = plan.optimizationEvery;
    const optimization: BurstResult['optimization'] = [];
    const losses: number[][] = this.members.map(() => []);
    const evaluations: Evaluation[] = [];
    let taken = 0;
    while (taken < plan.steps) {
      const stepLosses = run.step();
      for (let v = 0; v < this.members.length; v++)
        losses[v].push(stepLosses[this.members[v]] ?? Number.NaN);
      taken++;
      const measures = run.lastOptimization;
      if (measures) {
        optimization.push({
          step: run.stepCount,
          measures: Object.fromEntries(this.members.map((v) => [v, measures[v]])),
        });
      }
      const last =
        taken >= plan.steps || (until !== Infinity && (this.now() >= until || this.allDiverged));
      if (run.stepCount % evalEvery === 0) evaluations.push(this.evaluate(plan.follow));
      if (last) break;
    }
    const { status } = run.cohort;
    const result: BurstResult = {
      step: run.stepCount,
      status: Object.fromEntries(
        this.members.map((v) => [
          v,
          { diverged: status[v].diverged, divergedAtStep: status[v].divergedAtStep },
        ]),
      ),
      losses: Object.fromEntries(this.members.map((v, i) => [v, Float64Array.from(losses[i])])),
      evaluations,
      optimization,
    };
    if (plan.capture) {
      const started = this.now();
      result.captures = this.capture(plan.follow);
      result.captureMs = this.now() - started;
    }
    if (plan.boundary) result.boundary = this.boundary();
    return result;
  }

  capture(follow: FollowedUnit): Partial<Record<Member, MemberCapture>> {
    return Object.fromEntries(
      this.members.map((v) => {
        const capture = captureMember(this.run, v, follow);
        this.run.pulse();
        return [v, capture];
      }),
    );
  }

  /** Each twin's decision function on the grid over the training points (2-D data only). */
  boundary(): Partial<Record<Member, Float32Array | null>> | undefined {
    const { run } = this;
    if (!this.hasBoundary) return undefined;
    const domain = boundaryDomain(run.dataset.train);
    return Object.fromEntries(
      this.members.map((v) => {
        const grid = run.cohort.status[v].diverged
          ? null
          : predictGrid(run.cohort.networks[v], domain, this.resolution, this.boundaryScratch);
        run.pulse();
        return [v, grid];
      }),
    );
  }
}

/** The typed-array buffers of a burst result, to transfer instead of copy. */
export function burstTransferables(result: BurstResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const losses of Object.values(result.losses)) buffers.push(losses.buffer as ArrayBuffer);
  for (const capture of Object.values(result.captures ?? {})) {
    for (const layer of capture.layers) {
      buffers.push(
        layer.preActivation.sorted.buffer as ArrayBuffer,
        layer.postActivation.sorted.buffer as ArrayBuffer,
      );
    }
  }
  for (const grid of Object.values(result.boundary ?? {}))
    if (grid) buffers.push(grid.buffer as ArrayBuffer);
  return buffers;
}
