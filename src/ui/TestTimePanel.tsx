import { useRef } from 'react';
import { formatNumber } from './charts/canvas';
import { useT } from './language';
import { useFrameEffect, useLab, useLabClient, useThrottledFrameValue } from './LabContext';
import { FEATURE_COLORS } from './palette';
import { StepChart, type StepChartContent } from './StepChart';
import { pairs, partsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { H, NoiseChart, RunningVsBatch, TestTimeChart, W } from './TestTimeCharts';
import { MEMBER_LABELS } from './twinLabels';
import { momentumMeaning, updateRules, varianceNote } from './momentumText';
import { WorkedBatchPanel } from './WorkedBatchPanel';

/** Train − test accuracy (and loss) of every network from the latest evaluation. */
function GapReadout() {
  const client = useLabClient();
  const ref = useRef<HTMLParagraphElement>(null);
  useFrameEffect(() => {
    if (!ref.current) return;
    const { divergedAt } = client.store.getState().run;
    const parts = client.history.members.map((v) => {
      const at = divergedAt[v] ?? null;
      if (at !== null) return `${MEMBER_LABELS[v]}: blew up at step ${at.toLocaleString('en')}`;
      const e = client.history.evaluations[v];
      const train = e.trainAccuracy.last;
      const test = e.testAccuracy.last;
      const trainLoss = e.trainLoss.last;
      const testLoss = e.testLoss.last;
      const n = e.testAccuracy.length;
      // Before any training the gap of an untrained net says nothing about regularization.
      if (n === 0 || e.testAccuracy.xs[n - 1] === 0) return `${MEMBER_LABELS[v]}: not trained yet`;
      if (train === null || test === null || trainLoss === null || testLoss === null)
        return `${MEMBER_LABELS[v]}: –`;
      return `${MEMBER_LABELS[v]}: ${(100 * (train - test)).toFixed(1)} points of accuracy, loss ${formatNumber(testLoss - trainLoss)}`;
    });
    ref.current.textContent = `Train − test gap of this run (one seed; the scoreboard compares several) · ${parts.join(' · ')}`;
  }, []);
  return <p className="readout" ref={ref} data-testid="gap" />;
}

/** BN at test time, γ and β, the noise of batch statistics, and the regularization readout. */
/** Which color is which feature in the γ and β charts. */
function FeatureLegend(props: { count: number }) {
  if (props.count === 0) return null;
  return (
    <ul className="legend" aria-label="Features">
      {Array.from({ length: props.count }, (_, j) => (
        <li key={j}>
          <span
            className="swatch"
            style={{ background: FEATURE_COLORS[j % FEATURE_COLORS.length] }}
            aria-hidden="true"
          />{' '}
          feature {j + 1}
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
  const rules = updateRules(momentum);
  const gammaFeatures = useThrottledFrameValue(() => client.history.gamma.length, 500);
  const featureChart = (name: 'γ' | 'β') => (): StepChartContent => ({
    lines: (name === 'γ' ? client.history.gamma : client.history.beta).map((series, j) => ({
      series,
      color: FEATURE_COLORS[j % FEATURE_COLORS.length],
      width: 1.5,
      label: `feature ${j + 1}`,
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
        <h2 id="test-time-title">BN at test time</h2>
        <p className="hint">
          Choose a BN placement to compare training-mode and inference-mode Batch Norm.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="test-time-title" data-tour="test-time">
      <header className="panel-head">
        <h2 id="test-time-title">BN at test time</h2>
        <FigureExports name="test-time" what="the test-time panels" csv={csv} />
      </header>
      <WorkedBatchPanel />
      <p className="hint">
        In training, BN normalizes each feature by the statistics of the current batch. A prediction
        for one example must not depend on which other examples share its batch (or on there being a
        batch at all), so at test time BN uses the running averages of μ and σ² collected during
        training. Measure what goes wrong with batch statistics on small test batches:
      </p>
      <div className="buttons">
        <button type="button" onClick={() => client.measure('testTime')}>
          {t.t('testTime.measure')}
        </button>
        <button type="button" onClick={() => client.measure('batchNoise')}>
          Measure batch-statistics noise
        </button>
      </div>
      <div className="figure-one">
        <TestTimeChart />
        <NoiseChart />
      </div>
      <h3>Running statistics against the current batch (BN twin, followed layer)</h3>
      <RunningVsBatch bn={bn} />
      <p className="hint" data-testid="running-rule">
        Dots: running mean and variance (used at test time); rings: the last training batch’s μ_B
        and σ²_B. After every training batch, {rules.mean} and {rules.variance} (
        {momentumMeaning(convention, momentum)}). {varianceNote(batchSize)}
      </p>
      <h3>γ and β, learned like any weight (first 8 features of the followed layer)</h3>
      <div className="figure-one" data-tour="gamma-beta">
        <figure>
          <StepChart
            label="γ per feature over training"
            width={W}
            height={H}
            build={featureChart('γ')}
            deps={[]}
          />
        </figure>
        <figure>
          <StepChart
            label="β per feature over training"
            width={W}
            height={H}
            build={featureChart('β')}
            deps={[]}
          />
        </figure>
      </div>
      <FeatureLegend count={gammaFeatures} />
      <h3>Regularization</h3>
      <p className="hint">
        Batch statistics add noise to every step (smaller batches, more noise), a little like
        dropout. A smaller train − test gap is the effect to look for.
      </p>
      <GapReadout />
    </section>
  );
}
