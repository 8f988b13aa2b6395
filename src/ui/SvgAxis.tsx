import type { ScaleContinuousNumeric } from 'd3-scale';
import { fitTicks } from './charts/axis';
import { axisTicks } from './charts/ticks';
import { PALETTE } from './palette';

type Scale = ScaleContinuousNumeric<number, number>;

export { axisTicks };

/** The pixel length of a scale's range. */
const lengthOf = (scale: Scale) => Math.abs(scale.range()[1] - scale.range()[0]);

/**
 * A vertical SVG axis at `x`: tick labels to the left and, across the plot to `gridTo`,
 * light grid lines. No more than `count` ticks, and fewer when their labels would overlap.
 */
export function AxisLeft(props: { scale: Scale; x: number; gridTo: number; count: number }) {
  const { scale, x, gridTo, count } = props;
  return (
    <g fill={PALETTE.muted}>
      {fitTicks(scale, lengthOf(scale), 'y')
        .slice(0, Math.max(count, 2) + 1)
        .map(({ value, label, at }) => (
          <g key={value}>
            <line x1={x} x2={gridTo} y1={scale(value)} y2={scale(value)} stroke={PALETTE.grid} />
            <text x={x - 4} y={at + 3} textAnchor="end">
              {label}
            </text>
          </g>
        ))}
    </g>
  );
}

/** A horizontal SVG axis: tick labels centred under each tick at height `y`, never overlapping. */
export function AxisBottom(props: { scale: Scale; y: number; count: number }) {
  const { scale, y, count } = props;
  const ticks = fitTicks(scale, lengthOf(scale), 'x');
  return (
    <g fill={PALETTE.muted}>
      {(ticks.length > count + 1
        ? ticks.filter((_, i) => i % Math.ceil(ticks.length / (count + 1)) === 0)
        : ticks
      ).map(({ value, label, at }) => (
        <text key={value} x={at} y={y} textAnchor="middle">
          {label}
        </text>
      ))}
    </g>
  );
}
