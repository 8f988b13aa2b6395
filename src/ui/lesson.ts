import { band, bandEdge } from '../experiment/bands';
import { TARGET_ACCURACY } from '../experiment/evidence';
import type { Twin } from '../experiment/members';
import type { FrameHistory } from '../state/history';
import type { LabState } from '../state/store';
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

const percent = (x: number) => `${Math.round(100 * x)}%`;

function describe(s: TwinState, name: string): string {
  switch (s.kind) {
    case 'notStarted':
      return `the ${name} has not been evaluated yet`;
    case 'blewUp':
      return `the ${name} blew up at step ${s.step.toLocaleString('en')}`;
    case 'atChance':
      return `the ${name} is not learning (loss ${formatNumber(s.loss)}; a constant guess scores ${formatNumber(s.chance)})`;
    case 'trains':
      return `the ${name} trains${s.accuracy === null ? ` (loss ${formatNumber(s.loss)})` : ` (${s.on} accuracy ${percent(s.accuracy)})`}`;
    case 'learning':
      return `the ${name} is still learning${s.accuracy === null ? ` (loss ${formatNumber(s.loss)})` : ` (${s.on} accuracy ${percent(s.accuracy)})`}`;
  }
}

/**
 * What the learner is seeing, in one plain sentence computed from the charts, and what to try
 * next, computed from the bands on the slider (each twin's highest η that trains).
 */
export function lesson(
  state: LabState,
  history: FrameHistory,
): { now: string; next: string | null } {
  const { learningRate } = state.settings.experiment.optimizer;
  const eta = `η = ${formatNumber(learningRate)}`;
  const plain = twinState(state, history, 'plain');
  const bn = twinState(state, history, 'batchNorm');
  const now =
    state.run.step === 0
      ? `Press Play (or Space) and watch the loss and accuracy chart at ${eta}.`
      : `At ${eta}: ${describe(plain, 'plain twin')}; ${describe(bn, 'BN twin')}.`;
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
  const source = evidence.bands.source === 'preset' ? 'measured for this setup' : 'measured here';
  const seeds = evidence.bands.spec?.seeds ?? 3;
  if (p === null || b === null) return { now, next: null };
  let next: string | null;
  if (b > p && learningRate > b)
    next = `Try next: slide η down to ${formatNumber(b)}: the BN twin trains there and the plain twin does not (it trains up to ${formatNumber(p)}) — BN’s advantage is the range of learning rates that train (${source} over ${seeds} seeds).`;
  else if (b > p && learningRate > p)
    next = `Try next: slide η down to ${formatNumber(p)}, where the bands show both twins training — BN’s advantage is the range of learning rates that train (up to ${formatNumber(b)} with BN, ${formatNumber(p)} without; ${source} over ${seeds} seeds).`;
  else if (b > p)
    next = `Try next: slide η up past ${formatNumber(p)}, where the plain twin’s band ends; the BN twin’s goes on to ${formatNumber(b)} (${source} over ${seeds} seeds).`;
  else if (p > b)
    next = `Here the plain twin tolerates higher learning rates than BN (up to ${formatNumber(p)} against ${formatNumber(b)}; ${source} over ${seeds} seeds): slide η past ${formatNumber(b)} to see it.`;
  else
    next = `Both twins train up to η = ${formatNumber(p)} on this setup (${source} over ${seeds} seeds).`;
  return { now, next };
}
