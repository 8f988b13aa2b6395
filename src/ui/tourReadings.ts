import { band, bandEdge } from '../experiment/bands';
import { parameterSummary } from '../page/parameterSummary';
import type { TourReading } from '../page/tour';
import type { Tap } from '../experiment/taps';
import type { FrameHistory } from '../state/history';
import { splitRows } from '../experiment/cost';
import { scoreRows, type RowId } from '../state/scoreboard';
import type { LabState } from '../state/store';
import { ENGLISH, type Translator } from '../i18n/translate';
import { formatNumber } from './charts/canvas';
import { driftWords, readLayer } from './layerWords';
import { icsAcrossSeeds, optimizationCaption, readOptimization } from './optimizationCaption';
import { scoreboardSentences, scoreContext } from './scoreboardText';

/** What a reading is computed from: the page's state and the frames drawn. */
export interface ReadingSources {
  state: LabState;
  history: FrameHistory;
}

/** Each twin's state now: blew up (at step N), or its latest test accuracy and loss. */
function outcome({ state, history }: ReadingSources, withLoss: boolean, t: Translator): string {
  const { run } = state;
  if (run.step === 0) return t.t('reading.notStarted');
  const twin = (m: 'plain' | 'batchNorm') => {
    const at = run.divergedAt[m];
    if (at !== null) return t.t('reading.twinBlewUp', { twin: m, step: at });
    const e = history.evaluations[m];
    const n = e?.testAccuracy.length ?? 0;
    if (!e || n === 0) return t.t('reading.twinNoEvaluation', { twin: m });
    const loss = e.trainLoss.length > 0 ? e.trainLoss.ys[e.trainLoss.length - 1] : null;
    const accuracy = Math.round(100 * e.testAccuracy.ys[n - 1]) / 100;
    return withLoss && loss !== null
      ? t.t('reading.twinAccuracyLoss', {
          twin: m,
          accuracy,
          loss: t.digitsOf(formatNumber(loss)),
        })
      : t.t('reading.twinAccuracy', { twin: m, accuracy });
  };
  return t.t('reading.outcome', {
    step: run.step,
    plain: twin('plain'),
    batchNorm: twin('batchNorm'),
  });
}

/**
 * How far a tap of some layers moved from step 0, for each twin, in the words its readout and
 * drift bar use ("moved 0.35 σ₀", "blew up at step 8", "vanished …").
 */
function drifts({ state, history }: ReadingSources, tap: Tap, layers: number[], t: Translator) {
  const of = (m: 'plain' | 'batchNorm') =>
    layers.map((l) =>
      driftWords(readLayer(history, m, l, tap, null, state.run.divergedAt[m] ?? null), t),
    );
  return { plain: of('plain'), batchNorm: of('batchNorm') };
}

/** The scoreboard's sentence for some rows, with where its numbers come from. */
function scoreSentence({ state }: ReadingSources, ids: RowId[], t: Translator): string | null {
  const { evidence } = state;
  const testRows = splitRows(state.settings.experiment.data).test > 0;
  const rows = scoreRows(evidence, ['plain', 'batchNorm'], testRows).filter((r) =>
    ids.includes(r.id),
  );
  const sentences = scoreboardSentences(rows, scoreContext(evidence, testRows), t);
  if (sentences.length === 0) return t.t('reading.scoreMeasuring');
  const seeds = evidence.bands.spec?.seeds ?? 3;
  return t.t('reading.score', { seeds, sentences: sentences.join(' ') });
}

/**
 * The measurement a tour step states under its text, computed from what the page shows now (so
 * the sentence and the charts agree), or null when there is nothing to state.
 */
