import type { Claim } from './claim';
import { figureOne, higherRates, initScale, placement, regularizes } from './ioffe';
import { batchRenorm, gradientExplosion, groupNorm, largerRates, onlyGammaBeta } from './later';
import { covariateShift, noisyBatchNorm, smootherLandscape } from './santurkar';

/** The claims gallery, in its order: what the BN literature claims, each re-measured here. */
export const CLAIMS: readonly Claim[] = [
  figureOne,
  higherRates,
  regularizes,
  initScale,
  noisyBatchNorm,
  covariateShift,
  smootherLandscape,
  groupNorm,
  batchRenorm,
  largerRates,
  gradientExplosion,
  onlyGammaBeta,
  placement,
];

export function findClaim(id: string): Claim | undefined {
  return CLAIMS.find((c) => c.id === id);
}
