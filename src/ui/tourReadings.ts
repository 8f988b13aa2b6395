import { band, bandEdge } from '../experiment/bands';
import { parameterSummary } from '../page/parameterSummary';
import type { TourReading } from '../page/tour';
import type { Tap } from '../experiment/taps';
import type { FrameHistory } from '../state/history';
import { splitRows } from '../experiment/cost';
import { scoreRows, type RowId } from '../state/scoreboard';
import type { LabState } from '../state/store';
import { formatNumber } from './charts/canvas';
import { driftWords, readLayer } from './layerWords';
import { icsAcrossSeeds, optimizationCaption, readOptimization } from './optimizationCaption';
import { scoreboardSentences, scoreContext } from './scoreboardText';

/** What a reading is computed from: the page's state and the frames drawn. */
export interface ReadingSources {
  state: LabState;
  history: FrameHistory;
}

const percent = (x: number) => `${Math.round(100 * x)}%`;
const stepText = (n: number) => n.toLocaleString('en');

/** Each twin's state now: blew up (at step N), or its latest test accuracy and loss. */
function outcome({ state, history }: ReadingSources, withLoss: boolean): string | null {
  const { run } = state;
  if (run.step === 0) return 'Not started yet: press Play.';
  const twin = (m: 'plain' | 'batchNorm', name: string) => {
    const at = run.divergedAt[m];
    if (at !== null) return `the ${name} blew up at step ${stepText(at)}`;
    const e = history.evaluations[m];
    const n = e?.testAccuracy.length ?? 0;
    if (!e || n === 0) return `the ${name} has no evaluation yet`;
    const loss = e.trainLoss.length > 0 ? e.trainLoss.ys[e.trainLoss.length - 1] : null;
    return `the ${name}’s test accuracy is ${percent(e.testAccuracy.ys[n - 1])}${withLoss && loss !== null ? ` (train loss ${formatNumber(loss)})` : ''}`;
  };
  return `Step ${stepText(run.step)}: ${twin('plain', 'plain twin')}; ${twin('batchNorm', 'BN twin')}.`;
}

/**
 * How far a tap of some layers moved from step 0, for each twin, in the words its readout and
 * drift bar use ("moved 0.35 σ₀", "blew up at step 8", "vanished …").
 */
function drifts({ state, history }: ReadingSources, tap: Tap, layers: number[]) {
  const of = (m: 'plain' | 'batchNorm') =>
    layers.map((l) =>
      driftWords(readLayer(history, m, l, tap, null, state.run.divergedAt[m] ?? null)),
    );
  return { plain: of('plain'), batchNorm: of('batchNorm') };
}

/** The scoreboard's sentence for some rows, with where its numbers come from. */
function scoreSentence({ state }: ReadingSources, ids: RowId[]): string | null {
  const { evidence } = state;
  const testRows = splitRows(state.settings.experiment.data).test > 0;
  const rows = scoreRows(evidence, ['plain', 'batchNorm'], testRows).filter((r) =>
    ids.includes(r.id),
  );
  const sentences = scoreboardSentences(rows, scoreContext(evidence, testRows));
  if (sentences.length === 0) return 'Being measured over several seeds (see the scoreboard).';
  const seeds = evidence.bands.spec?.seeds ?? 3;
  return `Over ${seeds} seeds: ${sentences.join(' ')}`;
}

/**
 * The measurement a tour step states under its text, computed from what the page shows now (so
 * the sentence and the charts agree), or null when there is nothing to state.
 */
