import { band, type BandSegment } from '../experiment/bands';
import type { Experiment } from '../experiment/schema';
import type { Tap } from '../experiment/taps';
import type { FrameHistory } from './history';
import type { DecimatingSeries } from './series';
import type { EvidenceState } from './evidenceClient';
import type { TapHistory } from './tapHistory';

type Placement = Experiment['batchNorm']['placement'];

/**
 * The BN twin of the placement before a switch, kept beside the new run so before and after are
 * seen together: its smoothed loss, test accuracy, per-layer percentiles (all as recorded, up to
 * the switch) and its slider band.
 */
export interface Ghost {
  placement: Placement;
  /** How the page names it: "BN after (before the switch)". */
  label: string;
  smoothedLoss: DecimatingSeries;
  testAccuracy: DecimatingSeries;
  taps: Record<Tap, TapHistory>[];
  band: BandSegment[] | null;
}

const PLACEMENT_NAMES: Record<Placement, string> = {
  before: 'BN before',
  after: 'BN after',
  none: 'no BN',
};

/** The ghost of the BN twin now in `history`, trained with BN at `placement`. */
export function captureGhost(
  history: FrameHistory,
  placement: Placement,
  evidence: EvidenceState,
): Ghost | null {
  if (placement === 'none') return null;
  // An unfinished band says nothing yet about where the BN twin stops training.
  const segments =
    evidence.bands.status === 'done'
      ? band(evidence.bands.results, 'batchNorm', evidence.threshold)
      : [];
  return {
    placement,
    label: `${PLACEMENT_NAMES[placement]} (before the switch)`,
    smoothedLoss: history.smoothedLoss.batchNorm,
    testAccuracy: history.evaluations.batchNorm.testAccuracy,
    taps: history.taps.batchNorm,
    band: segments.length > 0 ? segments : null,
  };
}

/** Whether two setups differ in the BN placement alone (then the old BN twin stays as a ghost). */
export function onlyPlacementChanged(a: Experiment, b: Experiment): boolean {
  if (a.batchNorm.placement === b.batchNorm.placement) return false;
  const same = { ...b, batchNorm: { ...b.batchNorm, placement: a.batchNorm.placement } };
  return JSON.stringify(same) === JSON.stringify(a);
}
