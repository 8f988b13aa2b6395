import type { ScaleContinuousNumeric } from 'd3-scale';
import { axisTicks } from './ticks';

type Scale = ScaleContinuousNumeric<number, number>;

/** Width of one character of the charts' 11 px labels, a little over the widest digit's. */
export const CHAR_WIDTH = 6.8;
/** Height a label needs on a vertical axis. */
export const LABEL_HEIGHT = 13;
/** Space kept between neighbouring labels. */
export const LABEL_GAP = 6;

export interface PlacedTick {
  value: number;
  label: string;
  /** Where the label's centre sits along the axis, in pixels (kept inside [0, length]). */
  at: number;
}

/** How much room a label takes along the axis. */
export function labelExtent(label: string, orientation: 'x' | 'y'): number {
  return orientation === 'x' ? label.length * CHAR_WIDTH : LABEL_HEIGHT;
}

/**
 * Ticks for an axis `length` pixels long whose labels never overlap and never leave the axis:
 * the count starts from the length (a label's room plus a gap each) and drops until the labels,
 * as placed, fit; the outermost labels are moved inside the ends rather than clipped. `scale`
 * maps values to pixels from `start` (its range must run from start to start ± length).
 */
export function fitTicks(
  scale: Scale,
  length: number,
  orientation: 'x' | 'y',
  options: { format?: (value: number) => string; integers?: boolean } = {},
): PlacedTick[] {
  const [r0, r1] = scale.range();
  const low = Math.min(r0, r1);
  // Start optimistic (short labels), then ask for fewer until the placed labels fit.
  const room = orientation === 'x' ? 3 * CHAR_WIDTH + LABEL_GAP : LABEL_HEIGHT + 2 * LABEL_GAP;
  for (let count = Math.max(1, Math.min(12, Math.floor(length / room))); count >= 1; count--) {
    const ticks = placed(scale, count, orientation, low, length, options);
    if (fits(ticks, orientation)) return ticks;
  }
  // Even one tick per request overlaps (a very short axis): the first alone, if it fits at all.
  const first = placed(scale, 1, orientation, low, length, options).slice(0, 1);
  return first.filter((t) => labelExtent(t.label, orientation) <= length);
}

function placed(
  scale: Scale,
  count: number,
  orientation: 'x' | 'y',
  low: number,
  length: number,
  { format, integers }: { format?: (value: number) => string; integers?: boolean },
): PlacedTick[] {
  const seen = new Set<number>();
  return axisTicks(scale, count)
    .filter(({ value }) => {
      const position = scale(value);
      if (!Number.isFinite(position) || seen.has(value)) return false;
      if (integers && !Number.isInteger(value)) return false;
      seen.add(value);
      return position >= low - 0.5 && position <= low + length + 0.5;
    })
    .map(({ value, label }) => {
      const text = format ? format(value) : label;
      const half = labelExtent(text, orientation) / 2;
      const at = Math.min(Math.max(scale(value), low + half), low + length - half);
      return { value, label: text, at };
    })
    .filter((tick) => labelExtent(tick.label, orientation) <= length);
}

function fits(ticks: PlacedTick[], orientation: 'x' | 'y'): boolean {
  const sorted = [...ticks].sort((a, b) => a.at - b.at);
  for (let i = 1; i < sorted.length; i++) {
    const need =
      (labelExtent(sorted[i - 1].label, orientation) + labelExtent(sorted[i].label, orientation)) /
        2 +
      LABEL_GAP;
    if (sorted[i].at - sorted[i - 1].at < need) return false;
  }
  return true;
}

/**
 * A step count as an axis label: "950", "5,000", "20k", "1.5M" — short, so a long run's step
 * axis never runs its labels together.
 */
export function formatStep(step: number): string {
  if (!Number.isFinite(step)) return '–';
  const a = Math.abs(step);
  if (a < 1e4) return Math.round(step).toLocaleString('en');
  if (a < 1e6) return `${Number((step / 1e3).toPrecision(3))}k`;
  return `${Number((step / 1e6).toPrecision(3))}M`;
}

/**
 * A domain a scale can draw for whatever values arrived: the finite ones' [min, max]; [0, 1]
 * when there are none; a single value widened to ±½ of itself (or ±½); and, past ±1e300, the
 * range clipped so d3's tick arithmetic stays finite.
 */
export function safeDomain(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [0, 1];
  lo = Math.max(lo, -1e300);
  hi = Math.min(hi, 1e300);
  if (hi - lo <= Math.abs(hi) * 1e-12 || hi === lo) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) / 2 : 0.5;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/**
 * The top of a value axis that a few runaway values (a twin blowing up) cannot flatten: when the
 * largest value is over `ratio` times the 90th percentile of them all, the axis ends at
 * `headroom` times that percentile and the values above are drawn at the edge, marked off scale.
 * (A linear axis: 50 and 3; a log axis, which shows decades anyway: 1e6 and 1000.)
 */
export function robustTop(
  values: readonly number[],
  ratio = 50,
  headroom = 3,
): { top: number; offScale: boolean } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { top: 1, offScale: false };
  const sorted = [...finite].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1];
  const p90 = sorted[Math.floor(0.9 * (sorted.length - 1))];
  const scale = Math.max(Math.abs(p90), 1e-12);
  return max > ratio * scale
    ? { top: headroom * scale, offScale: true }
    : { top: max, offScale: false };
}

/**
 * A tick label in at most about 6 characters: formatNumber's form, with an exponent written
 * "2e122" or "-1.5e-7" rather than "2.0e+122" (for narrow axes such as the heatmaps').
 */
export function formatCompact(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) {
    const [mantissa, exponent] = x.toExponential(1).split('e');
    return `${Number(mantissa)}e${Number(exponent)}`;
  }
  return Number(x.toPrecision(3)).toString();
}
