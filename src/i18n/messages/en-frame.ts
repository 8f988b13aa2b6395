/**
 * The page's furniture: notices and faults, exports, the glossary's notes, the drop zone, the
 * network diagram and the device-kept rows.
 */
export const frameEn = {
  'heavy.memory':
    "it needs about {memory} of memory, more than a browser tab's worker can hold ({limit}); run it with the command line (npm run experiment)",
  'heavy.slow':
    '≈ {perStep} per step on this machine ({stepFlops} per step and {evaluationFlops} per evaluation at {speed}/s), ≈ {firstFrame} before the first frame, {memory} of memory',
  'notice.heavyConfirm': 'This setup is slow to train in the page: {reason}. Run it anyway?',
  'notice.heavyRefused': 'This setup cannot run in the page: {reason}.',
  'notice.previousShown': 'The charts show the previous setup until then.',
  'notice.nothingTraining': 'Nothing is training yet.',
  'notice.runAnyway': 'Run anyway',
  'notice.backToPrevious': 'Back to the previous setup',
  'notice.openWorkedExample': 'Open the worked example',
  'notice.workerSilent': 'The training worker {error} (this clears itself if it answers).',
  'notice.workerStopped': 'The training worker stopped: {error}.',
  'notice.restart': 'Restart',
  'notice.dismiss': 'Dismiss',
  'export.summary': 'Export',
  'export.formatPng': 'PNG',
  'export.formatSvg': 'SVG',
  'export.formatCsv': 'CSV',
  'export.label': 'Export {what}',
  'export.svg': '{label} as SVG',
  'export.png': '{label} as PNG',
  'error.notLoaded': '{what} could not be loaded',
  'error.failed': '{what} failed',
  'error.fetch':
    'Its code could not be fetched: the network dropped, or a new version of BatchNorm Lab was installed meanwhile.',
  'error.stopped': 'It stopped with an error: {message}',
  'error.retry': 'Try again',
  'error.reload': 'Reload the page',
  'term.what': 'What is {term}?',
  'glossary.σ₀':
    'σ₀ is a layer’s spread at step 0 (each unit’s standard deviation over the measured rows). “Moved 0.35 σ₀” means its distribution moved, on average, a third of its starting spread since step 0 — comparable across twins and layers of any scale.',
  'glossary.W1':
    'The 1-Wasserstein distance (earth mover’s distance) between two distributions: how far, on average, the values had to move to turn one into the other, in the values’ own units.',
  'glossary.symlog':
    'A symlog axis is linear near 0 and logarithmic beyond (ticks 0, ±1, ±10, …). A layer gets one when one network’s values range 20 times wider than the other’s, so both stay readable.',
  'glossary.β-smoothness':
    'Effective β-smoothness (Santurkar et al., 2018): the largest change of the gradient per unit of step taken along it, over step sizes ¼η to 4η. Lower means the gradient predicts the loss better: a smoother landscape.',
  'glossary.ICS':
    'Internal covariate shift, as Santurkar et al. (2018) measure it: how much a layer’s gradient changes (‖G − G′‖/‖G‖, and the cosine between G and G′) when only the layers before it take their step. Large: the layer’s inputs moved under it.',
  'glossary.loss band':
    'The loss band: the lowest to the highest loss on the step’s batch when stepping ¼η to 4η along the gradient. Narrow means the loss changes little with the step size.',
  'drop.hint': 'Drop an experiment file (.json) to load it, or a table (.csv, .tsv) to train on',
  'ownData.saving': 'Keeping your {rows, plural, one {# row} other {# rows}} on this device…',
  'ownData.restored':
    'Your {rows, plural, one {# row was} other {# rows were}} restored from this device.',
  'ownData.kept':
    'Your {rows, plural, one {# row is} other {# rows are}} kept on this device: a reload brings them back.',
  'ownData.notKept':
    'Your {rows, plural, one {# row is} other {# rows are}} not kept on this device: {reason}. Export setup keeps them in a file; closing the tab asks first.',
  'ownData.forget': 'Forget my rows on this device',
  'diagram.twins': 'The twins',
  'diagram.cohort': 'The cohort',
  'diagram.layers': '{twin, select, twin {{network} twin layers} other {{network} layers}}',
  'diagram.input': 'Input {units, number}',
  'diagram.dense': 'Dense {units, number}',
  'diagram.noise': 'BN + noise',
  'diagram.same':
    'Same initial weights for every shared layer, same batches in the same order, same optimizer and learning rate: any difference comes from the normalization layers.',
} as const;
