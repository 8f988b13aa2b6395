import { band, bandEdge } from '../experiment/bands';
import { TARGET_ACCURACY } from '../experiment/evidence';
import type { Twin } from '../experiment/members';
import type { FrameHistory } from '../state/history';
import type { LabState } from '../state/store';
import { ENGLISH, type Translator } from '../i18n/translate';
import { formatNumber } from './charts/canvas';

/** Evaluations a twin must have before it is called stuck at chance. */
const SETTLED_EVALUATIONS = 4;

/** How one twin is doing in the live run, from what the loss and accuracy charts show. */
export type TwinState =
  | { kind: 'notStarted' }
  | { kind: 'blewUp'; step: number }
  | { kind: 'atChance'; loss: number; chance: number }
  | { kind: 'trains'; accuracy: number | null; on: ScoredOn; loss: number }
  | { kind: 'learning'; accuracy: number | null; on: ScoredOn; loss: number };

/** The rows an accuracy is measured on: the test rows, or the training rows when none are held out. */
type ScoredOn = 'test' | 'training';

function last(series: { length: number; ys: Float64Array }): number | null {
  return series.length > 0 ? series.ys[series.length - 1] : null;
}

/** A twin's state: blew up, stuck at the chance loss, trained past the threshold, or learning. */
export function twinState(state: LabState, history: FrameHistory, twin: Twin): TwinState {
  const at = state.run.divergedAt[twin];
  if (at !== null) return { kind: 'blewUp', step: at };
  const e = history.evaluations[twin];
  const loss = e ? last(e.trainLoss) : null;
  if (!e || loss === null || state.run.step === 0) return { kind: 'notStarted' };
  const test = last(e.testAccuracy);
  const accuracy = test ?? last(e.trainAccuracy);
  const on: ScoredOn = test === null ? 'training' : 'test';
  const { threshold } = state.evidence;
  // The threshold is 75% of the chance loss (see defaultThreshold): chance is threshold / 0.75.
  const chance = threshold / 0.75;
  if (loss < threshold || (accuracy !== null && accuracy >= TARGET_ACCURACY))
    return { kind: 'trains', accuracy, on, loss };
  if (e.trainLoss.length >= SETTLED_EVALUATIONS && loss >= 0.97 * chance)
    return { kind: 'atChance', loss, chance };
  return { kind: 'learning', accuracy, on, loss };
}

/** One twin's clause: how it is doing, as the charts show it. */
function describe(s: TwinState, twin: Twin, t: Translator): string {
  switch (s.kind) {
    case 'notStarted':
      return t.t('lesson.notStarted', { twin });
    case 'blewUp':
      return t.t('lesson.blewUp', { twin, step: s.step });
    case 'atChance':
      return t.t('lesson.atChance', {
        twin,
        loss: t.digitsOf(formatNumber(s.loss)),
        chance: t.digitsOf(formatNumber(s.chance)),
      });
    case 'trains':
    case 'learning': {
      const loss = s.kind === 'trains' ? 'lesson.trainsLoss' : 'lesson.learningLoss';
      const accuracy = s.kind === 'trains' ? 'lesson.trainsAccuracy' : 'lesson.learningAccuracy';
      return s.accuracy === null
        ? t.t(loss, { twin, loss: t.digitsOf(formatNumber(s.loss)) })
        : t.t(accuracy, { twin, on: s.on, accuracy: Math.round(100 * s.accuracy) / 100 });
    }
  }
}

/**
 * What the learner is seeing, in one plain sentence computed from the charts, and what to try
 * next, computed from the bands on the slider (each twin's highest η that trains).
 */
export function lesson(
  state: LabState,
  history: FrameHistory,
  t: Translator = ENGLISH,
): { now: string; next: string | null } {
  const { learningRate } = state.settings.experiment.optimizer;
  const number = (x: number) => t.digitsOf(formatNumber(x));
  const eta = number(learningRate);
  const plain = twinState(state, history, 'plain');
  const bn = twinState(state, history, 'batchNorm');
  const now =
    state.run.step === 0
      ? t.t('lesson.pressPlay', { eta })
      : t.t('lesson.now', {
          eta,
          plain: describe(plain, 'plain', t),
          batchNorm: describe(bn, 'batchNorm', t),
        });
  const { evidence } = state;
  // What to try next comes once the run has shown something.
  if (
    state.run.step === 0 ||
    evidence.bands.status !== 'done' ||
    state.settings.experiment.batchNorm.placement === 'none'
  )
    return { now, next: null };
  const edge = (twin: Twin) => bandEdge(band(evidence.bands.results, twin, evidence.threshold));
  const [p, b] = [edge('plain'), edge('batchNorm')];
  if (p === null || b === null) return { now, next: null };
  const values = {
    plain: number(p),
    bn: number(b),
    source: evidence.bands.source === 'preset' ? 'preset' : 'here',
    seeds: evidence.bands.spec?.seeds ?? 3,
  };
  const next =
    b > p && learningRate > b
      ? t.t('lesson.nextDownBn', values)
      : b > p && learningRate > p
        ? t.t('lesson.nextDownBoth', values)
        : b > p
          ? t.t('lesson.nextUp', values)
          : p > b
            ? t.t('lesson.plainHigher', values)
            : t.t('lesson.same', values);
  return { now, next };
}
