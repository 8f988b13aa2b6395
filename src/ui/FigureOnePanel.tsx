import { useState } from 'react';
import type { Member } from '../experiment/members';
import type { TapHistory } from '../state/tapHistory';
import type { SeriesView } from './charts/lines';
import { figureOneCaption, readFigureOne } from './figureOneCaption';
import { useLab, useLabClient, useMembers, useThrottledFrameValue } from './LabContext';
import { NumberField } from './NumberField';
import { partsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { StepChart, type StepChartContent } from './StepChart';
import { blewUpMarkers } from './blewUpMarkers';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS } from './palette';
import { allNetworks, memberLabel, networkName } from './twinLabels';
import { useT } from './language';
import type { MessageKey } from '../i18n/translate';

const SIZE = { width: 300, height: 200 };

/** The 15th/50th/85th percentile columns of a whole-layer tap history as three series. */
function layerPercentiles(history: TapHistory | undefined): SeriesView[] {
  if (!history) return [];
  return [0, 1, 2].map((k) => ({
    xs: history.steps,
    ys: Float64Array.from({ length: history.length }, (_, i) => history.percentiles[3 * i + k]),
    length: history.length,
  }));
}

/** The caption's sentences, re-read from the history twice a second. */
function FigureOneCaption(props: { activation: string }) {
  const client = useLabClient();
  const t = useT();
  const seed = useLab((s) => s.settings.experiment.seed);
  const label = t.t(`option.model.hidden[].activation.${props.activation}` as MessageKey);
  const read = () =>
    figureOneCaption(
      readFigureOne(
        {
          plain: client.history.evaluations.plain.testAccuracy,
          batchNorm: client.history.evaluations.batchNorm.testAccuracy,
        },
        client.history.unitPercentiles,
        label,
        seed,
      ),
      t,
    ).join(' ');
  const text = useThrottledFrameValue(read, 500, [t]);
  return (
    <p className="figure-caption" data-testid="figure-one-caption">
      {text || t.t('fig1.waiting')}
    </p>
  );
}

/**
 * The BN paper's Figure 1 for the current setup: (a) test accuracy of both twins, (b, c) the 15th,
 * 50th and 85th percentiles of the input to one sigmoid (or the whole layer) over training.
 */
