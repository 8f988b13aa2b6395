/**
 * The live view's layer rows: their names, readouts in words, hover sentences, the drift-by-layer
 * chart, the step readout and the decision boundary.
 */
export const mainEn = {
  'layer.heading': 'Layer {layer, number}',
  'layer.units': '{units, number} × {activation}',
  'layer.now': 'now',
  'layer.atStep': 'step {step}',
  'layer.blewUpAt': 'blew up at step {step, number}',
  'layer.tap':
    '{tap, select, preActivation {input to the activation} postActivation {layer output} other {input to Batch Norm}}',
  'layer.heatmapLabel': 'Layer {layer, number}, {network}: distribution of the {tap} over training',
  'layer.marginalLabel': 'Layer {layer, number}: current histograms of {networks}',
  'layer.cellName': 'Layer {layer, number}, {network}',
  'layer.cell':
    '{name}, step {step, number}: {bin} · 15th percentile {p15}, median {p50}, 85th {p85}',
  'layer.cellBin': 'values in [{low}, {high}]: {count, number} ({share})',
  'layer.cellEmpty': 'no values at {value}',
  'layer.marginal':
    'Layer {layer, number} {when, select, now {now} other {at step {step, number}}}, values {value}: {bins}',
  'layer.marginalNone': 'no network has values there',
  'layer.marginalBin': '{network} {share} in [{low}, {high}]',
  'layer.spread': 'spread ×{ratio}',
  'layer.centred': 'centred',
  'layer.offCentre': 'off centre (mean {mean})',
  'layer.saturated':
    '{activation, select, relu {{percent} of ReLUs at 0} leakyRelu {{percent} below 0} sigmoid {{percent} in the sigmoid’s flat ends} other {{percent} in tanh’s flat ends}}',
  'layer.exactDrift':
    'drift from step 0: {drift} in its units (1-Wasserstein), {sigma, select, none {no σ₀} other {{sigma} σ₀ (per unit, in units of its step-0 standard deviation)}}',
  'layer.exactSpread':
    'mean {mean}, standard deviation {std}{initial, select, none {} other { (step 0: {initial})}}',
  'layer.exactPercentiles': '15th, 50th, 85th percentiles {percentiles}',
  'layer.exactSaturated': 'saturated {percent}%{rule}',
  'layer.ruleRelu': ' (ReLU input ≤ 0: output 0)',
  'layer.ruleSigmoidInput': ' (|x| ≥ 4)',
  'layer.ruleSigmoidOutput': ' (output within 0.018 of 0 or 1)',
  'layer.ruleTanhInput': ' (|x| ≥ 2)',
  'layer.ruleTanhOutput': ' (output within 0.036 of −1 or 1)',
  'layer.readout': '{network}: {words}. {exact}',
  'layer.gammaBeta': 'BN’s γ {gammaLow}…{gammaHigh}, β {betaLow}…{betaHigh}',
  'layer.gammaBetaExact':
    'γ mean {gammaMean}, from {gammaLow} to {gammaHigh}; β mean {betaMean}, from {betaLow} to {betaHigh}',
  'drift.label': 'Drift from step 0 by layer, in σ₀ (layers 1 to {layers, number}). {readings}',
  'drift.network': '{network}: {layers}',
  'drift.layer': 'layer {layer, number} {words}',
  'drift.bar': 'Layer {layer, number}, {network}: {words}',
  'drift.barValue': 'Layer {layer, number}, {network}: drift {drift} σ₀',
  'drift.caption':
    'How far each layer moved from step 0, in <sigma>σ₀</sigma> (log scale), by layer:',
  'drift.hatched': ' · hatched: {network} {words}',
  'drift.vanishedKey': ' · v: values vanished (nothing to measure)',
  'drift.vanishedMark': 'v',
  'stepReadout.hint':
    'Point at a chart, or focus it (Tab) and use ← →, for every network’s values at a step.',
  'stepReadout.step': 'Step {step, number}',
  'stepReadout.test': '{network}: loss {loss}, test loss {testLoss}, test accuracy {testAccuracy}',
  'stepReadout.train': '{network}: loss {loss}, train accuracy {trainAccuracy}',
  'boundary.title': 'Decision boundary',
  'boundary.what': 'the decision boundaries',
  'boundary.label':
    'Decision boundary of the {twin, select, twin {{network} twin} other {{network} network}}',
  'boundary.hint':
    'Probability of class 1 (green) vs 0 (purple), BN twin in inference mode; axes {features}{normalized, select, yes {, standardized} other {}}.',
  'boundary.drawLegend': 'Draw on the plane',
  'boundary.toolOff': 'Off',
  'boundary.toolClass0': 'Add class 0 (purple)',
  'boundary.toolClass1': 'Add class 1 (green)',
  'boundary.toolErase': 'Erase (drag)',
  'boundary.drawHint':
    'Click a plane to add a point there, or drag to erase; the twins restart on the points drawn. Drawing keeps the plane as shown (its units, with input normalization off); the rows can also be edited in the setup’s Data group.',
  'chart.blewUp': 'blew up',
  'chart.networkBlewUp': '{network} blew up',
  'chart.linesAt': 'Step {step, number}: {values}',
  'chart.step': 'step {step}',
  'chart.vanished': 'vanished',
  'chart.symlog': 'symlog axis',
  'chart.offScale': '▲ values above: off scale',
  'chart.loss': 'loss',
  'chart.accuracy': 'accuracy',
  'list.and': '{first} and {second}',
} as const;
