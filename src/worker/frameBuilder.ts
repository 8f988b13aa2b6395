import { histogram } from '../engine/metrics';
import type { BatchNormLayer } from '../engine/batchNorm';
import { VARIANTS } from '../engine/twin';
import type { LayerSummary, TapSummary } from '../experiment/probe';
import { TAPS } from '../experiment/probe';
import type { ExperimentRun } from '../experiment/runner';
import type { LayerFrame, TapFrame, VariantFrame } from '../protocol/messages';

/** Bins of every histogram sent to the page. */
export const HISTOGRAM_BINS = 48;

type Variant = (typeof VARIANTS)[number];

/**
 * Per-twin layer frames for the run's current taps. Each tap's histogram range is shared by both
 * twins ([smallest minimum, largest maximum]), so the page can draw them on one axis.
 */
export function buildVariantFrames(run: ExperimentRun): Record<Variant, VariantFrame> {
  const summaries = run.layerSummaries();
  const result = {} as Record<Variant, VariantFrame>;
  for (const variant of VARIANTS) {
    const status = run.twins.status[variant];
    result[variant] = {
      diverged: status.diverged,
      divergedAtStep: status.divergedAtStep,
      layers: [],
    };
  }
  const layerCount = run.twins.networks.plain.blocks.length;
  for (let layer = 0; layer < layerCount; layer++) {
    const frames: Partial<Record<Variant, Partial<LayerFrame>>> = {};
    for (const tap of TAPS) {
      const live = VARIANTS.filter((v) => summaries[v] !== null);
      const range = sharedRange(live.map((v) => summaries[v]![layer][tap]));
      for (const variant of live) {
        const summary = summaries[variant]![layer][tap];
        const values = run.probes[variant].sortedValues(layer, tap);
        (frames[variant] ??= {})[tap] = tapFrame(summary, values, range);
      }
    }
    for (const variant of VARIANTS) {
      const frame = frames[variant];
      if (!frame?.preActivation || !frame.postActivation) continue;
      const bn = run.twins.networks[variant].blocks[layer].batchNorm;
      const layerFrame: LayerFrame = {
        preActivation: frame.preActivation,
        postActivation: frame.postActivation,
      };
      if (bn) Object.assign(layerFrame, gammaBeta(bn));
      result[variant].layers.push(layerFrame);
    }
  }
  return result;
}

function sharedRange(summaries: TapSummary[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const s of summaries) {
    if (Number.isFinite(s.min)) low = Math.min(low, s.min);
    if (Number.isFinite(s.max)) high = Math.max(high, s.max);
  }
  if (!(low < high)) {
    const center = Number.isFinite(low) ? low : 0;
    return [center - 0.5, center + 0.5];
  }
  return [low, high];
}

function tapFrame(
  summary: TapSummary,
  sorted: Float64Array,
  [low, high]: [number, number],
): TapFrame {
  const h = histogram(sorted, HISTOGRAM_BINS, low, high);
  return {
    counts: Float32Array.from(h.counts),
    low,
    high,
    below: h.below,
    above: h.above,
    percentiles: summary.percentiles,
    mean: summary.mean,
    std: summary.std,
    fractionSaturated: summary.fractionSaturated,
    drift: summary.drift,
    driftFromStart: summary.driftFromStart,
  };
}

function stats(values: Float64Array): { mean: number; min: number; max: number } {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}

function gammaBeta(bn: BatchNormLayer): Pick<LayerFrame, 'gamma' | 'beta'> {
  return { gamma: stats(bn.gamma.values), beta: stats(bn.beta.values) };
}

/** Re-exported for tests: the summaries a frame was built from. */
export type { LayerSummary };
