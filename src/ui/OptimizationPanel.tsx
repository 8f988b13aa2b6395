import { useState, type ReactNode } from 'react';
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
import { allNetworks, MEMBER_LABELS, memberLabel } from './twinLabels';
import { useT } from './language';
import type { Translator } from '../i18n/translate';

const LANDSCAPE_SIZE = { width: 300, height: 180 };
const LAYER_SIZE = { width: 220, height: 130 };

/**
 * The per-layer measures offered, how they are drawn (the page names each by its
 * `opt.measure.<measure>` message; the axis is a formula).
 */
const LAYER_MEASURE_VIEWS: Record<
  LayerMeasure,
  { axis: string; log: boolean; domain?: [number, number]; fromLayer: number }
> = {
  gradientChange: { axis: '‖G − G′‖/‖G‖', log: false, fromLayer: 1 },
  gradientCosine: { axis: 'cos(G, G′)', log: false, domain: [-1, 1], fromLayer: 1 },
  gradientNorm: { axis: '‖∂L/∂W‖', log: true, fromLayer: 0 },
  weightNorm: { axis: '‖W‖', log: true, fromLayer: 0 },
  effectiveLearningRate: { axis: 'η/‖W‖²', log: true, fromLayer: 0 },
};

function everyLabel(every: number, t: Translator): string {
  return every === 0 ? t.t('opt.everyOff') : t.t('opt.everySteps', { steps: every });
}

/** The sentences of what this run shows, re-read twice a second. */
function OptimizationCaption({ every }: { every: number }) {
  const client = useLabClient();
  const t = useT();
  const seed = useLab((s) => s.settings.experiment.seed);
  const ics = useLab((s) => s.evidence.ics);
  const run = useThrottledFrameValue(
    () => optimizationCaption(readOptimization(client.history.optimization), seed, t).join(' '),
    500,
    [t],
  );
  const seeds = icsAcrossSeeds(ics, t);
  const divergedAt = useLab((s) => s.run.divergedAt);
  // A twin that blew up before its first measurement is never measured: say so, not "soon".
  const lost = (['plain', 'batchNorm'] as const).filter(
    (m) => divergedAt[m] !== null && !client.history.optimization.measured(m),
  );
  const text = run
    ? [run, seeds].filter(Boolean).join(' ')
    : lost.length > 0
      ? [
          t.t('opt.lost', {
            twins: t.t('opt.lostTwins', { which: lost.length === 2 ? 'both' : lost[0] }),
            step: divergedAt[lost[0]] ?? 0,
          }),
          seeds,
        ]
          .filter(Boolean)
          .join(' ')
      : '';
  return (
    <p className="figure-caption" data-testid="optimization-caption">
      {text || (every === 0 ? t.t('opt.off') : t.t('opt.waiting', { every }))}
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
  const t = useT();
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
                label: memberLabel(v, t),
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
        label={t.t('opt.layerLabel', {
          measure: t.t(`opt.measure.${measure}`),
          layer: name,
          networks: allNetworks(members, t),
        })}
        width={LAYER_SIZE.width}
        height={LAYER_SIZE.height}
        build={build}
        deps={[layer, measure, t]}
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
  const t = useT();
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
              label: t.t('opt.bandEdge', { network: memberLabel(v, t), edge }),
            });
        }
        if (picked.line)
          lines.push({
            series: picked.line,
            color: MEMBER_COLORS[v],
            width: 1.8,
            label: memberLabel(v, t),
          });
      }
      return { lines, options: { log: true, bands, yLabel: axis } };
    };
  const lossChart = landscapeChart(
    (b) => ({ bands: [b.lossLow, b.lossHigh], line: b.lossAtRate }),
    t.t('chart.loss'),
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
  const names = [
    ...info.layers.map((_, i) => t.t('opt.layer', { layer: i + 1 })),
    t.t('opt.outputLayer'),
  ];
  const shown = names.map((name, layer) => ({ name, layer })).slice(view.fromLayer);
  const placement = info.experiment.batchNorm.placement;
  return (
    <section className="panel" aria-labelledby="optimization-title" data-tour="optimization">
      <header className="panel-head">
        <h2 id="optimization-title">{t.t('opt.title')}</h2>
        <FigureExports
          name="optimization"
          what={t.t('opt.what')}
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
          <label htmlFor="optimization-every">{t.t('opt.every')}</label>
          <select
            id="optimization-every"
            value={every}
            onChange={(event) => client.setOptimizationEvery(Number(event.currentTarget.value))}
          >
            {OPTIMIZATION_EVERY_CHOICES.map((k) => (
              <option key={k} value={k}>
                {everyLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p className="hint">
        {t.parts<ReactNode>('opt.hint', {
          every: every === 0 ? 'few' : every,
          ics: (chunks) => <Term term="ICS">{chunks}</Term>,
          band: (chunks) => <Term term="loss band">{chunks}</Term>,
          smooth: (chunks) => <Term term="β-smoothness">{chunks}</Term>,
        })}
      </p>
      <ul className="legend">
        {members.map((v) => (
          <li key={v} style={{ color: MEMBER_TEXT_COLORS[v] }}>
            {t.t('opt.legend', { network: memberLabel(v, t) })}
          </li>
        ))}
      </ul>
      <div className="figure-one">
        <figure>
          <StepChart
            label={t.t('opt.lossLabel')}
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={lossChart}
            deps={[t]}
          />
          <figcaption>{t.t('opt.lossCaption')}</figcaption>
        </figure>
        <figure>
          <StepChart
            label={t.t('opt.gradientLabel')}
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={gradientChart}
            deps={[t]}
          />
          <figcaption>{t.t('opt.gradientCaption')}</figcaption>
        </figure>
        <figure>
          <StepChart
            label={t.t('opt.smoothLabel')}
            width={LANDSCAPE_SIZE.width}
            height={LANDSCAPE_SIZE.height}
            build={smoothnessChart}
            deps={[t]}
          />
          <figcaption>{t.t('opt.smoothCaption')}</figcaption>
        </figure>
      </div>
      <div className="figure-controls">
        <div className="field">
          <label htmlFor="layer-measure">{t.t('opt.perLayer')}</label>
          <select
            id="layer-measure"
            value={measure}
            onChange={(event) => setMeasure(event.currentTarget.value as LayerMeasure)}
          >
            {(Object.keys(LAYER_MEASURE_VIEWS) as LayerMeasure[]).map((m) => (
              <option key={m} value={m}>
                {t.t(`opt.measure.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {measure === 'effectiveLearningRate' && placement !== 'before' && (
        <p className="hint">{t.t('opt.effectiveHint', { placement })}</p>
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
