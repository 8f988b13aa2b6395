import type { ScaleContinuousNumeric } from 'd3';
import { axisTicks } from './charts/ticks';
import { PALETTE } from './palette';

type Scale = ScaleContinuousNumeric<number, number>;

export { axisTicks };

/**
 * A vertical SVG axis at `x`: tick labels to the left and, across the plot to `gridTo`,
 * light grid lines.
 */
export function AxisLeft(props: { scale: Scale; x: number; gridTo: number; count: number }) {
  const { scale, x, gridTo, count } = props;
  return (
    <g fill={PALETTE.muted}>
      {axisTicks(scale, count).map(({ value, label }) => (
        <g key={value}>
          <line x1={x} x2={gridTo} y1={scale(value)} y2={scale(value)} stroke={PALETTE.grid} />
          <text x={x - 4} y={scale(value) + 3} textAnchor="end">
            {label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A horizontal SVG axis: tick labels centred under each tick at height `y`. */
export function AxisBottom(props: { scale: Scale; y: number; count: number }) {
  const { scale, y, count } = props;
  return (
    <g fill={PALETTE.muted}>
      {axisTicks(scale, count).map(({ value, label }) => (
        <text key={value} x={scale(value)} y={y} textAnchor="middle">
          {label}
        </text>
      ))}
    </g>
  );
}
