import { splitRows } from '../experiment/cost';
import { momentumIn } from '../experiment/choices';
import type { Experiment } from '../experiment/schema';
import { layerWidths } from '../experiment/shape';
import { ENGLISH, type Translator } from '../i18n/translate';

/** A setup in four lines of words (the printed handout's), each “Name: what”. */
export function setupLines(e: Experiment, t: Translator = ENGLISH): string[] {
  const { train, test } = splitRows(e.data);
  const data =
    e.data.type === 'named'
      ? t.t(`option.data.name.${e.data.name}`)
      : t.t('print.ownRows', { rows: e.data.x.length });
  const split =
    test === 0 ? t.t('print.allTrain', { rows: train }) : t.t('print.split', { train, test });
  const widths = layerWidths(e);
  const layers = e.model.hidden.map((h, i) =>
    t.t('print.layer', {
      units: widths[i + 1],
      activation: t.t(`option.model.hidden[].activation.${h.activation}`),
    }),
  );
  const { placement, momentum, epsilon, convention } = e.batchNorm;
  return [
    t.t('print.data', { data, split, standardized: e.data.normalizeInputs ? 'yes' : 'no' }),
    t.t('print.network', {
      inputs: widths[0],
      layers: layers.join(' → '),
      outputs: widths[widths.length - 1],
      head: t.t(`option.model.head.${e.model.head}`),
      init: t.t(`option.init.scheme.${e.init.scheme}`),
    }),
    placement === 'none'
      ? t.t('print.batchNormNone')
      : t.t('print.batchNorm', {
          placement,
          momentum: t.digitsOf(String(momentumIn(convention, momentum))),
          convention,
          epsilon: t.digitsOf(String(epsilon)),
        }),
    t.t('print.training', {
      optimizer: t.t(`option.optimizer.kind.${e.optimizer.kind}`),
      eta: t.digitsOf(String(e.optimizer.learningRate)),
      batch: e.training.batchSize,
      seed: e.seed,
    }),
  ];
}
