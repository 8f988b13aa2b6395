import { scaleLog } from 'd3-scale';
import { forwardRef } from 'react';
import {
  OUTCOMES,
  stableRange,
  type CellResult,
  type StableRange,
  sweptMembers,
} from '../experiment/sweep';
import { formatNumber } from './charts/canvas';
import { MEMBER_TEXT_COLORS, OUTCOME_COLORS, PALETTE } from './palette';
import { AxisBottom } from './SvgAxis';
import { Pickable, svgFont } from './SvgParts';
import { memberLabel, allNetworks } from './twinLabels';
import { useT } from './language';

const W = 600;
const M = { left: 70, right: 14, top: 28 };
const ROW = 46;
const FONT = svgFont(12);

/**
 * Each twin's runs by learning rate (log x): one square per seed colored by its outcome, the
 * learning rates where most seeds train outlined, and marks at the highest rate that trains
 * (stability) and the lowest that reaches the threshold in the budget (speed). A cell loads its
 * learning rate into the live view when clicked (or Enter).
 */
export const SweepChart = forwardRef<
  SVGSVGElement,
  {
    results: CellResult[];
    learningRates: number[];
    seeds: number;
    threshold: number;
    onPick: (learningRate: number) => void;
  }
>(function SweepChart({ results, learningRates, seeds, threshold, onPick }, ref) {
  const t = useT();
  const lo = learningRates[0];
  const hi = learningRates[learningRates.length - 1];
  const half =
    learningRates.length > 1
      ? Math.sqrt(hi / lo) ** (1 / (learningRates.length - 1))
      : Math.sqrt(10);
  const x = scaleLog()
    .domain([lo / half, hi * half])
    .range([M.left, W - M.right]);
  const rowTop = (i: number) => M.top + i * (ROW + 36);
  const members = sweptMembers(results);
  const axisY = rowTop(members.length) + 4;
  const H = axisY + 58;
  const ranges = members.map((v) => stableRange(results, v, threshold));
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={t.t('sweep.chartLabel', { networks: allNetworks(members, t) })}
      style={FONT}
    >
      <rect x={0} y={0} width={W} height={H} fill={PALETTE.white} />
      {members.map((v, i) => (
        <TwinRow
          key={v}
          label={memberLabel(v, t)}
          color={MEMBER_TEXT_COLORS[v]}
          range={ranges[i]}
          top={rowTop(i)}
          seeds={seeds}
          x={x}
          half={half}
          onPick={onPick}
        />
      ))}
      <AxisBottom scale={x} y={axisY + 12} count={6} />
      <text x={(M.left + W - M.right) / 2} y={axisY + 28} textAnchor="middle" fill={PALETTE.ink}>
        {t.t('sweep.rateAxis')}
      </text>
      {OUTCOMES.map((o, k) => (
        <g key={o} transform={`translate(${M.left + k * 110} ${axisY + 44})`}>
          <rect width={10} height={10} y={-9} fill={OUTCOME_COLORS[o]} />
          <text x={14} fill={PALETTE.ink}>
            {t.t(`outcome.${o}`)}
          </text>
        </g>
      ))}
    </svg>
  );
});

function TwinRow(props: {
  label: string;
  color: string;
  range: StableRange;
  top: number;
  seeds: number;
  x: (v: number) => number;
  half: number;
  onPick: (learningRate: number) => void;
}) {
  const { range, top, seeds, x, half } = props;
  const square = Math.min(12, (props.seeds > 0 ? 40 / seeds : 12) - 2);
  const t = useT();
  return (
    <g>
      <text
        x={M.left - 8}
        y={top + ROW / 2 + 4}
        textAnchor="end"
        fill={props.color}
        fontWeight={700}
      >
        {props.label}
      </text>
      {range.rates.map((rate) => {
        const left = x(rate.learningRate / half) + 1;
        const width = x(rate.learningRate * half) - x(rate.learningRate / half) - 2;
        const order = OUTCOMES.flatMap((o) => Array.from({ length: rate.counts[o] }, () => o));
        const label = t.t('sweep.rateCell', {
          network: props.label,
          eta: t.digitsOf(formatNumber(rate.learningRate)),
          counts: OUTCOMES.filter((o) => rate.counts[o] > 0)
            .map((o) =>
              t.t('sweep.count', {
                count: rate.counts[o],
                seeds: rate.seeds,
                outcome: t.t(`outcome.${o}`),
              }),
            )
            .join(', '),
          trains: rate.trains ? 'yes' : 'no',
        });
        return (
          <Pickable
            key={rate.learningRate}
            label={label}
            onPick={() => props.onPick(rate.learningRate)}
          >
            <rect
              x={left}
              y={top}
              width={width}
              height={ROW}
              fill={PALETTE.paper}
              stroke={rate.trains ? PALETTE.ink : PALETTE.line}
              strokeWidth={rate.trains ? 2 : 1}
            />
            {order.map((o, k) => (
              <rect
                key={k}
                x={left + width / 2 - square / 2}
                y={top + 4 + k * (square + 2)}
                width={square}
                height={square}
                fill={OUTCOME_COLORS[o]}
              />
            ))}
          </Pickable>
        );
      })}
      <RangeMark x={x} top={top} value={range.lowestInBudget} glyph="△" />
      <RangeMark x={x} top={top} value={range.highestThatTrains} glyph="▲" />
      <text x={M.left} y={top + ROW + 28} fill={PALETTE.ink}>
        {range.highestThatTrains === null
          ? t.t('sweep.noRate')
          : t.t('sweep.marks', {
              atBottom: range.atBottom ? 'yes' : 'no',
              low: t.digitsOf(formatNumber(range.lowestInBudget!)),
              atTop: range.atTop ? 'yes' : 'no',
              high: t.digitsOf(formatNumber(range.highestThatTrains)),
            })}
      </text>
    </g>
  );
}

function RangeMark(props: {
  x: (v: number) => number;
  top: number;
  value: number | null;
  glyph: string;
}) {
  if (props.value === null) return null;
  return (
    <text
      x={props.x(props.value)}
      y={props.top + ROW + 12}
      textAnchor="middle"
      fill={PALETTE.ink}
      aria-hidden="true"
    >
      {props.glyph}
    </text>
  );
}
