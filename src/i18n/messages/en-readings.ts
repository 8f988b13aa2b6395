/** What the tour states under a step, measured now (src/ui/tourReadings.ts), and drift in words. */
export const readingsEn = {
  'reading.notStarted': 'Not started yet: press Play.',
  'reading.notMeasured': 'Not measured yet: press the button.',
  'reading.notMeasuredPlay': 'Not measured yet: press Play.',
  'reading.outcome': 'Step {step, number}: {plain}; {batchNorm}.',
  'reading.twinBlewUp':
    'the {twin, select, plain {plain twin} other {BN twin}} blew up at step {step, number}',
  'reading.twinNoEvaluation':
    'the {twin, select, plain {plain twin} other {BN twin}} has no evaluation yet',
  'reading.twinAccuracy':
    'the {twin, select, plain {plain twin} other {BN twin}}’s test accuracy is {accuracy, number, ::percent}',
  'reading.twinAccuracyLoss':
    'the {twin, select, plain {plain twin} other {BN twin}}’s test accuracy is {accuracy, number, ::percent} (train loss {loss})',
  'reading.layerInputs':
    'Step {step, number}, activation inputs since step 0 — plain twin: layer 1 {plainFirst}, layer {layers, number} {plainLast}; BN twin: layer 1 {bnFirst}, layer {layers, number} {bnLast}.',
  'reading.drift':
    'Step {step, number}, layer {layers, number}, since step 0: what BN receives {bnReceived} in the BN twin (the plain twin at the same place: {plainReceived}); the BN twin’s activation input, after BN, {bnPassed}.',
  'reading.noBatchNorm': 'This setup has no BN layer.',
  'reading.parameters':
    '{name}: {units, number} features × 4 = {total, number} numbers ({trainable, number} trainable, {nonTrainable, number} not).',
  'reading.gammaBeta':
    'Step {step, number}: γ from {gammaLow} to {gammaHigh}, β from {betaLow} to {betaHigh} over the {count, number} features shown.',
  'reading.placements':
    'Measured for this preset (3 seeds per rate, majority): {placements}; without BN, {plain}.',
  'reading.placement':
    'with BN {placement, select, after {after} other {before}} the activation the BN twin trains {edge}',
  'reading.upTo': 'up to η = {eta}',
  'reading.atNoRate': 'at no rate',
  'reading.testTime':
    'Measured at step {step, number}: inference mode {inference, number, ::percent}; each test batch normalized by its own statistics: {smallest, number, ::percent} on batches of {smallestSize, number}, {largest, number, ::percent} on batches of {largestSize, number}.',
  'reading.scoreMeasuring': 'Being measured over several seeds (see the scoreboard).',
  'reading.score': 'Over {seeds, number} seeds: {sentences}',
  'drift.blewUp': 'blew up at step {step, number}',
  'drift.vanished': 'vanished (values under 1e-9 of the inputs’ spread)',
  'drift.startedVanished': 'started vanished (no step-0 spread to measure by)',
  'drift.moved': 'moved {drift} σ₀',
} as const;
