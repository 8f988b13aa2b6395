import type { Member } from '../experiment/members';
import type { TapCapture, MemberCapture } from '../protocol/helper';
import type { FollowedUnit } from '../protocol/training';
import { bnStatistics, gammaBetaRange, resolveLayer } from '../run/measurements';
import type { ExperimentRun } from '../run/runner';

/**
 * One twin's taps measured now on the run's measured rows (summaries, which also advance the
 * drift, and sorted values for the shared histograms), its γ/β, and the BN twin's statistics at
 * the followed layer. Works the same in the worker that trains both twins and in one that trains
 * a single twin.
 */
export function captureMember(
  run: ExperimentRun,
  variant: Member,
  follow: FollowedUnit,
): MemberCapture {
  const status = run.cohort.status[variant];
  const layer = resolveLayer(run, follow.layer);
  const capture: MemberCapture = {
    diverged: status.diverged,
    divergedAtStep: status.divergedAtStep,
    layers: [],
    followedLayer: layer,
  };
  if (variant === 'batchNorm') capture.bn = bnStatistics(run, layer);
  if (status.diverged) return capture;
  const meter = run.meters[variant];
  for (const summary of meter.measure()) {
    const layerCapture: MemberCapture['layers'][number] = {
      preActivation: tapCapture(
        summary.preActivation,
        meter.sortedValues(summary.layer, 'preActivation'),
      ),
      postActivation: tapCapture(
        summary.postActivation,
        meter.sortedValues(summary.layer, 'postActivation'),
      ),
      ...gammaBetaRange(run, variant, summary.layer),
    };
    if (summary.bnInput)
      layerCapture.bnInput = tapCapture(
        summary.bnInput,
        meter.sortedValues(summary.layer, 'bnInput'),
      );
    capture.layers.push(layerCapture);
  }
  return capture;
}

function tapCapture(summary: Omit<TapCapture, 'sorted'>, sorted: Float64Array): TapCapture {
  return { ...summary, sorted: Float64Array.from(sorted) };
}
