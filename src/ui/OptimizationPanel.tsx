import { useState } from 'react';
import { OPTIMIZATION_EVERY_CHOICES } from '../experiment/optimizationSettings';
import type { LayerMeasure } from '../state/optimizationHistory';
import type { BandSpec, LineSpec, SeriesView } from './charts/lines';
import { useLab, useLabClient, useMembers, useThrottledFrameValue } from './LabContext';
import { icsAcrossSeeds, optimizationCaption, readOptimization } from './optimizationCaption';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS } from './palette';
import { StepChart, type StepChartContent } from './StepChart';
import { Term } from './Term';
import { partsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { allNetworks, MEMBER_LABELS } from './twinLabels';

const LANDSCAPE_SIZE = { width: 300, height: 180 };
const LAYER_SIZE = { width: 220, height: 130 };

/** The per-layer measures offered, how the page names them, and how they are drawn. */
const LAYER_MEASURE_VIEWS: Record<
  LayerMeasure,
  { label: string; axis: string; log: boolean; domain?: [number, number]; fromLayer: number }
> = {
  gradientChange: {
    label: 'Gradient change ‖G − G′‖/‖G‖ (ICS)',
    axis: '‖G − G′‖/‖G‖',
    log: false,
    fromLayer: 1,
  },
  gradientCosine: {
    label: 'Gradient cosine cos(G, G′)',
    axis: 'cos(G, G′)',
    log: false,
    domain: [-1, 1],
    fromLayer: 1,
  },
  gradientNorm: { label: 'Gradient norm ‖∂L/∂W‖', axis: '‖∂L/∂W‖', log: true, fromLayer: 0 },
  weightNorm: { label: 'Weight norm ‖W‖', axis: '‖W‖', log: true, fromLayer: 0 },
  effectiveLearningRate: {
    label: 'Effective learning rate η/‖W‖² (BN after Dense)',
    axis: 'η/‖W‖²',
    log: true,
    fromLayer: 0,
  },
};

function everyLabel(every: number): string {
  return every === 0 ? 'Off' : `${every} steps`;
}

/** The sentences of what this run shows, re-read twice a second. */
function OptimizationCaption({ every }: { every: number }) {
  const client = useLabClient();
  const seed = useLab((s) => s.settings.experiment.seed);
  const ics = useLab((s) => s.evidence.ics);
  const run = useThrottledFrameValue(
    () => optimizationCaption(readOptimization(client.history.optimization), seed).join(' '),
    500,
  );
  const seeds = icsAcrossSeeds(ics);
  const divergedAt = useLab((s) => s.run.divergedAt);
  // A twin that blew up before its first measurement is never measured: say so, not "soon".
  const lost = (['plain', 'batchNorm'] as const).filter(
    (m) => divergedAt[m] !== null && !client.history.optimization.measured(m),
  );
  const text = run
    ? [run, seeds].filter(Boolean).join(' ')
    : lost.length > 0
      ? [
          `The ${lost.map((m) => (m === 'plain' ? 'plain twin' : 'BN twin')).join(' and the ')} blew up at step ${divergedAt[lost[0]]!.toLocaleString('en')}, before its first measurement: these measures compare the twins where both train (a lower η).`,
          seeds,
        ]
          .filter(Boolean)
          .join(' ')
      : '';
  return (
    <p className="figure-caption" data-testid="optimization-caption">
      {text ||
        (every === 0
          ? 'The measures are off: choose how often to take them.'
          : `This run’s numbers appear here once both twins have been measured (every ${every} steps).`)}
    </p>
  );
}

/** One Dense layer's chart of the chosen per-layer measure, both twins. */
function LayerChart({
  layer,
  name,
  measure,
}: {
  layer: number;
  name: string;
  measure: LayerMeasure;
}) {
  const client = useLabClient();
  const members = useMembers();
  const view = LAYER_MEASURE_VIEWS[measure];
  const build = (): StepChartContent => {
    const series = client.history.optimization.layers;
    return {
      lines: client.history.members.flatMap((v) =>
        series[v][layer]
          ? [
              {
                series: series[v][layer][measure],
                color: MEMBER_COLORS[v],
                width: 1.6,
                label: MEMBER_LABELS[v],
              },
            ]
          : [],
      ),
      options: { log: view.log, yDomain: view.domain, yLabel: view.axis, left: 48 },
    };
  };
  return (
    <figure>
      <StepChart
        label={`${view.label} of ${name} over training, ${allNetworks(members)}`}
        width={LAYER_SIZE.width}
        height={LAYER_SIZE.height}
        build={build}
        deps={[layer, measure]}
      />
      <figcaption>{name}</figcaption>
    </figure>
  );
}

/**
 * Santurkar et al.'s (2018) view of BN, measured live on both twins: internal covariate shift as
 * the change of each layer's gradient caused by the earlier layers' step, and the loss landscape
 * along the gradient (loss band, gradient predictiveness, β-smoothness), with per-layer norms.
 */
export default function OptimizationPanel() {
  const client = useLabClient();
  const info = useLab((s) => s.run.info);
  const every = useLab((s) => s.settings.optimizationEvery);
  const members = useMembers();
  const [measure, setMeasure] = useState<LayerMeasure>('gradientChange');
  const landscapeChart =
    (
      pick: (bands: (typeof client.history.optimization.landscape)['plain']) => {
        bands: BandSpec['low'][];
        line?: BandSpec['low'];
      },
      axis: string,
    ) =>
    (): StepChartContent => {
      const { landscape } = client.history.optimization;
      const bands: BandSpec[] = [];
      const lines: LineSpec[] = [];
      for (const v of client.history.members) {
        const picked = pick(landscape[v]);
        if (picked.bands.length === 2) {
          bands.push({
            low: picked.bands[0],
            high: picked.bands[1],
            color: MEMBER_COLORS[v],
            alpha: 0.22,
          });
          // The band's edges, read out (not drawn: the band shows them).
          for (const [k, edge] of ['min', 'max'].entries())
            lines.push({
              series: picked.bands[k],
              color: MEMBER_COLORS[v],
              alpha: 0,
              label: `${MEMBER_LABELS[v]} ${edge}`,
            });
        }
        if (picked.line)
          lines.push({
            series: picked.line,
            color: MEMBER_COLORS[v],
            width: 1.8,
            label: MEMBER_LABELS[v],
          });
      }
      return { lines, options: { log: true, bands, yLabel: axis } };
    };
  const lossChart = landscapeChart(
    (b) => ({ bands: [b.lossLow, b.lossHigh], line: b.lossAtRate }),
    'loss',
  );
  const gradientChart = landscapeChart(
    (b) => ({ bands: [b.gradientLow, b.gradientHigh] }),
    '‖∇L(θ−η′g) − ∇L(θ)‖',
  );
  const smoothnessChart = landscapeChart(
    (b) => ({ bands: [], line: b.smoothness }),
    'β-smoothness',
  );
  if (!info) return null;
  const view = LAYER_MEASURE_VIEWS[measure];
  const names = [...info.layers.map((_, i) => `Layer ${i + 1}`), 'Output layer'];
  const shown = names.map((name, layer) => ({ name, layer })).slice(view.fromLayer);
  const placement = info.experiment.batchNorm.placement;
  return (
    <section className="panel" aria-labelledby="optimization-title" data-tour="optimization">
      <header className="panel-head">
        <h2 id="optimization-title">Optimization: Santurkar et al.’s measures</h2>
        <FigureExports
          name="optimization"
          what="Santurkar et al.’s measures"
          csv={() => {
            const { landscape, layers } = client.history.optimization;
            return partsCsv(
              client.history.members.flatMap((v) => [
                ...Object.entries<SeriesView>({ ...landscape[v] }).map(([series, data]) => ({
                  part: `${MEMBER_LABELS[v]}, along the gradient`,
                  series,
                  data,
                })),
                ...layers[v].flatMap((measures, layer) =>
                  Object.entries<SeriesView>(measures).map(([series, data]) => ({
                    part: `${MEMBER_LABELS[v]}, ${layer < layers[v].length - 1 ? `layer ${layer + 1}` : 'output layer'}`,
                    series,
                    data,
                  })),
                ),
              ]),
            );
          }}
        />
        <div className="field inline">
          <label htmlFor="optimization-every">Measure every</label>
          <select
            id="optimization-every"
            value={every}
            onChange={(event) => client.setOptimizationEvery(Number(event.currentTarget.value))}
          >
            {OPTIMIZATION_EVERY_CHOICES.map((k) => (
              <option key={k} value={k}>
                {everyLabel(k)}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p className="hint">
        Every {every === 0 ? 'few' : every} steps, on that step’s batch, for both twins: how much
        each layer’s gradient changes when only the layers before it take their step (G before, G′
        after: <Term term="ICS">Santurkar’s internal covariate shift</Term>), and how the loss and
        its gradient change along the gradient for step sizes ¼η to 4η (the{' '}
        <Term term="loss band" />, and <Term term="β-smoothness" />
        ), as in their Figures 4 and 5.
      </p>
      <ul className="legend">
        {members.map((v) => (
          <li key={v} style={{ color: MEMBER_TEXT_COLORS[v] }}>
            ━ {MEMBER_LABELS[v]}
          </li>
        ))}
      </ul>
      <div className="figure-one">
        <figure>
          <StepChart
            label="Loss along the gradient over training: band from ¼η to 4η, line at η, both twins"
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={lossChart}
            deps={[]}
          />
          <figcaption>Loss band along the gradient</figcaption>
        </figure>
        <figure>
          <StepChart
            label="Gradient predictiveness over training: band of ‖∇L(θ − η′g) − ∇L(θ)‖, both twins"
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={gradientChart}
            deps={[]}
          />
          <figcaption>Gradient predictiveness</figcaption>
        </figure>
        <figure>
          <StepChart
            label="Effective β-smoothness over training, both twins"
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={smoothnessChart}
            deps={[]}
          />
          <figcaption>Effective β-smoothness</figcaption>
        </figure>
      </div>
      <div className="figure-controls">
        <div className="field">
          <label htmlFor="layer-measure">Per layer</label>
          <select
            id="layer-measure"
            value={measure}
            onChange={(event) => setMeasure(event.currentTarget.value as LayerMeasure)}
          >
            {(Object.keys(LAYER_MEASURE_VIEWS) as LayerMeasure[]).map((m) => (
              <option key={m} value={m}>
                {LAYER_MEASURE_VIEWS[m].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {measure === 'effectiveLearningRate' && placement !== 'before' && (
        <p className="hint">
          η/‖W‖² is drawn where BN directly follows a Dense layer (placement “before”); with BN{' '}
          {placement === 'after' ? 'after the activation' : 'off'} neither twin has such a layer.
        </p>
      )}
      <div className="figure-one">
        {shown.map(({ name, layer }) => (
          <LayerChart key={layer} layer={layer} name={name} measure={measure} />
        ))}
      </div>
      <OptimizationCaption every={every} />
    </section>
  );
}
