import { splitRows } from '../experiment/cost';
import {
  ACTIVATION_CHOICES,
  choiceOf,
  DATASET_CHOICES,
  HEAD_CHOICES,
  INIT_CHOICES,
  momentumIn,
  OPTIMIZER_CHOICES,
  PLACEMENT_CHOICES,
} from '../experiment/choices';
import type { Experiment } from '../experiment/schema';
import { layerWidths } from '../experiment/shape';

/** A setup in four lines of words (the printed handout's), each “Name: what”. */
export function setupLines(e: Experiment): string[] {
  const { train, test } = splitRows(e.data);
  const data =
    e.data.type === 'named'
      ? choiceOf(DATASET_CHOICES, e.data.name).label
      : `your own ${e.data.x.length.toLocaleString('en')} rows`;
  const split =
    test === 0
      ? `all ${train.toLocaleString('en')} rows train (no test split)`
      : `${train.toLocaleString('en')} training and ${test.toLocaleString('en')} test rows`;
  const widths = layerWidths(e);
  const layers = e.model.hidden.map(
    (h, i) => `${widths[i + 1]} ${choiceOf(ACTIVATION_CHOICES, h.activation).label}`,
  );
  const { placement, momentum, epsilon, convention } = e.batchNorm;
  const bn =
    placement === 'none'
      ? 'none (the twins are the same network)'
      : `${choiceOf(PLACEMENT_CHOICES, placement).label.toLowerCase().replace(' activation', ' the activation')}, momentum ${momentumIn(convention, momentum)} (${convention === 'keras' ? 'Keras’' : 'PyTorch’s'} convention), ε = ${epsilon}`;
  return [
    `Data: ${data}; ${split}${e.data.normalizeInputs ? ', inputs standardized' : ''}`,
    `Network: ${widths[0]} inputs → ${layers.join(' → ')} → ${widths[widths.length - 1]} ${choiceOf(HEAD_CHOICES, e.model.head).label}; ${choiceOf(INIT_CHOICES, e.init.scheme).label} initial weights`,
    `Batch Norm: ${bn}`,
    `Training: ${choiceOf(OPTIMIZER_CHOICES, e.optimizer.kind).label}, η = ${e.optimizer.learningRate}, batches of ${e.training.batchSize}, seed ${e.seed}`,
  ];
}
