import { useRef } from 'react';
import { formatNumber } from './charts/canvas';
import { useT } from './language';
import { useFrameEffect, useLab, useLabClient, useThrottledFrameValue } from './LabContext';
import { FEATURE_COLORS } from './palette';
import { StepChart, type StepChartContent } from './StepChart';
import { pairs, partsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { H, NoiseChart, RunningVsBatch, TestTimeChart, W } from './TestTimeCharts';
import { memberLabel } from './twinLabels';
import { momentumMeaning, updateRules, varianceNote } from './momentumText';
import { WorkedBatchPanel } from './WorkedBatchPanel';

/** Train − test accuracy (and loss) of every network from the latest evaluation. */
function GapReadout() {
  const client = useLabClient();
  const t = useT();
  const ref = useRef<HTMLParagraphElement>(null);
  useFrameEffect(() => {
    if (!ref.current) return;
    const { divergedAt } = client.store.getState().run;
    const parts = client.history.members.map((v) => {
      const at = divergedAt[v] ?? null;
      const network = memberLabel(v, t);
      if (at !== null) return t.t('testTime.gapBlewUp', { network, step: at });
      const e = client.history.evaluations[v];
      const train = e.trainAccuracy.last;
      const test = e.testAccuracy.last;
      const trainLoss = e.trainLoss.last;
      const testLoss = e.testLoss.last;
      const n = e.testAccuracy.length;
      // Before any training the gap of an untrained net says nothing about regularization.
      if (n === 0 || e.testAccuracy.xs[n - 1] === 0)
        return t.t('testTime.gapUntrained', { network });
      if (train === null || test === null || trainLoss === null || testLoss === null)
        return t.t('testTime.gapUnknown', { network });
      return t.t('testTime.gapValue', {
        network,
        points: t.digitsOf((100 * (train - test)).toFixed(1)),
        loss: t.digitsOf(formatNumber(testLoss - trainLoss)),
      });
    });
    ref.current.textContent = t.t('testTime.gap', { parts: parts.join(' · ') });
  }, [t]);
  return <p className="readout" ref={ref} data-testid="gap" />;
}

/** BN at test time, γ and β, the noise of batch statistics, and the regularization readout. */
/** Which color is which feature in the γ and β charts. */
function FeatureLegend(props: { count: number }) {
  const t = useT();
  if (props.count === 0) return null;
  return (
    <ul className="legend" aria-label={t.t('testTime.features')}>
      {Array.from({ length: props.count }, (_, j) => (
        <li key={j}>
          <span
            className="swatch"
            style={{ background: FEATURE_COLORS[j % FEATURE_COLORS.length] }}
            aria-hidden="true"
          />{' '}
          {t.t('testTime.feature', { feature: j + 1 })}
        </li>
      ))}
    </ul>
  );
}

export default function TestTimePanel() {
  const client = useLabClient();
  const t = useT();
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  const momentum = useLab((s) => s.settings.experiment.batchNorm.momentum);
  const convention = useLab((s) => s.settings.experiment.batchNorm.convention);
  const batchSize = useLab((s) => s.settings.experiment.training.batchSize);
  const rules = updateRules(momentum, t);
  const gammaFeatures = useThrottledFrameValue(() => client.history.gamma.length, 500);
  const featureChart = (name: 'γ' | 'β') => (): StepChartContent => ({
    lines: (name === 'γ' ? client.history.gamma : client.history.beta).map((series, j) => ({
      series,
      color: FEATURE_COLORS[j % FEATURE_COLORS.length],
      width: 1.5,
      label: t.t('testTime.feature', { feature: j + 1 }),
    })),
    options: { yLabel: name },
  });
  const bn = useThrottledFrameValue(() => client.history.bn, 500);
  const csv = () => {
    const { testTime, batchNoise } = client.store.getState().measurements;
    const latest = client.history.bn;
    const features = (n: number) => Array.from({ length: n }, (_, j) => j + 1);
    return partsCsv(
      [
        ...(testTime
          ? [
              {
                part: `test accuracy by test batch size (x: batch size), step ${testTime.step}`,
                series: 'own batch statistics',
                data: pairs(testTime.batchSizes, testTime.trainModeAccuracy),
              },
              {
                part: `test accuracy by test batch size (x: batch size), step ${testTime.step}`,
                series: 'running statistics',
                data: pairs(
                  testTime.batchSizes,
                  testTime.batchSizes.map(() => testTime.inferenceAccuracy),
                ),
              },
            ]
          : []),
        ...(batchNoise
          ? [
              {
                part: `batch-mean noise (x: batch size), layer ${batchNoise.layer + 1}, step ${batchNoise.step}`,
                series: 'std of the batch mean',
                data: pairs(batchNoise.batchSizes, batchNoise.batchMeanStd),
              },
            ]
          : []),
        ...(latest
          ? (
              [
                ['running mean', latest.runningMean],
                ['batch mean', latest.batchMean],
                ['running variance', latest.runningVariance],
                ['batch variance', latest.batchVariance],
              ] as const
            ).map(([series, values]) => ({
              part: `running against batch statistics (x: feature), layer ${latest.layer + 1}`,
              series,
              data: pairs(features(values.length), values),
            }))
          : []),
        ...client.history.gamma.map((data, j) => ({
          part: 'γ over training (x: step)',
          series: `feature ${j + 1}`,
          data,
        })),
        ...client.history.beta.map((data, j) => ({
          part: 'β over training (x: step)',
          series: `feature ${j + 1}`,
          data,
        })),
      ],
      'x',
    );
  };
  if (placement === 'none') {
    return (
      <section className="panel" aria-labelledby="test-time-title" data-tour="test-time">
        <h2 id="test-time-title">{t.t('testTime.title')}</h2>
        <p className="hint">{t.t('testTime.none')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="test-time-title" data-tour="test-time">
      <header className="panel-head">
        <h2 id="test-time-title">{t.t('testTime.title')}</h2>
        <FigureExports name="test-time" what={t.t('testTime.what')} csv={csv} />
      </header>
      <WorkedBatchPanel />
      <p className="hint">{t.t('testTime.intro')}</p>
      <div className="buttons">
        <button type="button" onClick={() => client.measure('testTime')}>
          {t.t('testTime.measure')}
        </button>
        <button type="button" onClick={() => client.measure('batchNoise')}>
          {t.t('testTime.measureNoise')}
        </button>
      </div>
      <div className="figure-one">
        <TestTimeChart />
        <NoiseChart />
      </div>
      <h3>{t.t('testTime.runningTitle')}</h3>
      <RunningVsBatch bn={bn} />
      <p className="hint" data-testid="running-rule">
        {t.t('testTime.runningRule', {
          mean: rules.mean,
          variance: rules.variance,
          meaning: momentumMeaning(convention, momentum, t),
          note: varianceNote(batchSize, t),
        })}
      </p>
      <h3>{t.t('testTime.gammaBetaTitle')}</h3>
      <div className="figure-one" data-tour="gamma-beta">
        <figure>
          <StepChart
            label={t.t('testTime.perFeature', { name: 'γ' })}
            width={W}
            height={H}
            build={featureChart('γ')}
            deps={[t]}
          />
        </figure>
        <figure>
          <StepChart
            label={t.t('testTime.perFeature', { name: 'β' })}
            width={W}
            height={H}
            build={featureChart('β')}
            deps={[t]}
          />
        </figure>
      </div>
      <FeatureLegend count={gammaFeatures} />
      <h3>{t.t('testTime.regularization')}</h3>
      <p className="hint">{t.t('testTime.regularizationHint')}</p>
      <GapReadout />
    </section>
  );
}
