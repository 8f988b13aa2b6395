/**
 * The English catalog: every message the page shows, by key, in ICU MessageFormat (numbers and
 * plurals as placeholders, never concatenated). The keys are the type every other catalog must
 * cover (see Catalog); a test checks that each has the same placeholders.
 */
export const en = {
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
