import { scaleLog } from 'd3';
import { forwardRef } from 'react';
import { stableRange, type CellResult } from '../experiment/sweep';
import { VARIANTS } from '../experiment/variants';
import { formatNumber } from './charts/canvas';
import { PALETTE, TWIN_COLORS } from './palette';
import { AxisBottom, AxisLeft } from './SvgAxis';
import { Pickable, svgFont } from './SvgParts';
import { TWIN_LABELS } from './twinLabels';

const W = 600;
const H = 330;
const M = { left: 56, right: 14, top: 30, bottom: 86 };
const FONT = svgFont(11);

/**
 * Final train loss (log y) against learning rate (log x) for both twins; diverged runs as × in the
 * band on top; the threshold as a dashed line; each twin's stable range as a bar under the axis.
 * Points load their learning rate into the live view when clicked (or Enter).
 */
export const SweepChart = forwardRef<
  SVGSVGElement,
  {
    results: CellResult[];
    learningRates: number[];
    threshold: number;
    onPick: (learningRate: number) => void;
  }
>(function SweepChart({ results, learningRates, threshold, onPick }, ref) {
  const lo = learningRates[0];
  const hi = learningRates[learningRates.length - 1];
  const spacing = learningRates.length > 1 ? (hi / lo) ** (1 / (learningRates.length - 1)) : 10;
  const x = scaleLog()
    .domain([lo / Math.sqrt(spacing), hi * Math.sqrt(spacing)])
    .range([M.left, W - M.right]);
  const losses = results.flatMap((r) =>
    VARIANTS.flatMap((v) => (r.outcomes[v].finalLoss !== null ? [r.outcomes[v].finalLoss] : [])),
  );
  const finite = [...losses, threshold].filter((v) => v > 0 && Number.isFinite(v));
  const yMin = Math.min(...finite) / 1.5;
  const yMax = Math.max(...finite) * 1.5;
  const y = scaleLog()
    .domain([yMin, yMax > yMin ? yMax : yMin * 10])
    .range([H - M.bottom, M.top + 12])
    .clamp(true);
  const sorted = [...results].sort((a, b) => a.learningRate - b.learningRate);
  const barY = (i: number) => H - M.bottom + 36 + i * 16;
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label="Final loss against learning rate, both twins"
      style={FONT}
    >
      <rect x={0} y={0} width={W} height={H} fill={PALETTE.white} />
      <text x={M.left} y={14} fill={PALETTE.muted}>
        diverged
      </text>
      <line x1={M.left} x2={W - M.right} y1={M.top + 4} y2={M.top + 4} stroke={PALETTE.grid} />
      <AxisLeft scale={y} x={M.left - 2} gridTo={W - M.right} count={5} />
      <AxisBottom scale={x} y={H - M.bottom + 16} count={6} />
      <text
        x={(M.left + W - M.right) / 2}
        y={H - M.bottom + 30}
        textAnchor="middle"
        fill={PALETTE.ink}
      >
        learning rate η
      </text>
      <text
        transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={PALETTE.ink}
      >
        final train loss
      </text>
      <line
        x1={M.left}
        x2={W - M.right}
        y1={y(threshold)}
        y2={y(threshold)}
        stroke={PALETTE.ink}
        strokeDasharray="5 4"
      />
      <text x={W - M.right} y={y(threshold) - 4} textAnchor="end" fill={PALETTE.ink}>
        threshold {formatNumber(threshold)}
      </text>
      {VARIANTS.map((v, i) => {
        const points = sorted.filter((r) => r.outcomes[v].finalLoss !== null);
        const range = stableRange(results, v, threshold);
        const first = range.learningRates[0];
        const last = range.learningRates[range.learningRates.length - 1];
        return (
          <g key={v}>
            <polyline
              fill="none"
              stroke={TWIN_COLORS[v]}
              strokeWidth={2}
              points={points
                .map((r) => `${x(r.learningRate)},${y(r.outcomes[v].finalLoss!)}`)
                .join(' ')}
            />
            {sorted.map((r) => {
              const o = r.outcomes[v];
              const cx = x(r.learningRate);
              const cy = o.finalLoss === null ? M.top + 4 : y(o.finalLoss);
              const label = `${TWIN_LABELS[v]}, η = ${formatNumber(r.learningRate)}: ${
                o.finalLoss === null
                  ? `diverged at step ${o.divergedAtStep}`
                  : `final loss ${formatNumber(o.finalLoss)}`
              }. Load this learning rate into the live view.`;
              return (
                <Pickable key={r.index} label={label} onPick={() => onPick(r.learningRate)}>
                  {o.finalLoss === null ? (
                    <text
                      x={cx + (i === 0 ? -5 : 5)}
                      y={cy + 4}
                      textAnchor="middle"
                      fill={TWIN_COLORS[v]}
                      fontWeight={700}
                      fontSize={13}
                    >
                      ×
                    </text>
                  ) : (
                    <circle cx={cx} cy={cy} r={4} fill={TWIN_COLORS[v]} stroke={PALETTE.white} />
                  )}
                </Pickable>
              );
            })}
            <text
              x={M.left - 6}
              y={barY(i) + 4}
              textAnchor="end"
              fill={TWIN_COLORS[v]}
              fontWeight={600}
            >
              {TWIN_LABELS[v]}
            </text>
            {range.learningRates.length > 0 ? (
              <rect
                aria-label={`${TWIN_LABELS[v]} stable range`}
                x={x(first / Math.sqrt(spacing))}
                y={barY(i) - 5}
                width={x(last * Math.sqrt(spacing)) - x(first / Math.sqrt(spacing))}
                height={10}
                fill={TWIN_COLORS[v]}
                opacity={0.75}
              />
            ) : (
              <text
                aria-label={`${TWIN_LABELS[v]} stable range`}
                x={M.left + 4}
                y={barY(i) + 4}
                fill={TWIN_COLORS[v]}
              >
                no stable learning rate
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
