/** The lesson line under the transport (src/ui/lesson.ts): what the charts show, what to try next. */
export const lessonEn = {
  'lesson.pressPlay': 'Press Play (or Space) and watch the loss and accuracy chart at η = {eta}.',
  'lesson.now': 'At η = {eta}: {plain}; {batchNorm}.',
  'lesson.notStarted':
    'the {twin, select, plain {plain twin} other {BN twin}} has not been evaluated yet',
  'lesson.blewUp':
    'the {twin, select, plain {plain twin} other {BN twin}} blew up at step {step, number}',
  'lesson.atChance':
    'the {twin, select, plain {plain twin} other {BN twin}} is not learning (loss {loss}; a constant guess scores {chance})',
  'lesson.trainsLoss':
    'the {twin, select, plain {plain twin} other {BN twin}} trains (loss {loss})',
  'lesson.trainsAccuracy':
    'the {twin, select, plain {plain twin} other {BN twin}} trains ({on, select, test {test} other {training}} accuracy {accuracy, number, ::percent})',
  'lesson.learningLoss':
    'the {twin, select, plain {plain twin} other {BN twin}} is still learning (loss {loss})',
  'lesson.learningAccuracy':
    'the {twin, select, plain {plain twin} other {BN twin}} is still learning ({on, select, test {test} other {training}} accuracy {accuracy, number, ::percent})',
  'lesson.nextDownBn':
    'Try next: slide η down to {bn}: the BN twin trains there and the plain twin does not (it trains up to {plain}) — BN’s advantage is the range of learning rates that train ({source, select, preset {measured for this setup} other {measured here}} over {seeds, number} seeds).',
  'lesson.nextDownBoth':
    'Try next: slide η down to {plain}, where the bands show both twins training — BN’s advantage is the range of learning rates that train (up to {bn} with BN, {plain} without; {source, select, preset {measured for this setup} other {measured here}} over {seeds, number} seeds).',
  'lesson.nextUp':
    'Try next: slide η up past {plain}, where the plain twin’s band ends; the BN twin’s goes on to {bn} ({source, select, preset {measured for this setup} other {measured here}} over {seeds, number} seeds).',
  'lesson.plainHigher':
    'Here the plain twin tolerates higher learning rates than BN (up to {plain} against {bn}; {source, select, preset {measured for this setup} other {measured here}} over {seeds, number} seeds): slide η past {bn} to see it.',
  'lesson.same':
    'Both twins train up to η = {plain} on this setup ({source, select, preset {measured for this setup} other {measured here}} over {seeds, number} seeds).',
} as const;
