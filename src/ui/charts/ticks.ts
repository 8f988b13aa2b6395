import type { ScaleContinuousNumeric } from 'd3-scale';
import { formatNumber } from './canvas';

type Scale = ScaleContinuousNumeric<number, number>;

/**
 * Tick values and labels of a continuous d3 scale: d3's ticks for about `count` ticks, labelled
 * with formatNumber. On a log scale d3 ticks every multiple of each power and its tickFormat
 * leaves the crowded ones unlabelled: only the labelled ones are kept, and when that still leaves
 * more than about `count` (a log axis over many decades), only the powers of ten, or every n-th.
 */
export function axisTicks(scale: Scale, count: number): { value: number; label: string }[] {
  if ('constant' in scale) return symlogTicks(scale, count);
  const label =
    'base' in scale
      ? (
          scale as unknown as {
            tickFormat(n: number, f: (x: number) => string): (x: number) => string;
          }
        ).tickFormat(count, formatNumber)
      : formatNumber;
  const ticks = scale
    .ticks(count)
    .map((value) => ({ value, label: label(value) }))
    .filter((tick) => tick.label !== '');
  if (!('base' in scale) || ticks.length <= count + 1) return ticks;
  const decades = ticks.filter(({ value }) => isPowerOfTen(value));
  const kept = decades.length >= 2 ? decades : ticks;
  const stride = Math.ceil(kept.length / (count + 1));
  return kept.filter((_, i) => i % stride === 0);
}

function isPowerOfTen(x: number): boolean {
  if (!(x > 0)) return false;
  const exponent = Math.round(Math.log10(x));
  return Math.abs(x / 10 ** exponent - 1) < 1e-9;
}

/**
 * A symlog axis's ticks: 0 and ±1, 10, 100… from the power of ten at its linear part's edge,
 * inside the domain; about `count` of them, the outermost first, always with 0.
 */
function symlogTicks(scale: Scale, count: number): { value: number; label: string }[] {
  const [a, b] = scale.domain();
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const constant = (scale as unknown as { constant(): number }).constant();
  const values: number[] = low <= 0 && high >= 0 ? [0] : [];
  const top = Math.max(Math.abs(low), Math.abs(high));
  if (!(top > 0) || !Number.isFinite(top))
    return values.map((value) => ({ value, label: formatNumber(value) }));
  for (let k = Math.floor(Math.log10(constant)); 10 ** k <= top; k++) {
    const v = 10 ** k;
    if (v <= high) values.push(v);
    if (-v >= low) values.push(-v);
  }
  // Too many: the inner decades go first (they crowd around 0), the outer ones and 0 stay.
  const nonzero = values.filter((v) => v !== 0).sort((x, y) => Math.abs(y) - Math.abs(x));
  const kept = [...values.filter((v) => v === 0), ...nonzero.slice(0, Math.max(1, count))];
  kept.sort((x, y) => x - y);
  return kept.map((value) => ({ value, label: formatNumber(value) }));
}
