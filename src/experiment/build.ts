import type { Dataset } from '../data/dataset';
import { buildDataset, type DataAssets } from '../data/registry';
import { Random } from '../engine/random';
import { TwinNetworks, type TwinSpec } from '../engine/twin';
import { outputUnits, type Experiment } from './schema';

/** The dataset and the twin description an experiment stands for. */
export function twinSpecFor(experiment: Experiment, dataset: Dataset): TwinSpec {
  const { model, batchNorm, init, optimizer, training } = experiment;
  return {
    network: {
      inputSize: dataset.inputSize,
      hidden: model.hidden,
      outputSize: outputUnits(model.head, dataset.classes, dataset.targetSize),
      head: model.head,
      placement: batchNorm.placement,
      batchNorm: { momentum: batchNorm.momentum, epsilon: batchNorm.epsilon },
    },
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
): { dataset: Dataset; twins: TwinNetworks } {
  const dataset = buildDataset(experiment.data, experiment.seed, assets);
  const twins = new TwinNetworks(
    twinSpecFor(experiment, dataset),
    new Random(experiment.seed, 'init'),
  );
  return { dataset, twins };
}
