import { perMember, perTwin, type Member } from '../experiment/members';
import type { Evaluation, Frame, OptimizationSample } from '../protocol/frames';
import type { PlaneDomain } from '../run/boundary';
import { assembleMemberFrames, bnLayerFrame, type MergedBurst } from './frames';

/** What the trainer knows when a frame is due that the bursts do not say. */
export interface FrameContext {
  now: number;
  running: boolean;
  learningRate: number;
  /** The input plane the decision boundary covers (2-D data). */
  domain: PlaneDomain | null;
  /** The boundary grid's side (see boundaryResolution). */
  resolution: number;
}

/**
 * The data between two frames: every step's batch loss and every evaluation since the last frame
 * (so the page misses none, however few frames it gets), each twin's status, and the measured
 * training speed.
 */
export class FrameStream {
  status: MergedBurst['status'] = perTwin(() => ({ diverged: false, divergedAtStep: null }));
  lastFrameAt = 0;
  private stepsAtLastFrame = 0;
  private stepsPerSecond = 0;
  private lossSteps: number[] = [];
  private losses: Partial<Record<Member, number[]>> = {};
  private evaluations: Evaluation[] = [];
  private optimization: OptimizationSample[] = [];

  /** Starts over for a new run, or a Play after a pause (at `step`, now). */
  restart(now: number, step: number, keepSpeed = false): void {
    this.lastFrameAt = now;
    this.stepsAtLastFrame = step;
    if (keepSpeed) return;
    this.stepsPerSecond = 0;
    this.lossSteps = [];
    this.losses = {};
    this.evaluations = [];
    this.optimization = [];
  }

  get allDiverged(): boolean {
    return (Object.values(this.status) as { diverged: boolean }[]).every((s) => s.diverged);
  }

  accept(merged: MergedBurst): void {
    this.status = merged.status;
    const count = merged.losses.batchNorm.length;
    for (let i = 0; i < count; i++) {
      this.lossSteps.push(merged.step - count + 1 + i);
      for (const v of Object.keys(merged.losses) as Member[])
        (this.losses[v] ??= []).push(merged.losses[v]![i]);
    }
    this.evaluations.push(...merged.evaluations);
    this.optimization.push(...merged.optimization);
  }

  /**
   * The frame for a burst: with the taps when it captured them, else a light frame (losses,
   * scores and measures since the last frame). Empties the stream.
   */
  take(merged: MergedBurst, context: FrameContext): Frame {
    const captures = merged.captures;
    const members = Object.keys(merged.status) as Member[];
    const elapsed = context.now - this.lastFrameAt;
    const steps = merged.step - this.stepsAtLastFrame;
    if (elapsed > 0 && steps > 0) {
      const rate = (1000 * steps) / elapsed;
      this.stepsPerSecond =
        this.stepsPerSecond === 0 ? rate : 0.7 * this.stepsPerSecond + 0.3 * rate;
    }
    if (!context.running) this.stepsPerSecond = 0;
    this.lastFrameAt = context.now;
    this.stepsAtLastFrame = merged.step;
    const frame: Frame = {
      step: merged.step,
      learningRate: context.learningRate,
      running: context.running,
      stepsPerSecond: this.stepsPerSecond,
      lossSteps: Float64Array.from(this.lossSteps),
      losses: perMember(members, (v) => Float64Array.from(this.losses[v] ?? [])),
      networks: captures
        ? assembleMemberFrames(captures)
        : perMember(members, (v) => ({ ...merged.status[v]!, layers: [] })),
      evaluations: this.evaluations,
      optimization: this.optimization,
    };
    if (!captures) frame.light = true;
    const bn = captures?.batchNorm.bn;
    if (bn) frame.bn = bnLayerFrame(bn);
    if (merged.boundary && context.domain) {
      frame.boundary = {
        resolution: context.resolution,
        ...context.domain,
        values: merged.boundary,
      };
    }
    this.lossSteps = [];
    this.losses = {};
    this.evaluations = [];
    this.optimization = [];
    return frame;
  }
}

/** The typed-array buffers of a frame, handed over instead of copied. */
export function frameTransferables(frame: Frame): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [frame.lossSteps.buffer as ArrayBuffer];
  for (const variant of Object.keys(frame.networks) as Member[]) {
    const losses = frame.losses[variant];
    if (losses) buffers.push(losses.buffer as ArrayBuffer);
    for (const layer of frame.networks[variant]?.layers ?? []) {
      buffers.push(
        layer.preActivation.counts.buffer as ArrayBuffer,
        layer.postActivation.counts.buffer as ArrayBuffer,
      );
    }
    const grid = frame.boundary?.values[variant];
    if (grid) buffers.push(grid.buffer as ArrayBuffer);
  }
  return buffers;
}
