import type { ScaleContinuousNumeric } from 'd3';
import { formatNumber } from './canvas';

type Scale = ScaleContinuousNumeric<number, number>;

/**
 * Tick values and labels of a continuous d3 scale: d3's ticks for about `count` ticks, labelled
 * with formatNumber. On a log scale d3 ticks every multiple of each power and its tickFormat
 * leaves the crowded ones unlabelled: only the labelled ones are kept, and when that still leaves
 * more than about `count` (a log axis over many decades), only the powers of ten, or every n-th.
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
