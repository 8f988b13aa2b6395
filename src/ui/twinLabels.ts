import type { Member, PerTwin } from '../experiment/members';
import { ENGLISH, type Translator } from '../i18n/translate';

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

/** A network's name beside its color ("Plain", "With BN", "Noisy BN"…), in the page's language. */
export function memberLabel(member: Member, t: Translator = ENGLISH): string {
  return t.t(`member.${member}`);
}

/** How an accessible name calls one network: "plain twin", "BN twin", or the member's name. */
export function networkName(member: Member, t: Translator = ENGLISH): string {
  return member === 'plain' || member === 'batchNorm'
    ? t.t(`network.${member}`)
    : memberLabel(member, t);
}

/** "both twins" for the twins alone, "every network" for a cohort. */
export function allNetworks(members: readonly Member[], t: Translator = ENGLISH): string {
  return t.t(members.length === 2 ? 'networks.both' : 'networks.all');
}
