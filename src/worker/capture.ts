import { TAPS } from '../experiment/taps';
import type { Variant } from '../experiment/variants';
import type { TapCapture, VariantCapture } from '../protocol/helper';
import type { FollowedUnit } from '../protocol/training';
import { bnStatistics, gammaBetaRange, resolveLayer, unitPercentiles } from '../run/measurements';
import type { ExperimentRun } from '../run/runner';

/**
 * One twin's taps after the last training batch: summaries (which also advance the drift
 * measure), sorted values, γ/β and the followed unit. Take it before an evaluation overwrites the
 * taps. Works the same in the worker that trains both twins and in one that trains a single twin.
 */
export function captureVariant(
  run: ExperimentRun,
  variant: Variant,
  follow: FollowedUnit,
): VariantCapture {
  const status = run.twins.status[variant];
  const layer = resolveLayer(run, follow.layer);
  const capture: VariantCapture = {
    diverged: status.diverged,
    divergedAtStep: status.divergedAtStep,
    layers: [],
    unitPercentiles: unitPercentiles(run, variant, layer, follow.unit),
    followedLayer: layer,
  };
  if (variant === 'batchNorm') capture.bn = bnStatistics(run, layer);
  if (status.diverged) return capture;
  const summarizer = run.summarizers[variant];
  for (const summary of summarizer.snapshot()) {
    const [pre, post] = TAPS.map((tap): TapCapture => ({
      ...summary[tap],
      sorted: Float64Array.from(summarizer.sortedValues(summary.layer, tap)),
    }));
    capture.layers.push({
      preActivation: pre,
      postActivation: post,
      ...gammaBetaRange(run, variant, summary.layer),
    });
  }
  return capture;
}
