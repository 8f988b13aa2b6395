import { scaleLinear } from 'd3-scale';
import { valueScale, type ValueAxis } from './domain';
import type { Tap } from '../../experiment/taps';
import type { Member, PerMember } from '../../experiment/members';
import type { LayerFrame } from '../../protocol/frames';
import { MEMBER_COLORS, PALETTE } from '../palette';
import { prepareCanvas } from './canvas';
import { HEATMAP_MARGIN } from './heatmap';

/**
 * The current histogram of both twins for one tap, on the heatmaps' value axis (vertical), density
 * to the right: the twins overlaid as translucent step areas in their colors, each scaled to its
 * own highest density (each twin is binned over its own range, so a narrow one's density would
 * otherwise dwarf the other's).
 */
export function drawMarginal(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  layers: PerMember<LayerFrame | null>,
  tap: Tap,
  axis: ValueAxis | [number, number],
  /** Networks that blew up: their last finite histogram is old, so it is not drawn. */
  blownUp: readonly Member[] = [],
): void {
  const ctx = prepareCanvas(canvas, width, height);
  if (!ctx) return;
  const top = HEATMAP_MARGIN.top;
  const bottom = height - HEATMAP_MARGIN.bottom;
  const y = valueScale(axis, [bottom, top]);
  const members = Object.keys(layers) as Member[];
  const densities: [Member, number, number, number][] = [];
  const peak = new Map<Member, number>();
  for (const variant of members) {
    const frame = layers[variant]?.[tap];
    // Vanished values are rounding noise, and a blown-up network's last histogram is old: no
    // histogram (the heatmaps say why).
    if (!frame || frame.vanished || blownUp.includes(variant)) continue;
    const total = frame.counts.reduce((a, b) => a + b, 0) + frame.below + frame.above;
    const binWidth = (frame.high - frame.low) / frame.counts.length;
    if (total === 0 || !(binWidth > 0)) continue;
    frame.counts.forEach((count, i) => {
      const density = count / (total * binWidth);
      peak.set(variant, Math.max(peak.get(variant) ?? 0, density));
      densities.push([variant, frame.low + i * binWidth, frame.low + (i + 1) * binWidth, density]);
    });
  }
  if (peak.size === 0) return;
  for (const variant of members) {
    const max = peak.get(variant) ?? 0;
    if (max === 0) continue;
    const x = scaleLinear()
      .domain([0, max])
      .range([2, width - 2]);
    ctx.fillStyle = MEMBER_COLORS[variant];
    ctx.globalAlpha = 0.45;
    for (const [v, from, to, density] of densities) {
      if (v !== variant) continue;
      const y0 = Math.max(top, Math.min(bottom, y(to)));
      const y1 = Math.max(top, Math.min(bottom, y(from)));
      if (y1 - y0 <= 0) continue;
      ctx.fillRect(x(0), y0, x(density) - x(0), Math.max(0.5, y1 - y0));
    }
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = PALETTE.frame;
  ctx.strokeRect(0.5, top + 0.5, width - 1, bottom - top - 1);
}

/** Each network's share of values in the bin at one height of the histograms. */
export interface MarginalReading {
  value: number;
  bins: { member: Member; low: number; high: number; count: number; share: number }[];
}

/** What the histograms drawn by drawMarginal show at height `py` (null outside the plot). */
export function marginalReading(
  height: number,
  layers: PerMember<LayerFrame | null>,
  tap: Tap,
  axis: ValueAxis | [number, number],
  py: number,
): MarginalReading | null {
  const top = HEATMAP_MARGIN.top;
  const bottom = height - HEATMAP_MARGIN.bottom;
  if (py < top || py > bottom) return null;
  const value = valueScale(axis, [bottom, top]).invert(py);
  const bins: MarginalReading['bins'] = [];
  for (const member of Object.keys(layers) as Member[]) {
    const frame = layers[member]?.[tap];
    if (!frame || frame.vanished) continue;
    const binWidth = (frame.high - frame.low) / frame.counts.length;
    const total = frame.counts.reduce((a, b) => a + b, 0) + frame.below + frame.above;
    if (!(binWidth > 0) || total === 0 || value < frame.low || value > frame.high) continue;
    const b = Math.min(frame.counts.length - 1, Math.floor((value - frame.low) / binWidth));
    bins.push({
      member,
      low: frame.low + b * binWidth,
      high: frame.low + (b + 1) * binWidth,
      count: frame.counts[b],
      share: frame.counts[b] / total,
    });
  }
  return { value, bins };
}