export default function FigureOnePanel() {
  const client = useLabClient();
  const t = useT();
  const info = useLab((s) => s.run.info);
  const follow = useLab((s) => s.settings.follow);
  const members = useMembers();
  const [wholeLayer, setWholeLayer] = useState(false);
  const layers = info?.layers ?? [];
  const layer =
    follow.layer < 0 || follow.layer >= layers.length ? layers.length - 1 : follow.layer;
  const units = layers[layer]?.units ?? 1;
  const activation = layers[layer]?.activation ?? 'sigmoid';
  const series = (variant: Member): SeriesView[] =>
    wholeLayer
      ? layerPercentiles(client.history.taps[variant]?.[layer]?.preActivation)
      : (client.history.unitPercentiles[variant] ?? []);
  const domain = (): [number, number] | undefined => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of client.history.members)
      for (const s of series(v))
        for (let i = 0; i < s.length; i++) {
          lo = Math.min(lo, s.ys[i]);
          hi = Math.max(hi, s.ys[i]);
        }
    return Number.isFinite(lo) && hi > lo
      ? [lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)]
      : undefined;
  };
  const percentileChart = (variant: Member) => (): StepChartContent => ({
    lines: series(variant).map((s, k) => ({
      series: s,
      color: MEMBER_COLORS[variant],
      width: k === 1 ? 2 : 1.2,
      dash: k === 1 ? [] : [4, 3],
      label: t.t((['fig1.p15', 'fig1.median', 'fig1.p85'] as const)[k]),
    })),
    options: {
      yDomain: domain(),
      yLabel: t.t('fig1.inputAxis', { activation }),
      markers: blewUpMarkers(client, t, [variant]),
    },
  });
  const accuracyChart = (): StepChartContent => ({
    lines: client.history.members.map((v) => ({
      series: client.history.evaluations[v].testAccuracy,
      color: MEMBER_COLORS[v],
      width: 2,
      label: memberLabel(v, t),
    })),
    options: {
      yDomain: [0, 1],
      yLabel: t.t('fig1.accuracyAxis'),
      markers: blewUpMarkers(client, t),
    },
  });
  const figureCsv = () =>
    partsCsv([
      ...accuracyChart().lines.map((l) => ({
        part: t.t('fig1.csvAccuracy'),
        series: l.label ?? '',
        data: l.series,
      })),
      ...client.history.members.flatMap((v, i) =>
        percentileChart(v)().lines.map((l) => ({
          part: t.t('fig1.csvPart', {
            letter: 'bcde'[i],
            network: memberLabel(v, t),
            layer: layer + 1,
            whole: wholeLayer ? 'yes' : 'no',
            unit: follow.unit,
          }),
          series: l.label ?? '',
          data: l.series,
        })),
      ),
    ]);
  if (layers.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="figure-one-title" data-tour="figure-1">
      <header className="panel-head">
        <h2 id="figure-one-title">{t.t('fig1.title')}</h2>
        <FigureExports name="figure-1" what={t.t('fig1.what')} csv={figureCsv} />
      </header>
      <p className="hint">
        {t.t('fig1.hint', {
          networks: allNetworks(members, t),
          letters: 'bcde'.slice(0, members.length).split('').join(', '),
          whole: wholeLayer ? 'yes' : 'no',
          activation,
        })}
      </p>
      <div className="figure-controls">
        <div className="field">
          <label htmlFor="followed-layer">{t.t('fig1.layer')}</label>
          <select
            id="followed-layer"
            value={layer}
            onChange={(event) =>
              client.follow(
                Number(event.currentTarget.value),
                Math.min(follow.unit, (layers[Number(event.currentTarget.value)]?.units ?? 1) - 1),
              )
            }
          >
            {layers.map((l, i) => (
              <option key={i} value={i}>
                {t.t('fig1.layerOption', {
                  layer: i + 1,
                  units: l.units,
                  activation: l.activation,
                })}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label={t.t('fig1.unit')}
          step={1}
          min={0}
          max={units - 1}
          value={follow.unit}
          apply={(unit) => {
            if (!Number.isInteger(unit) || unit < 0 || unit >= units)
              return [t.t('fig1.unitError', { last: units - 1 })];
            client.follow(layer, unit);
            return [];
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={wholeLayer}
            onChange={(event) => setWholeLayer(event.currentTarget.checked)}
          />
          {t.t('fig1.wholeLayer')}
        </label>
      </div>
      <div className="figure-one">
        <figure>
          <StepChart
            label={t.t('fig1.accuracyLabel')}
            width={SIZE.width}
            height={SIZE.height}
            build={accuracyChart}
            deps={[t]}
          />
          <figcaption>{t.t('fig1.accuracyCaption')}</figcaption>
        </figure>
        {members.map((v, i) => (
          <PercentileFigure
            key={v}
            variant={v}
            letter={'bcde'[i]}
            build={percentileChart(v)}
            deps={[wholeLayer, layer, t]}
          />
        ))}
      </div>
      <FigureOneCaption activation={activation} />
    </section>
  );
}

/** One network's percentile chart (Figure 1 b, c; d and e for a cohort's extra networks). */
function PercentileFigure(props: {
  variant: Member;
  letter: string;
  build: () => StepChartContent;
  deps: unknown[];
}) {
  const t = useT();
  return (
    <figure>
      <StepChart
        label={t.t('fig1.percentileLabel', {
          letter: props.letter,
          network: networkName(props.variant, t),
        })}
        width={SIZE.width}
        height={SIZE.height}
        build={props.build}
        deps={props.deps}
      />
      <figcaption style={{ color: MEMBER_TEXT_COLORS[props.variant] }}>
        {t.t('fig1.percentileCaption', {
          letter: props.letter,
          network: memberLabel(props.variant, t),
        })}
      </figcaption>
    </figure>
  );
}
