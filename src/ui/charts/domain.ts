import { nice } from 'd3-array';
import { scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import type { TapHistory } from '../../state/tapHistory';

/**
 * The range of the columns whose values have not vanished: for each, the median ± twice the
 * 15–85 percentile spread, clipped to the column's [min, max], united; null when there is none.
 */
function columnsRange(histories: readonly TapHistory[]): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const h of histories) {
    for (let i = 0; i < h.length; i++) {
      // Rounding noise around 0 is not a distribution to fit the axis to (it is drawn as vanished).
      if (h.vanished[i]) continue;
      const [p15, p50, p85] = [
        h.percentiles[3 * i],
        h.percentiles[3 * i + 1],
        h.percentiles[3 * i + 2],
      ];
      const spread = Math.max(p85 - p15, 1e-6 * (Math.abs(p50) + 1));
      low = Math.min(low, Math.max(h.low[i], p50 - 2 * spread));
      high = Math.max(high, Math.min(h.high[i], p50 + 2 * spread));
    }
  }
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
}

/**
 * The value range a layer's charts share for both twins: for every kept column, the median ± twice
 * the 15–85 percentile spread, clipped to the column's [min, max], united over columns and twins
 * (columns whose values vanished left out). Robust to a few outliers, so the bulk of the
 * distribution fills the height.
 */
export function sharedDomain(histories: readonly TapHistory[]): [number, number] {
  const range = columnsRange(histories);
  if (!range) return [-1, 1];
  const [low, high] = range;
  if (high - low < 1e-9) return [low - 0.5, high + 0.5];
  const pad = 0.04 * (high - low);
  // Round outward to d3's tick step for ~10 ticks, so the axis (and every cached heatmap image
  // drawn on it) changes only when the data cross a grid line, not with every frame.
  const [niceLow, niceHigh] = nice(low - pad, high + pad, 10);
  return [niceLow, niceHigh];
}

/**
 * A layer's value axis: its range, and a symlog constant when its networks' ranges differ by
 * decades (one twin blew up to ±100 while the other stays within ±1), null for a linear axis.
 */
export interface ValueAxis {
  domain: [number, number];
  symlog: number | null;
}

/** Ranges wider than this many times the narrowest network's switch the axis to symlog. */
export const SYMLOG_RATIO = 20;

/**
 * The shared axis of a layer's charts: linear when every network's own range is of one size;
 * symlog (linear within ±c, logarithmic beyond, c a quarter of the narrowest network's range)
 * when the widest is SYMLOG_RATIO times the narrowest or more, so both stay readable.
 */
export function valueAxis(histories: readonly TapHistory[]): ValueAxis {
  const domain = sharedDomain(histories);
  const extents = histories.flatMap((h) => {
    // A network whose values all vanished has no range to compare.
    if (!columnsRange([h])) return [];
    const [low, high] = sharedDomain([h]);
    return [high - low];
  });
  const narrow = Math.min(...extents);
  const wide = Math.max(...extents);
  const symlog =
    extents.length >= 2 && narrow > 0 && wide >= SYMLOG_RATIO * narrow ? narrow / 4 : null;
  return { domain, symlog };
}

/** The axis as a d3 scale onto `range` (pixels), linear or symlog. */
export function valueScale(
  axis: ValueAxis | [number, number],
  range: [number, number],
): ScaleContinuousNumeric<number, number> {
  const { domain, symlog } = Array.isArray(axis) ? { domain: axis, symlog: null } : axis;
  return symlog === null
    ? scaleLinear().domain(domain).range(range)
    : scaleSymlog().constant(symlog).domain(domain).range(range);
}
