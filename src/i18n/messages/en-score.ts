/**
 * The scoreboard (src/ui/Scoreboard.tsx, scoreboardText.ts). `{eta}` is the score runs' η, or
 * `none` when there is none: `{eta, select, none {} other { at η = {eta}}}`. `{on}` is `test` or
 * `training`, the rows accuracy is scored on.
 */
export const scoreEn = {
  'score.title': 'BN’s four advantages, measured',
  'score.claimHeader': 'Claim, measured over {seeds, number} seeds',
  'score.verdictHeader': 'Verdict',
  'score.measuring': 'measuring…',
  'score.rowEdge': 'Highest η that trains',
  'score.rowSpeed':
    'Steps to {target, number, ::percent} {on, select, test {test} other {training}} accuracy{eta, select, none {} other { at η = {eta}}}',
  'score.rowGap': 'Train − test accuracy gap at step {steps, number}',
  'score.rowInit': 'Init scales that train (×0.01 … ×100)',
  'score.claimEdge': '1 stable, 2 faster',
  'score.claimSpeed': '2 faster',
  'score.claimGap': '3 regularizer',
  'score.claimInit': '4 init',
  'score.verdict':
    '{verdict, select, batchNorm {BN ahead} plain {plain ahead} tie {tie} other {cannot compare}}',
  'score.failed': 'Not measured: {message}.',
  'score.workerFailed': 'a worker failed',
  'score.measuringHere':
    'Measuring your setup in the background: {done, number} of {total} short runs{held, select, yes { (a setup this heavy is measured while the run is paused)} other {}}.',
  'score.fromPreset':
    'Measured ahead of time for this preset over {seeds, number} seeds, with the code the page and the command line run.',
  'score.fromPresetBands':
    'Highest η measured ahead of time for this preset; the rows at η = {eta} measured here, over {seeds, number} seeds.',
  'score.fromHere': 'Measured here for your setup over {seeds, number} seeds.',
  'score.noTestRows':
    ' No rows are held out for testing, so accuracy is the training rows’ and there is no train − test gap to measure.',
  'score.none': 'none',
  'score.never': 'never',
  'score.neverWhy': 'never ({why})',
  'score.dashWhy': '– ({why})',
  'score.range': '{value} ({low}–{high})',
  'score.points': '{value} pts',
  'score.ofScales': '{value} of {scales, number}',
  'score.sliderEnd': '{value} (the slider’s end)',
  'score.ended':
    '{outcome, select, tooSlow {too slow} stalls {stalled} blowsUp {blew up} other {trained}} {count, number}',
  'score.endedOf':
    '{outcome, select, tooSlow {too slow} stalls {stalled} blowsUp {blew up} other {trained}} {count, number} of {seeds, number}',
  'score.edgeBatchNorm':
    'BN trains at higher learning rates: up to η = {bn} against {plain} without BN (medians).',
  'score.edgePlain':
    'Here the plain twin trains at higher learning rates than BN: up to η = {plain} against {bn}.',
  'score.edgeTie':
    'The twins’ highest learning rates that train overlap over the seeds (medians {plain} and {bn}): no clear difference in stability.',
  'score.inSteps': 'in {steps} steps (median of {seeds, number} seeds)',
  'score.onSeedsOnly': 'on {reached, number} of {seeds, number} seeds only',
  'score.neverDoes': 'never does ({why})',
  'score.notWithin': 'not within {steps, number} steps',
  'score.speedNeither':
    'Neither twin reaches {target, number, ::percent} {on, select, test {test} other {training}} accuracy{eta, select, none {} other { at η = {eta}}} within {steps, number} steps.',
  'score.speedOnly':
    '{eta, select, none {Here} other {At η = {eta}}} the {twin, select, plain {plain twin} other {BN twin}} reaches {target, number, ::percent} {on, select, test {test} other {training}} accuracy {seeds}; the {twin, select, plain {BN twin} other {plain twin}} {never}.',
  'score.speedSooner':
    'The {twin, select, plain {plain twin} other {BN twin}} reaches {target, number, ::percent} {on, select, test {test} other {training}} accuracy sooner{eta, select, none {} other { at η = {eta}}}: {ahead}, the {twin, select, plain {BN twin} other {plain twin}} {behind}.',
  'score.speedTie':
    'Both twins reach {target, number, ::percent} {on, select, test {test} other {training}} accuracy{eta, select, none {} other { at η = {eta}}} in about as many steps (medians {plain} and {bn}; the seeds overlap): no speed-up shows here.',
  'score.gapBatchNorm':
    'BN’s train − test gap is smaller ({bn} against {plain} points): a regularizing effect.',
  'score.gapPlain':
    'BN’s train − test gap is larger ({bn} against {plain} points): no regularizing effect here.',
  'score.gapTie':
    'No regularizing effect shows here: the train − test gaps overlap ({plain} and {bn} points).',
  'score.gapCannot':
    'The train − test gap cannot be compared{eta, select, none {} other { at η = {eta}}}: {why}.',
  'score.gapDidNotTrain':
    '{twin, select, plain {the plain twin} other {the BN twin}} did not train on every seed ({failures})',
  'score.initBatchNorm':
    'BN trains from more initial weight scales{eta, select, none {} other { at η = {eta}}}: {bn} of {scales, number} against {plain}.',
  'score.initPlain':
    'The plain twin trains from more initial weight scales{eta, select, none {} other { at η = {eta}}}: {plain} of {scales, number} against {bn}.',
  'score.initTie':
    'As many initial weight scales train for both twins{eta, select, none {} other { at η = {eta}}} ({plain} and {bn} of {scales, number}).',
  'score.showsEdge':
    'training at higher learning rates in {steps, number}-step runs (up to {bn} with BN, {plain} without)',
  'score.showsSpeed':
    'reaching {target, number, ::percent} {on, select, test {test} other {training}} accuracy sooner{eta, select, none {} other { at η = {eta}}} ({bn} steps with BN, {plain} without)',
  'score.showsGap': 'a smaller train − test gap ({bn} points with BN, {plain} without)',
  'score.showsInit':
    'training from more initial weight scales ({bn} of {scales, number} with BN, {plain} without)',
  'score.claim':
    '{row, select, edge {a difference in the learning rates that train} speed {a difference in speed} gap {a regularizing effect} other {a difference in sensitivity to the initial weights}}',
  'score.notIncomparable':
    '{claim} (a twin {how, select, blewUp {blew up} other {did not train}}{eta, select, none {} other { at η = {eta}}})',
  'score.notNeither':
    '{claim} (neither twin reaches {target, number, ::percent} {on, select, test {test} other {training}} accuracy{eta, select, none {} other { at η = {eta}}})',
  'score.notNoInit':
    '{claim} (no init scale trains for either twin{eta, select, none {} other { at η = {eta}}})',
  'score.notOverlap': '{claim} (the seeds overlap)',
  'score.listTwo': '{first} and {last}',
  'score.listMore': '{first}, {last}',
  'score.partShows': 'shows BN {list}',
  'score.partShowsPlain': 'shows the plain twin {list}',
  'score.partNot': 'does not show {list}',
  'score.parts': '{first}; it {then}',
  'score.summary': 'Over {seeds, number} seeds this setup {parts}.',
} as const;
