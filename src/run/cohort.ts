import { buildDataset, type DataAssets } from '../data/build';
import type { Dataset } from '../data/dataset';
import { NetworkCohort, type CohortSpec } from '../engine/cohort';
import type { NetworkSpec } from '../engine/network';
import { Random } from '../engine/random';
import type { Experiment } from '../experiment/schema';
import { outputUnits } from '../experiment/shape';
import { perVariant, type Variant } from '../experiment/variants';

/** The twins of an experiment as the engine's cohort. */
export type Twins = NetworkCohort<Variant>;

/**
 * The twins an experiment describes: the BN twin's network with BN at the description's
 * placement, and the plain twin's, the same without BN.
 */
export function cohortSpecFor(experiment: Experiment, dataset: Dataset): CohortSpec<Variant> {
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
    members: perVariant((v) => (v === 'plain' ? { ...network, placement: 'none' } : network)),
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
  };
}

/** Builds the dataset and the initialized twins of an experiment (init stream of its seed). */
export function buildTwins(
  experiment: Experiment,
  assets: DataAssets = {},
): { dataset: Dataset; twins: Twins } {
  const dataset = buildDataset(experiment.data, experiment.seed, assets);
  const twins = new NetworkCohort(
    cohortSpecFor(experiment, dataset),
    new Random(experiment.seed, 'init'),
  );
  return { dataset, twins };
}
