import { lessonEn } from './en-lesson';
import { readingsEn } from './en-readings';
import { tourEn } from './en-tour';
import { teachEn } from './en-teach';
import { scoreEn } from './en-score';
import { mainEn } from './en-main';
import { frameEn } from './en-frame';
import { fieldsEn } from './en-fields';
import { setupEn } from './en-setup';
import { shareEn } from './en-share';
import { viewsEn } from './en-views';
import { testTimeEn } from './en-testtime';
import { notesEn } from './en-notes';
import { optimizationEn } from './en-optimization';
import { sweepEn } from './en-sweep';
import { tableEn } from './en-table';
import { claimsViewEn } from './en-claimsview';
import { checksEn } from './en-checks';
import { problemsEn } from './en-problems';

/**
 * The English catalog: every message the page shows, by key, in ICU MessageFormat (the presets'
 * titles and summaries are read from here by src/experiment/presets.ts, the command line's too),
 * numbers and plurals as placeholders, never concatenated. Each area of the page has its own
 * file (`en-<area>.ts`, spread in here). The keys are the type every other catalog must cover
 * (see Catalog); a test checks that each has the same placeholders.
 */
export const en = {
  ...lessonEn,
  ...readingsEn,
  ...tourEn,
  ...teachEn,
  ...scoreEn,
  ...mainEn,
  ...frameEn,
  ...fieldsEn,
  ...setupEn,
  ...shareEn,
  ...viewsEn,
  ...testTimeEn,
  ...notesEn,
  ...optimizationEn,
  ...sweepEn,
  ...tableEn,
  ...claimsViewEn,
  ...checksEn,
  ...problemsEn,
  'app.title': 'BatchNorm Lab',
  'app.keptRun': 'The run and your setup are kept.',
  'presenter.what': 'Presenter mode',
  'tour.what': 'The tour',
  'tour.opening': 'Opening the tour…',
  'app.lede':
    'Twin networks, one with Batch Normalization and one without, trained side by side from the same initial weights on the same batches. Press Play (or Space).',
  'app.controls': 'Controls',
  'app.setupControls': 'Presets and setup',
  'app.setupSummary': 'Setup: data, network, training',
  'app.setupWhat': 'The setup form',
  'app.shareSummary': 'Share, export and import',
  'app.shareWhat': 'Sharing, export and import',
  'app.viewLoading': 'Loading the view…',
  'app.viewWhat': 'The {view} view',
  'app.viewKept': 'The run goes on in the other views, and your setup is kept.',
  'status.step': 'Step',
  'status.stepsPerSecond': 'steps/s',
  'status.learningRate': 'η in use',
  'status.loading': 'loading…',
  'status.paused': 'paused',
  'status.running': 'running',
  'status.pausedAtPlan': 'paused at the planned {steps, number} steps: Play goes on',
  'status.loadingSize': '{label} {loaded, number, ::.0} MB',
  'status.loadingOf': '{label} {loaded, number, ::.0} of {total, number, ::.0} MB',
  'status.blewUpTwin': '{member} twin blew up at step {step, number}',
  'status.blewUp': '{member} blew up at step {step, number}',
  'member.plain': 'Plain',
  'member.batchNorm': 'With BN',
  'member.batchNormBefore': 'BN before',
  'member.batchNormAfter': 'BN after',
  'member.noisyBatchNorm': 'Noisy BN',
  'member.layerNorm': 'Layer Norm',
  'member.groupNorm': 'Group Norm',
  'member.plainDropout': 'Plain + dropout',
  'member.batchNormDropout': 'BN + dropout',
  'member.batchRenorm': 'Batch Renorm',
  'placement.legend': 'BN placement',
  'placement.before': 'Before activation',
  'placement.beforeHint': 'Dense → BN → activation (the paper)',
  'placement.after': 'After activation',
  'placement.afterHint': 'Dense → activation → BN (common in Keras)',
  'placement.none': 'None',
  'placement.noneHint': 'no BN: the twins are identical',
  'preset.deep-relu-xor.title': 'Deep ReLU net on XOR',
  'preset.deep-relu-xor.summary':
    'Eight ReLU layers of 16 units on XOR at η = 1.78, a learning rate above what the plain twin tolerates: press Play and watch the loss chart. Then slide η down to 0.3, where both twins train: BN’s advantage is the range of learning rates that train.',
  'preset.lecture-example.title': 'The lecture’s example',
  'preset.lecture-example.summary':
    'The lecture’s 4 students (cgpa, iq → placed) and its Keras model Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), with Keras’ BatchNormalization() defaults: momentum 0.99, ε = 0.001. The 4 rows are one batch and all of them train, so there is no test split and every figure is a training figure. Follow one batch through BN by hand in the “BN at test time” view.',
  'preset.worked-example.title': 'Worked example: 60 invented students',
  'preset.worked-example.summary':
    'The lecture’s model, Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), on 60 invented rows of cgpa and iq drawn to resemble the lecture’s table, a quarter of them held out for testing, η = 0.1. A net this small shows little: both twins learn the table and stop training at about the same η; the scoreboard says what does differ.',
  'preset.deep-saturating.title': 'Deep sigmoid net on 2-D data',
  'preset.deep-saturating.summary':
    'Six sigmoid layers of 8 units with large Gaussian weights (σ = 2) on the circle set, η = 0.5: the plain twin’s sigmoid inputs drift and saturate. The BN twin’s are BN’s output, centred by construction: show “What BN receives” for the shift BN absorbs. Both learn the circle, so watch the distributions, not only the loss.',
  'preset.high-learning-rate.title': 'High learning rate',
  'preset.high-learning-rate.summary':
    'Six ReLU layers of 8 units at η = 2: within a few hundred steps most of the plain twin’s ReLUs output 0 and it sits near chance, while the BN twin trains; the scoreboard counts the seeds.',
  'preset.bad-init.title': 'Bad initialization',
  'preset.bad-init.summary':
    'Tiny Gaussian initial weights (σ = 0.001) in six tanh layers, η = 0.1: the plain twin’s signal vanishes (its deep layers are drawn as vanished) and it stalls; BN rescales every layer and the BN twin trains.',
  'preset.paper.title': 'The BN paper’s Figure 1 (MNIST)',
  'preset.paper.summary':
    'Real MNIST digits, 784-100-100-100-10 with sigmoid units, batches of 60, small Gaussian initial weights, SGD: test accuracy and the 15/50/85th percentiles of a last-layer sigmoid’s input, as in Ioffe & Szegedy (2015).',
  'presets.legend': 'Preset',
  'presets.lookFor': 'Look for:',
  'bands.notMeasured': 'not measured yet',
  'bands.measuringSoFar': 'measuring ({rates, plural, one {# rate} other {# rates}} so far)',
  'bands.none': 'trains at no rate measured',
  'bands.toEnd': 'trains up to η = {edge} (the slider’s end)',
  'bands.upTo':
    'trains up to η = {edge}; at {next} it {outcome, select, tooSlow {is too slow} stalls {stalls} blowsUp {blows up} other {trains}}',
  'bands.label': 'Stable range per learning rate. {rows}.',
  'bands.failed': 'The bands could not be measured: {message}.',
  'bands.held':
    'The bands of a setup this heavy are measured while the run is paused: {done, number} of {cells, number} short runs so far.',
  'bands.measuring':
    'Measuring your setup’s bands: {done} of {cells} short runs ({seeds} seeds, {steps} steps each).',
  'bands.done':
    'Bands {source, select, preset {measured for this preset} other {measured here}}: {seeds, number} seeds × {steps, number, ::group-off} steps per rate, majority outcome.',
  'bands.legend': 'Band colors',
  'outcome.trains': 'trains',
  'outcome.tooSlow': 'too slow',
  'outcome.stalls': 'stalls',
  'outcome.blowsUp': 'blows up',
  'network.plain': 'plain twin',
  'network.batchNorm': 'BN twin',
  'distributions.title': 'Layer distributions',
  'distributions.show': 'Show',
  'tap.preActivation': 'Activation input',
  'tap.postActivation': 'Layer output',
  'tap.bnInput': 'What BN receives',
  'distributions.what': 'the layer distributions',
  'distributions.how': 'How to read these charts',
  'distributions.read':
    'Darker means denser; lines are the 15th, 50th and 85th percentiles (as in the BN paper’s Figure 1). Every view is measured on the same {rows, plural, =0 {} other {# }}training rows at every step, passed forward as one batch (BN normalizes them with their own statistics; nothing is updated).',
  'distributions.readBnInput':
    'What BN receives: the shift BN absorbs (the plain twin at the same place, for comparison).',
  'distributions.readPreBefore':
    'The BN twin’s activation input is BN’s output, so it stays centred by construction; the plain twin’s moves freely.',
  'distributions.readPre': 'Activation input: what the nonlinearity sees.',
  'distributions.readPostAfter':
    'With BN after the activation, the BN twin’s layer output is BN’s output.',
  'distributions.readPost': 'Layer output: what the next layer receives.',
  'distributions.readRows':
    'Each row says in words how far each twin’s layer moved since step 0 (in <sigma>σ₀</sigma>, as the drift bars draw it), how its spread changed, whether it is centred and how much of it sits where the activation is flat; hover or focus a line for the exact figures (the drift also as a <w1>1-Wasserstein distance</w1> in the values’ units). γ and β are the BN layer’s learned scale and shift. A layer whose networks differ in scale by 20× gets a <symlog>symlog</symlog> value axis, marked under its heatmap. Point at a heatmap or histogram for the step, the bin there with its count and share of the values, and the percentiles; Replay (above) shows any recorded step.',
  'app.loading': 'Loading…',
  'replay.label': 'Replay',
  'replay.live': 'live',
  'replay.step': 'step {step, number}',
  'replay.liveButton': 'Live',
  'replay.latest': 'Showing the latest frame',
  'replay.showing': 'Showing step {step, number} (training goes on)',
  'replay.memory':
    '{frames, number} frames kept of at most {max, number}, one every ≈ {every, number} steps ({bytes})',
  'loss.title': 'Loss and accuracy',
  'loss.logScale': 'Log scale',
  'loss.what': 'loss and accuracy',
  'loss.legendTest':
    '━ batch loss (smoothed) · ╌ test loss · accuracy: ━ test, ┄ train (BN twin in inference mode)',
  'loss.legendNoTest':
    '━ batch loss (smoothed) · accuracy: ┄ train (BN twin in inference mode) · no test rows: all {rows, number} rows train',
  'loss.trainScored':
    ' · train scores on the first {scored, number} of {rows, number} training rows',
  'loss.testScored': ' · test scores on the first {scored, number} of {rows, number} test rows',
  'loss.lossLabel': 'Loss of {networks} over training steps',
  'loss.accuracyLabel': 'Accuracy of {networks} over training steps',
  'networks.both': 'both twins',
  'networks.all': 'every network',
  'language.label': 'Language',
  'language.digits': 'Digits',
  'language.digitsLatn': '123 (Western)',
  'language.digitsBeng': '১২৩ (Bengali)',
  'transport.play': 'Play',
  'transport.pause': 'Pause',
  'transport.step': 'Step',
  'transport.reset': 'Reset',
  'transport.learningRate': 'Learning rate',
  'transport.speed': 'Speed',
  'transport.speedMax': 'As fast as possible',
  'transport.speedSteps': '{steps, plural, one {# step} other {# steps}} per frame',
  'transport.more': 'Speed and exact η',
  'transport.exact': 'Exact η',
  'transport.exactHelp': 'Type any learning rate (the slider moves in steps of 10^0.05).',
  'transport.exactError': 'Exact η: a number above 0 and at most {max, number}',
  'views.label': 'Views',
  'view.live': 'Live',
  'view.figure-1': 'Figure 1',
  'view.test-time': 'BN at test time',
  'view.stable-range': 'Stable range',
  'view.optimization': 'Optimization',
  'view.notes': 'Network and notes',
  'view.claims': 'Claims',
  'tour.take': 'Take the tour',
  'tour.resume': 'Resume the tour (step {step, number} of {total, number})',
  'present.open': 'Present to a class',
  'theme.dark': 'Dark theme',
} as const;

export type MessageKey = keyof typeof en;
/** A catalog: every key of the English one, each with a message of its own. */
export type Catalog = Record<MessageKey, string>;
