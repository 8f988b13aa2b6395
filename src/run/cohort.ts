import { DEFAULT_RENORM } from '../engine/batchRenorm';
import { buildDataset, type DataAssets } from '../data/build';
import type { Dataset } from '../data/dataset';
import { NetworkCohort, type CohortSpec } from '../engine/cohort';
import type { NetworkSpec } from '../engine/network';
import { Random } from '../engine/random';
import type { Experiment } from '../experiment/schema';
import { outputUnits } from '../experiment/shape';
import { cohortMembers, extraPlacement, type Member } from '../experiment/members';

/**
 * The networks of an experiment as the engine's cohort: the twins and any extra members (typed
 * with every member's key; only the experiment's `cohortMembers` exist).
 */
export type Cohort = NetworkCohort<Member>;

/**
 * The networks an experiment describes: the BN twin's with BN at the description's placement, the
 * plain twin's, the same without BN, and any extra member's (see memberNetwork).
 */
export function cohortSpecFor(experiment: Experiment, dataset: Dataset): CohortSpec<Member> {
  const { model, batchNorm, init, optimizer, training } = experiment;
  const network: NetworkSpec = {
    inputSize: dataset.inputSize,
    hidden: model.hidden,
    outputSize: outputUnits(model.head, dataset.classes, dataset.targetSize),
    head: model.head,
    placement: batchNorm.placement,
    batchNorm: { momentum: batchNorm.momentum, epsilon: batchNorm.epsilon },
  };
  return {
    members: Object.fromEntries(
      cohortMembers(experiment).map((m) => [m, memberNetwork(m, network, experiment)]),
    ) as Record<Member, NetworkSpec>,
    init: { scheme: init.scheme, scale: init.scale, sigma: init.sigma },
    explicitWeights: init.weights,
    optimizer: {
      kind: optimizer.kind,
      momentum: optimizer.momentum,
      beta1: optimizer.beta1,
      beta2: optimizer.beta2,
      epsilon: optimizer.epsilon,
    },
    batchSize: training.batchSize,
    noiseSeed: experiment.seed,
    trainOnly: training.trainOnly,
  };
}

/**
 * One member's network: the BN twin's `network` with its normalization changed. Normalized extra
 * members sit at the description's BN placement, or before the activation when that is none.
 */
export function memberNetwork(member: Member, network: NetworkSpec, e: Experiment): NetworkSpec {
  const placement = extraPlacement(e);
  const { noiseScale, noiseShift, groups } = e.cohort;
  switch (member) {
    case 'plain':
      return { ...network, placement: 'none' };
    case 'batchNorm':
      return network;
    case 'batchNormBefore':
      return { ...network, placement: 'before' };
    case 'batchNormAfter':
      return { ...network, placement: 'after' };
    case 'noisyBatchNorm':
      return {
        ...network,
        placement,
        batchNorm: { ...network.batchNorm, noise: { scale: noiseScale, shift: noiseShift } },
      };
    case 'layerNorm':
      return { ...network, placement, normalization: { kind: 'group', groups: 1 } };
    case 'groupNorm':
      return { ...network, placement, normalization: { kind: 'group', groups } };
    case 'plainDropout':
      return { ...network, placement: 'none', dropout: e.cohort.dropout };
    case 'batchNormDropout':
      return { ...network, dropout: e.cohort.dropout };
    case 'batchRenorm':
      return { ...network, placement, normalization: { kind: 'renorm', ...DEFAULT_RENORM } };
  }
}

/** Builds the dataset and the initialized twins of an experiment (init stream of its seed). */
export function buildCohort(
  experiment: Experiment,
  assets: DataAssets = {},
): { dataset: Dataset; cohort: Cohort } {
  const dataset = buildDataset(experiment.data, experiment.seed, assets);
  const cohort = new NetworkCohort(
    cohortSpecFor(experiment, dataset),
    new Random(experiment.seed, 'init'),
  );
  return { dataset, cohort };
}
