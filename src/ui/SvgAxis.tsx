import type { ScaleContinuousNumeric } from 'd3';
import { formatNumber } from './charts/canvas';
import { PALETTE } from './palette';

type Scale = ScaleContinuousNumeric<number, number>;

/**
 * Tick values and labels of a continuous d3 scale: d3's ticks for about `count` ticks, labelled
 * with formatNumber. On a log scale d3 ticks every multiple of each power and its tickFormat
 * leaves the crowded ones unlabelled: only the labelled ones are kept.
 */
export function axisTicks(scale: Scale, count: number): { value: number; label: string }[] {
  const label =
    'base' in scale
      ? (
          scale as unknown as {
            tickFormat(n: number, f: (x: number) => string): (x: number) => string;
          }
        ).tickFormat(count, formatNumber)
      : formatNumber;
  return scale
    .ticks(count)
    .map((value) => ({ value, label: label(value) }))
    .filter((tick) => tick.label !== '');
}

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
