import type { BatchNormLayer } from '../engine/batchNorm';
import { histogram } from '../engine/metrics';
import { VARIANTS, type Variant } from '../engine/twin';
import { TAPS } from '../experiment/probe';
import type { ExperimentRun } from '../experiment/runner';
import type {
  LayerFrame,
  ProbeTarget,
  TapCapture,
  TapFrame,
  VariantCapture,
  VariantFrame,
} from '../protocol/messages';
import { bnLayerFrame, unitPercentiles } from './probes';

/** Bins of every histogram sent to the page. */
export const HISTOGRAM_BINS = 48;

/** The hidden layer a probe follows: layer −1 (or one out of range) means the last. */
export function probeLayer(run: ExperimentRun, probe: ProbeTarget): number {
  const layers = run.twins.networks.plain.blocks.length;
  return probe.layer < 0 || probe.layer >= layers ? layers - 1 : probe.layer;
}

/**
 * One twin's taps after the last training batch: summaries (which also advance the drift
 * measure), sorted values, γ/β and the probed unit. Take it before an evaluation overwrites the
 * taps. Works the same in the worker that trains both twins and in one that trains a single twin.
 */
export function captureVariant(
  run: ExperimentRun,
  variant: Variant,
  probe: ProbeTarget,
): VariantCapture {
  const status = run.twins.status[variant];
  const layer = probeLayer(run, probe);
  const capture: VariantCapture = {
    diverged: status.diverged,
    divergedAtStep: status.divergedAtStep,
    layers: [],
    unitPercentiles: unitPercentiles(run, variant, layer, probe.unit),
    probeLayer: layer,
  };
  if (variant === 'batchNorm') capture.bn = bnLayerFrame(run, layer);
  if (status.diverged) return capture;
  const probes = run.probes[variant];
  const network = run.twins.networks[variant];
  for (const summary of probes.snapshot()) {
    const [pre, post] = TAPS.map((tap): TapCapture => ({
      ...summary[tap],
      sorted: Float64Array.from(probes.sortedValues(summary.layer, tap)),
    }));
    const layerCapture: VariantCapture['layers'][number] = {
      preActivation: pre,
      postActivation: post,
    };
    const bn = network.blocks[summary.layer].batchNorm;
    if (bn) Object.assign(layerCapture, gammaBeta(bn));
    capture.layers.push(layerCapture);
  }
  return capture;
}

/**
 * Per-twin layer frames from both twins' captures. Each tap's histogram range is shared by both
 * twins ([smallest minimum, largest maximum]), so the page can draw them on one axis.
 */
export function assembleVariantFrames(
  captures: Record<Variant, VariantCapture>,
): Record<Variant, VariantFrame> {
  const result = {} as Record<Variant, VariantFrame>;
  for (const variant of VARIANTS) {
    const c = captures[variant];
    result[variant] = { diverged: c.diverged, divergedAtStep: c.divergedAtStep, layers: [] };
  }
  const live = VARIANTS.filter((v) => captures[v].layers.length > 0);
  const layerCount = live.length > 0 ? captures[live[0]].layers.length : 0;
  for (let layer = 0; layer < layerCount; layer++) {
    const frames: Partial<Record<Variant, Partial<LayerFrame>>> = {};
    for (const tap of TAPS) {
      const range = sharedRange(live.map((v) => captures[v].layers[layer][tap]));
      for (const variant of live) {
        (frames[variant] ??= {})[tap] = tapFrame(captures[variant].layers[layer][tap], range);
      }
    }
    for (const variant of live) {
      const frame = frames[variant]!;
      const { gamma, beta } = captures[variant].layers[layer];
      const layerFrame: LayerFrame = {
        preActivation: frame.preActivation!,
        postActivation: frame.postActivation!,
      };
      if (gamma && beta) Object.assign(layerFrame, { gamma, beta });
      result[variant].layers.push(layerFrame);
    }
  }
  return result;
}

function sharedRange(captures: TapCapture[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const s of captures) {
    if (Number.isFinite(s.min)) low = Math.min(low, s.min);
    if (Number.isFinite(s.max)) high = Math.max(high, s.max);
  }
  if (!(low < high)) {
    const center = Number.isFinite(low) ? low : 0;
    return [center - 0.5, center + 0.5];
  }
  return [low, high];
}

function tapFrame(capture: TapCapture, [low, high]: [number, number]): TapFrame {
  const h = histogram(capture.sorted, HISTOGRAM_BINS, low, high);
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
