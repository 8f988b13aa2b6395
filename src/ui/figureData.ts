import type { Tap } from '../experiment/taps';
import type { Member } from '../experiment/members';
import type { BoundaryFrame } from '../protocol/frames';
import type { FrameHistory } from '../state/history';
import type { SeriesView } from './charts/lines';
import { csvText, seriesRows } from './figureExport';
import { MEMBER_LABELS } from './twinLabels';

/**
 * The data behind each figure as CSV: exactly what the charts draw (the kept, decimated
 * history), one row per point.
 */

/** Every heatmap column of a tap: per network and layer, the step, range, percentiles and bin counts. */
export function distributionsCsv(history: FrameHistory, tap: Tap): string {
  let bins = 0;
  const rows: (string | number)[][] = [];
  for (const member of history.members)
    (history.taps[member] ?? []).forEach((taps, layer) => {
      const h = taps[tap];
      bins = h.bins;
      for (let c = 0; c < h.length; c++)
        rows.push([
          MEMBER_LABELS[member],
          layer + 1,
          h.steps[c],
          h.low[c],
          h.high[c],
          h.percentiles[3 * c],
          h.percentiles[3 * c + 1],
          h.percentiles[3 * c + 2],
          ...h.counts.subarray(c * h.bins, (c + 1) * h.bins),
        ]);
    });
  const header = ['network', 'layer', 'step', 'low', 'high', 'p15', 'p50', 'p85'];
  for (let b = 1; b <= bins; b++) header.push(`bin ${b}`);
  return csvText(header, rows);
}

/** Loss and accuracy curves of every network: network, series, step, value. */
export function lossCsv(history: FrameHistory): string {
  const rows: (string | number)[][] = [];
  for (const member of history.members) {
    const e = history.evaluations[member];
    const curves: [string, SeriesView][] = [
      ['batch loss', history.batchLoss[member]],
      ['batch loss (smoothed)', history.smoothedLoss[member]],
      ['train loss', e.trainLoss],
      ['test loss', e.testLoss],
      ['train accuracy', e.trainAccuracy],
      ['test accuracy', e.testAccuracy],
    ];
    for (const [name, series] of curves)
      for (const row of seriesRows(name, series)) rows.push([MEMBER_LABELS[member], ...row]);
  }
  return csvText(['network', 'series', 'step', 'value'], rows);
}

/** The decision function on its grid: network, x, y, probability of class 1. */
export function boundaryCsv(boundary: BoundaryFrame | null, members: readonly Member[]): string {
  const rows: (string | number)[][] = [];
  if (boundary) {
    const n = boundary.resolution;
    const dx = (boundary.xMax - boundary.xMin) / (n - 1);
    const dy = (boundary.yMax - boundary.yMin) / (n - 1);
    for (const member of members) {
      const values = boundary.values[member];
      if (!values) continue;
      for (let i = 0; i < n * n; i++)
        rows.push([
          MEMBER_LABELS[member],
          boundary.xMin + (i % n) * dx,
          boundary.yMax - Math.floor(i / n) * dy,
          values[i],
        ]);
    }
  }
  return csvText(['network', 'x', 'y', 'probability of class 1'], rows);
}

/** Named series of one figure: figure part, series, x (a step unless `x` says otherwise), value. */
export function partsCsv(
  parts: { part: string; series: string; data: SeriesView }[],
  x = 'step',
): string {
  const rows: (string | number)[][] = [];
  for (const { part, series, data } of parts)
    for (const row of seriesRows(series, data)) rows.push([part, ...row]);
  return csvText(['part', 'series', x, 'value'], rows);
}

/** Plain arrays as a series (x values and y values of the same length). */
export function pairs(xs: ArrayLike<number>, ys: ArrayLike<number>): SeriesView {
  return { xs, ys, length: Math.min(xs.length, ys.length) };
}