export function tourReading(
  reading: TourReading,
  sources: ReadingSources,
  t: Translator = ENGLISH,
): string | null {
  const { state, history } = sources;
  const layers = state.run.info?.layers.length ?? 0;
  const last = layers - 1;
  switch (reading) {
    case 'outcome':
      return outcome(sources, false, t);
    case 'inputs':
      return outcome(sources, true, t);
    case 'layerInputs': {
      if (state.run.step === 0 || layers === 0) return t.t('reading.notStarted');
      const d = drifts(sources, 'preActivation', [0, last], t);
      return t.t('reading.layerInputs', {
        step: state.run.step,
        layers,
        plainFirst: d.plain[0],
        plainLast: d.plain[1],
        bnFirst: d.batchNorm[0],
        bnLast: d.batchNorm[1],
      });
    }
    case 'drift': {
      if (state.run.step === 0 || layers === 0) return t.t('reading.notStarted');
      const received = drifts(sources, 'bnInput', [last], t);
      const passed = drifts(sources, 'preActivation', [last], t);
      return t.t('reading.drift', {
        step: state.run.step,
        layers,
        bnReceived: received.batchNorm[0],
        plainReceived: received.plain[0],
        bnPassed: passed.batchNorm[0],
      });
    }
    case 'parameters': {
      const norms = parameterSummary(state.settings.experiment).filter(
        (r) => r.kind === 'BatchNormalization',
      );
      if (norms.length === 0) return t.t('reading.noBatchNorm');
      return norms
        .map((r) =>
          t.t('reading.parameters', {
            name: r.name,
            units: r.units,
            total: r.trainable + r.nonTrainable,
            trainable: r.trainable,
            nonTrainable: r.nonTrainable,
          }),
        )
        .join(' ');
    }
    case 'gammaBeta': {
      const count = history.gamma.length;
      if (count === 0 || state.run.step === 0) return t.t('reading.notStarted');
      const latest = (series: FrameHistory['gamma']) =>
        series.map((s) => s.ys[s.length - 1]).filter((v) => Number.isFinite(v));
      const [gamma, beta] = [latest(history.gamma), latest(history.beta)];
      const n = (x: number) => t.digitsOf(formatNumber(x));
      return t.t('reading.gammaBeta', {
        step: state.run.step,
        gammaLow: n(Math.min(...gamma)),
        gammaHigh: n(Math.max(...gamma)),
        betaLow: n(Math.min(...beta)),
        betaHigh: n(Math.max(...beta)),
        count,
      });
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
      const up = (v: number | null) =>
        v === null
          ? t.t('reading.atNoRate')
          : t.t('reading.upTo', { eta: t.digitsOf(formatNumber(v)) });
      return t.t('reading.placements', {
        placements: edges
          .map((e) => t.t('reading.placement', { placement: e.placement, edge: up(e.bn) }))
          .join('; '),
        plain: up(edges[0].plain),
      });
    }
    case 'testTime': {
      const m = state.measurements.testTime;
      if (!m) return t.t('reading.notMeasured');
      const round = (x: number) => Math.round(100 * x) / 100;
      return t.t('reading.testTime', {
        step: m.step,
        inference: round(m.inferenceAccuracy),
        smallest: round(m.trainModeAccuracy[0]),
        smallestSize: m.batchSizes[0],
        largest: round(m.trainModeAccuracy[m.trainModeAccuracy.length - 1]),
        largestSize: m.batchSizes[m.batchSizes.length - 1],
      });
    }
    case 'edge':
      return scoreSentence(sources, ['edge'], t);
    case 'speed':
      return scoreSentence(sources, ['speed'], t);
    case 'gap':
      return scoreSentence(sources, ['gap'], t);
    case 'init':
      return scoreSentence(sources, ['init', 'speed'], t);
    case 'landscape': {
      const sentences = optimizationCaption(
        readOptimization(history.optimization),
        state.settings.experiment.seed,
        t,
      );
      const seeds = icsAcrossSeeds(state.evidence.ics, t);
      if (sentences.length === 0) return seeds ?? t.t('reading.notMeasuredPlay');
      return [...sentences, ...(seeds ? [seeds] : [])].join(' ');
    }
  }
}
