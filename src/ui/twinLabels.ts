import type { Member, PerTwin } from '../experiment/members';

/** How the page names each twin, beside its color. */
export const TWIN_LABELS = {
  plain: 'Plain',
  batchNorm: 'With BN',
} as const satisfies PerTwin<string>;

/** How the page names every network of a cohort. */
export const MEMBER_LABELS = {
  ...TWIN_LABELS,
  batchNormBefore: 'BN before',
  batchNormAfter: 'BN after',
  noisyBatchNorm: 'Noisy BN',
  layerNorm: 'Layer Norm',
  groupNorm: 'Group Norm',
  plainDropout: 'Plain + dropout',
  batchNormDropout: 'BN + dropout',
  batchRenorm: 'Batch Renorm',
} as const satisfies Record<Member, string>;

/** How an accessible name calls one network: "plain twin", "BN twin", or the member's name. */
export function networkName(member: Member): string {
  return member === 'plain'
    ? 'plain twin'
    : member === 'batchNorm'
      ? 'BN twin'
      : MEMBER_LABELS[member];
}

/** "both twins" for the twins alone, "every network" for a cohort. */
export function allNetworks(members: readonly Member[]): string {
  return members.length === 2 ? 'both twins' : 'every network';
}