export function tourReading(reading: TourReading, sources: ReadingSources): string | null {
  const { state, history } = sources;
  const layers = state.run.info?.layers.length ?? 0;
  const last = layers - 1;
  switch (reading) {
    case 'outcome':
      return outcome(sources, false);
    case 'inputs':
      return outcome(sources, true);
    case 'layerInputs': {
      if (state.run.step === 0 || layers === 0) return 'Not started yet: press Play.';
      const d = drifts(sources, 'preActivation', [0, last]);
      return `Step ${stepText(state.run.step)}, activation inputs since step 0 — plain twin: layer 1 ${d.plain[0]}, layer ${layers} ${d.plain[1]}; BN twin: layer 1 ${d.batchNorm[0]}, layer ${layers} ${d.batchNorm[1]}.`;
    }
    case 'drift': {
      if (state.run.step === 0 || layers === 0) return 'Not started yet: press Play.';
      const received = drifts(sources, 'bnInput', [last]);
      const passed = drifts(sources, 'preActivation', [last]);
      return `Step ${stepText(state.run.step)}, layer ${layers}, since step 0: what BN receives ${received.batchNorm[0]} in the BN twin (the plain twin at the same place: ${received.plain[0]}); the BN twin’s activation input, after BN, ${passed.batchNorm[0]}.`;
    }
    case 'parameters': {
      const norms = parameterSummary(state.settings.experiment).filter(
        (r) => r.kind === 'BatchNormalization',
      );
      if (norms.length === 0) return 'This setup has no BN layer.';
      return norms
        .map(
          (r) =>
            `${r.name}: ${r.units} features × 4 = ${r.trainable + r.nonTrainable} numbers (${r.trainable} trainable, ${r.nonTrainable} not).`,
        )
        .join(' ');
    }
    case 'gammaBeta': {
      const count = history.gamma.length;
      if (count === 0 || state.run.step === 0) return 'Not started yet: press Play.';
      const latest = (series: FrameHistory['gamma']) =>
        series.map((s) => s.ys[s.length - 1]).filter((v) => Number.isFinite(v));
      const range = (values: number[]) =>
        `${formatNumber(Math.min(...values))} to ${formatNumber(Math.max(...values))}`;
      return `Step ${stepText(state.run.step)}: γ from ${range(latest(history.gamma))}, β from ${range(latest(history.beta))} over the ${count} features shown.`;
    }
    case 'placements': {
      const shipped = state.evidence.shipped;
      if (!shipped) return null;
      const { experiment } = state.settings;
      const edges = shipped.setups
        .filter(
          (s) =>
            JSON.stringify({ ...s.experiment, batchNorm: null, optimizer: null }) ===
            JSON.stringify({ ...experiment, batchNorm: null, optimizer: null }),
        )
        .map((s) => {
          const bn = bandEdge(band(s.bands.results, 'batchNorm', s.bands.threshold));
          const plain = bandEdge(band(s.bands.results, 'plain', s.bands.threshold));
          return { placement: s.experiment.batchNorm.placement, bn, plain };
        });
      if (edges.length === 0) return null;
      const up = (v: number | null) => (v === null ? 'at no rate' : `up to η = ${formatNumber(v)}`);
      return `Measured for this preset (3 seeds per rate, majority): ${edges
        .map((e) => `with BN ${e.placement} the activation the BN twin trains ${up(e.bn)}`)
        .join('; ')}; without BN, ${up(edges[0].plain)}.`;
    }
    case 'testTime': {
      const t = state.measurements.testTime;
      if (!t) return 'Not measured yet: press the button.';
      const smallest = t.batchSizes[0];
      return `Measured at step ${stepText(t.step)}: inference mode ${percent(t.inferenceAccuracy)}; each test batch normalized by its own statistics: ${percent(t.trainModeAccuracy[0])} on batches of ${smallest}, ${percent(t.trainModeAccuracy[t.trainModeAccuracy.length - 1])} on batches of ${t.batchSizes[t.batchSizes.length - 1]}.`;
    }
    case 'edge':
      return scoreSentence(sources, ['edge']);
    case 'speed':
      return scoreSentence(sources, ['speed']);
    case 'gap':
      return scoreSentence(sources, ['gap']);
    case 'init':
      return scoreSentence(sources, ['init', 'speed']);
    case 'landscape': {
      const sentences = optimizationCaption(
        readOptimization(history.optimization),
        state.settings.experiment.seed,
      );
      const seeds = icsAcrossSeeds(state.evidence.ics);
      if (sentences.length === 0) return seeds ?? 'Not measured yet: press Play.';
      return [...sentences, ...(seeds ? [seeds] : [])].join(' ');
    }
  }
}
