import { TAPS } from '../experiment/taps';
import { perMember, type Member, type PerMember } from '../experiment/members';
import type {
  BnLayerFrame,
  Evaluation,
  LayerFrame,
  OptimizationSample,
  TapFrame,
  MemberFrame,
} from '../protocol/frames';
import type { BurstResult, TapCapture, MemberCapture } from '../protocol/helper';
import type { BnStatistics } from '../run/measurements';
import { binValues } from '../run/tapSummaries';

/** Bins of every histogram in a frame (sent to the page in RunInfo.histogramBins). */
export const HISTOGRAM_BINS = 48;

/** The results of one burst from every half (one worker's, or the local and the helper's), merged. */
export interface MergedBurst {
  step: number;
  losses: PerMember<Float64Array>;
  evaluations: Evaluation[];
  optimization: OptimizationSample[];
  status: PerMember<{ diverged: boolean; divergedAtStep: number | null }>;
  captures?: PerMember<MemberCapture>;
  /** The longest time a half took for its captures. */
  captureMs: number;
  boundary?: PerMember<Float32Array | null>;
}

/**
 * Merges the halves' results of the same burst: each twin's values come from the half that trains
 * it. Throws if the halves are not at the same step.
 */
export function mergeBursts(results: readonly BurstResult[]): MergedBurst {
  const step = results[0].step;
  for (const r of results) {
    if (r.step !== step) {
      throw new Error(
        `the twins' workers fell out of step (${results.map((x) => x.step).join(' and ')}); press Reset`,
      );
    }
  }
  const members = mergedMembers(results);
  const pick = <T>(part: (r: BurstResult) => Partial<Record<Member, T>> | undefined) => {
    const parts = results.map(part).filter((p) => p !== undefined);
    return parts.length === 0 ? undefined : (Object.assign({}, ...parts) as PerMember<T>);
  };
  const merged: MergedBurst = {
    step,
    captureMs: Math.max(0, ...results.map((r) => r.captureMs ?? 0)),
    losses: pick((r) => r.losses)!,
    status: pick((r) => r.status)!,
    evaluations: results[0].evaluations.map((evaluation, i) => {
      const parts = results.map((r) => r.evaluations[i]);
      const either = <T>(read: (e: Evaluation) => PerMember<T | null> | undefined) =>
        perMember(
          members,
          (v) => parts.map((e) => (e ? read(e)?.[v] : null)).find((x) => x) ?? null,
        );
      const merged: Evaluation = {
        step: evaluation.step,
        train: either((e) => e.train),
        test: either((e) => e.test),
      };
      if (evaluation.followed) {
        merged.followed = {
          ...evaluation.followed,
          percentiles: either((e) => e.followed?.percentiles),
        };
      }
      return merged;
    }),
    optimization: [],
  };
  merged.optimization = mergeOptimization(results, members);
  const captures = pick((r) => r.captures);
  if (captures) merged.captures = captures;
  const boundary = pick((r) => r.boundary);
  if (boundary) merged.boundary = boundary;
  return merged;
}

/** The networks the halves train, the twins first (each half's `status` names its own). */
function mergedMembers(results: readonly BurstResult[]): Member[] {
  const all = results.flatMap((r) => Object.keys(r.status) as Member[]);
  const order = (m: Member) => (m === 'plain' ? 0 : m === 'batchNorm' ? 1 : 2);
  return [...new Set(all)].sort((a, b) => order(a) - order(b));
}

/** The halves' optimization measures of the burst, one sample per measured step, in order. */
function mergeOptimization(
  results: readonly BurstResult[],
  members: readonly Member[],
): OptimizationSample[] {
  const byStep = new Map<number, OptimizationSample>();
  for (const result of results) {
    for (const { step, measures } of result.optimization ?? []) {
      let sample = byStep.get(step);
      if (!sample) {
        sample = { step, measures: perMember(members, () => null) };
        byStep.set(step, sample);
      }
      Object.assign(sample.measures, measures);
    }
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/**
 * Per-twin layer frames from both twins' captures. Each tap is binned over its own twin's
 * [minimum, maximum]: the page draws every bin at its values on the layer's one axis, so a twin
 * whose values span a thousandth of the other's still gets its shape, not one coarse bin that a
 * symlog axis would stretch into a block.
 */
export function assembleMemberFrames(capturesOf: PerMember<MemberCapture>): PerMember<MemberFrame> {
  const members = Object.keys(capturesOf) as Member[];
  // Every member listed has its capture.
  const captures = capturesOf as Record<Member, MemberCapture>;
  const result = perMember(members, (v): MemberFrame => {
    const c = captures[v];
    return { diverged: c.diverged, divergedAtStep: c.divergedAtStep, layers: [] };
  }) as Record<Member, MemberFrame>;
  const live = members.filter((v) => captures[v].layers.length > 0);
  const layerCount = live.length > 0 ? captures[live[0]].layers.length : 0;
  for (let layer = 0; layer < layerCount; layer++) {
    const frames = perMember(members, (): Partial<LayerFrame> => ({})) as Record<
      Member,
      Partial<LayerFrame>
    >;
    for (const tap of TAPS)
      for (const v of live) {
        const capture = captures[v].layers[layer][tap];
        if (capture) frames[v][tap] = tapFrame(capture, rangeOf(capture));
      }
    for (const variant of live) {
      const { gamma, beta } = captures[variant].layers[layer];
      const layerFrame = frames[variant] as LayerFrame;
      if (gamma && beta) Object.assign(layerFrame, { gamma, beta });
      result[variant].layers.push(layerFrame);
    }
  }
  return result;
}

/** A capture's [minimum, maximum], or a unit-wide range around a constant (or missing) value. */
function rangeOf(s: TapCapture): [number, number] {
  const low = Number.isFinite(s.min) ? s.min : Infinity;
  const high = Number.isFinite(s.max) ? s.max : -Infinity;
  if (!(low < high)) {
    const center = Number.isFinite(low) ? low : 0;
    return [center - 0.5, center + 0.5];
  }
  return [low, high];
}

function tapFrame(capture: TapCapture, [low, high]: [number, number]): TapFrame {
  const h = binValues(capture.sorted, HISTOGRAM_BINS, low, high);
  return {
    counts: Float32Array.from(h.counts),
    low,
    high,
    below: h.below,
    above: h.above,
    percentiles: capture.percentiles,
    mean: capture.mean,
    std: capture.std,
    fractionSaturated: capture.fractionSaturated,
    drift: capture.drift,
    driftFromStart: capture.driftFromStart,
    relativeDrift: capture.relativeDrift,
    vanished: capture.vanished,
  };
}

/** The BN statistics as the page draws them (single precision is plenty for a chart). */
export function bnLayerFrame(bn: BnStatistics): BnLayerFrame {
  return {
    layer: bn.layer,
    runningMean: Float32Array.from(bn.runningMean),
    runningVariance: Float32Array.from(bn.runningVariance),
    batchMean: Float32Array.from(bn.batchMean),
    batchVariance: Float32Array.from(bn.batchVariance),
    gamma: Float32Array.from(bn.gamma),
    beta: Float32Array.from(bn.beta),
  };
}
