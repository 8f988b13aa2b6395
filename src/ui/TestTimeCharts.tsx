import { formatNumber } from './charts/canvas';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { ReactNode } from 'react';
import type { BnLayerFrame } from '../protocol/frames';
import { useLab } from './LabContext';
import { PALETTE, TWIN_COLORS } from './palette';
import { AxisBottom, AxisLeft } from './SvgAxis';
import { svgFont } from './SvgParts';
import { useT } from './language';

/** The small SVG charts of the BN-at-test-time panel (d3 scales and axes, exportable markup). */
export const W = 300;
export const H = 180;
const M = { left: 44, right: 10, top: 12, bottom: 30 };

type Scale = ScaleContinuousNumeric<number, number>;

/** d3 axes for a small chart: y ticks with grid lines, x ticks, the x axis title. */
function Axes(props: { x: Scale; y: Scale; xCount: number; yCount: number; xLabel: string }) {
  return (
    <g>
      <AxisLeft scale={props.y} x={M.left} gridTo={W - M.right} count={props.yCount} />
      <AxisBottom scale={props.x} y={H - M.bottom + 13} count={props.xCount} />
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" fill={PALETTE.ink}>
        {props.xLabel}
      </text>
    </g>
  );
}

/** A small SVG chart: the axes of `Axes` and the marks given as children. */
function MiniChart(props: Parameters<typeof Axes>[0] & { label: string; children: ReactNode }) {
  const { label, children, ...axes } = props;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={label}
      style={svgFont(12)}
    >
      <Axes {...axes} />
      {children}
    </svg>
  );
}

/** Train-mode (batch statistics) test accuracy against the test batch size, and the inference line. */
export function TestTimeChart() {
  const t = useT();
  const result = useLab((s) => s.measurements.testTime);
  if (!result) return null;
  const x = scaleLog()
    .base(2)
    .domain([result.batchSizes[0], result.batchSizes[result.batchSizes.length - 1]])
    .range([M.left + 8, W - M.right - 8]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const points = result.batchSizes
    .map((b, i) => `${x(b)},${y(result.trainModeAccuracy[i])}`)
    .join(' ');
  return (
    <figure>
      <MiniChart
        label={t.t('testTime.byBatchLabel')}
        x={x}
        y={y}
        xCount={result.batchSizes.length}
        yCount={4}
        xLabel={t.t('testTime.batchAxis')}
      >
        <line
          x1={M.left}
          x2={W - M.right}
          y1={y(result.inferenceAccuracy)}
          y2={y(result.inferenceAccuracy)}
          stroke={TWIN_COLORS.batchNorm}
          strokeDasharray="5 3"
        />
        <polyline points={points} fill="none" stroke={TWIN_COLORS.batchNorm} strokeWidth={2} />
        {result.batchSizes.map((b, i) => (
          <circle
            key={b}
            cx={x(b)}
            cy={y(result.trainModeAccuracy[i])}
            r={4}
            fill={TWIN_COLORS.batchNorm}
          >
            <title>
              {t.t('testTime.batchPoint', {
                batch: b,
                accuracy: t.digitsOf((100 * result.trainModeAccuracy[i]).toFixed(1)),
              })}
            </title>
          </circle>
        ))}
      </MiniChart>
      <figcaption>
        {t.t('testTime.byBatchCaption', {
          accuracy: t.digitsOf((100 * result.inferenceAccuracy).toFixed(1)),
          step: result.step,
        })}
      </figcaption>
    </figure>
  );
}

/** Standard deviation of the batch mean against the batch size (log–log), with the 1/√B slope. */
export function NoiseChart() {
  const t = useT();
  const result = useLab((s) => s.measurements.batchNoise);
  if (!result) return null;
  const { batchSizes, batchMeanStd } = result;
  const x = scaleLog()
    .base(2)
    .domain([batchSizes[0], batchSizes[batchSizes.length - 1]])
    .range([M.left + 8, W - M.right - 8]);
  const reference = batchSizes.map((b) => batchMeanStd[0] * Math.sqrt(batchSizes[0] / b));
  const all = [...batchMeanStd, ...reference].filter((v) => v > 0 && Number.isFinite(v));
  if (all.length === 0) return null;
  const y = scaleLog()
    .domain([Math.min(...all) / 1.3, Math.max(...all) * 1.3])
    .range([H - M.bottom, M.top]);
  return (
    <figure>
      <MiniChart
        label={t.t('testTime.noiseLabel')}
        x={x}
        y={y}
        xCount={batchSizes.length}
        yCount={3}
        xLabel={t.t('testTime.noiseAxis')}
      >
        <polyline
          points={batchSizes.map((b, i) => `${x(b)},${y(reference[i])}`).join(' ')}
          fill="none"
          stroke={PALETTE.muted}
          strokeDasharray="4 3"
        />
        <polyline
          points={batchSizes.map((b, i) => `${x(b)},${y(batchMeanStd[i])}`).join(' ')}
          fill="none"
          stroke={TWIN_COLORS.batchNorm}
          strokeWidth={2}
        />
      </MiniChart>
      <figcaption>
        {t.t('testTime.noiseCaption', { layer: result.layer + 1, step: result.step })}
      </figcaption>
    </figure>
  );
}

/** Running mean and variance (dots) against the last batch's (rings), per feature. */
export function RunningVsBatch(props: { bn: BnLayerFrame | null }) {
  const { bn } = props;
  const t = useT();
  if (!bn) return <p className="hint">{t.t('testTime.trainFirst')}</p>;
  const n = Math.min(24, bn.runningMean.length);
  const x = scaleLinear()
    .domain([-0.5, n - 0.5])
    .range([M.left, W - M.right]);
  const chart = (label: string, running: Float32Array, batch: Float32Array) => {
    const values = [...running.subarray(0, n), ...batch.subarray(0, n)].filter(Number.isFinite);
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values);
    const y = scaleLinear()
      .domain([lo, hi > lo ? hi : lo + 1])
      .nice()
      .range([H - M.bottom, M.top]);
    return (
      <MiniChart
        label={t.t('testTime.runningLabel', { stat: label })}
        x={x}
        y={y}
        xCount={Math.min(n, 4)}
        yCount={4}
        xLabel={t.t('testTime.featureAxis', { stat: label })}
      >
        {Array.from({ length: n }, (_, j) => (
          <g key={j}>
            <line x1={x(j)} x2={x(j)} y1={y(running[j])} y2={y(batch[j])} stroke={PALETTE.frame} />
            <title>
              {t.t('testTime.featurePoint', {
                feature: j + 1,
                running: t.digitsOf(formatNumber(running[j])),
                batch: t.digitsOf(formatNumber(batch[j])),
              })}
            </title>
            <circle cx={x(j)} cy={y(running[j])} r={3} fill={TWIN_COLORS.batchNorm} />
            <circle cx={x(j)} cy={y(batch[j])} r={3.5} fill="none" stroke={PALETTE.ink} />
          </g>
        ))}
      </MiniChart>
    );
  };
  return (
    <div className="figure-one">
      {chart(t.t('testTime.statMean'), bn.runningMean, bn.batchMean)}
      {chart(t.t('testTime.statVariance'), bn.runningVariance, bn.batchVariance)}
    </div>
  );
}
