import type { Experiment } from './schema';

/**
 * The networks of the twin experiment, in the order every panel, report and file lists them: the
 * plain twin (no normalization) and the Batch Norm twin. The one list of them.
 */
export const TWINS = ['plain', 'batchNorm'] as const;
export type Twin = (typeof TWINS)[number];

/** One value per twin. */
export type PerTwin<T> = Record<Twin, T>;

/** A record with `make(variant)` for every twin, in TWINS order. */
export function perTwin<T>(make: (variant: Twin) => T): PerTwin<T> {
  return Object.fromEntries(TWINS.map((v) => [v, make(v)])) as PerTwin<T>;
}

/**
 * Networks that may train beside the twins (a cohort of up to four), each named by its paper:
 * Batch Norm at a fixed placement (the placement comparison live), noisy Batch Norm (Santurkar et
 * al., 2018), Layer Norm (Ba, Kiros & Hinton, 2016), Group Norm (Wu & He, 2018), and the plain
 * and BN twins with dropout after every hidden layer (Srivastava et al., 2014), and Batch
 * Renormalization (Ioffe, 2017).
 */
export const EXTRA_MEMBERS = [
  'batchNormBefore',
  'batchNormAfter',
  'noisyBatchNorm',
  'layerNorm',
  'groupNorm',
  'plainDropout',
  'batchNormDropout',
  'batchRenorm',
] as const;
export type ExtraMember = (typeof EXTRA_MEMBERS)[number];

/** Any network of a cohort: the twins, then the extra members. */
export type Member = Twin | ExtraMember;

/** One value per network of a cohort: always the twins, and each extra member it has. */
export type PerMember<T> = PerTwin<T> & Partial<Record<ExtraMember, T>>;

/** A record with `make(member)` for every member listed (the twins among them), in that order. */
export function perMember<T>(
  members: readonly Member[],
  make: (member: Member) => T,
): PerMember<T> {
  return Object.fromEntries(members.map((m) => [m, make(m)])) as PerMember<T>;
}

/** The networks an experiment trains: the twins, then its cohort's third and fourth, if any. */
export function cohortMembers(experiment: Experiment): Member[] {
  const { third, fourth } = experiment.cohort ?? { third: 'none', fourth: 'none' };
  const extras = [third, fourth].filter((m): m is ExtraMember => m !== 'none');
  return [...TWINS, ...extras.filter((m, i) => extras.indexOf(m) === i)];
}

/**
 * The members a helper worker trains when two workers share a cohort: every other one, from the
 * second (the BN twin alone for the twins; the BN twin and the fourth network of four), so each
 * worker trains half the networks and the training worker keeps the plain twin (and the third).
 */
export function helperMembers(experiment: Experiment): Member[] {
  return cohortMembers(experiment).filter((_, i) => i % 2 === 1);
}

/**
 * Where an extra member's normalization sits: the description's BN placement, or before the
 * activation when that is none (BN before and BN after keep their own).
 */
export function extraPlacement(experiment: Experiment): 'before' | 'after' {
  const { placement } = experiment.batchNorm;
  return placement === 'none' ? 'before' : placement;
}
