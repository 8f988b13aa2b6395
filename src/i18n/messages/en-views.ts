/** The Figure 1 view: the paper's figure re-drawn for this run, and its caption. */
export const viewsEn = {
  'fig1.title': 'The BN paper’s Figure 1',
  'fig1.what': 'Figure 1',
  'fig1.hint':
    '(a) Test accuracy of {networks} (BN in inference mode). ({letters}) The 15th, 50th and 85th percentiles of the input to {whole, select, yes {every {activation} of the layer} other {one {activation}}}, over training: in the paper the plain network’s distribution moves while BN keeps it stable.',
  'fig1.layer': 'Layer',
  'fig1.layerOption': '{layer, number} ({units, number} × {activation})',
  'fig1.unit': 'Unit',
  'fig1.unitError': 'Unit: a whole number from 0 to {last, number}',
  'fig1.wholeLayer': 'Whole layer',
  'fig1.accuracyLabel': 'Figure 1a: test accuracy of both twins',
  'fig1.accuracyCaption': '(a) test accuracy',
  'fig1.accuracyAxis': 'test accuracy',
  'fig1.inputAxis': '{activation} input',
  'fig1.p15': '15th percentile',
  'fig1.median': 'median',
  'fig1.p85': '85th percentile',
  'fig1.percentileLabel': 'Figure 1{letter}: percentiles of a sigmoid input, {network}',
  'fig1.percentileCaption': '({letter}) {network}',
  'fig1.csvAccuracy': '(a) test accuracy',
  'fig1.csvPart':
    '({letter}) {network}, layer {layer, number}{whole, select, yes {} other {, unit {unit, number}}}',
  'fig1.waiting':
    'This run’s numbers against the paper appear here after two evaluations (every “evaluate every” steps).',
  'fig1.accuracySentence':
    '{same, select, yes {At step {step, number} of this run (seed {seed, number, ::group-off})} other {At the latest evaluations of this run (seed {seed, number, ::group-off})}}, test accuracy is {plain} ({plainName}) and {batchNorm} ({batchNormName}): {verdict}.',
  'fig1.level': 'the twins are level, where the paper’s BN network is ahead',
  'fig1.bnAhead': 'the BN twin is ahead by {points} points, as in the paper',
  'fig1.plainAhead': 'the twin without BN is ahead by {points} points, unlike the paper',
  'fig1.movementSentence':
    'The followed {activation} input from step {from, number} to {to, number}: {plain}; {batchNorm}; {verdict}.',
  'fig1.describe':
    '{name}: median {from} → {to} (moved {shift} × its 15–85 spread), spread {spreadFrom} → {spreadTo}',
  'fig1.medianCount':
    'the median moved {which, select, same {about as much with and without BN} without {more without BN} other {more with BN}}',
  'fig1.spreadCount':
    'the spread changed {which, select, same {about as much with and without BN} without {more without BN} other {more with BN}}',
  'fig1.still':
    'both have stayed put so far (median within {still} of the spread, spread within 10%); in the paper the plain network’s drifts over longer training',
  'fig1.asPaper': 'as in the paper, the distribution moves more without BN ({median}, {spread})',
  'fig1.unlikePaper': 'unlike the paper, the distribution moves more with BN ({median}, {spread})',
  'fig1.same': 'the distribution moved about as much with and without BN, unlike the paper',
  'fig1.mixed': 'mixed: {median}, {spread}',
} as const;
