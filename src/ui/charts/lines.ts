import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { PALETTE } from '../palette';
import { fitTicks, formatStep, robustTop, safeDomain } from './axis';
import { ENGLISH_CHART_WORDS, prepareCanvas, type ChartWords } from './canvas';

/** Points to draw: xs[i], ys[i] for i < length (a DecimatingSeries, or any such view). */
export interface SeriesView {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  length: number;
}

export interface LineSpec {
  series: SeriesView;
  color: string;
  /** The line's name in hover readouts and data exports (unnamed lines are left out of both). */
  label?: string;
  dash?: number[];
  width?: number;
  alpha?: number;
}

/** A filled band between two series measured at the same steps (low[i] and high[i] together). */
export interface BandSpec {
  low: SeriesView;
  high: SeriesView;
  color: string;
  alpha?: number;
}

export interface Marker {
  step: number;
  label: string;
  color: string;
}

const MARGIN = { left: 58, right: 10, top: 8, bottom: 22 };
/** Room for the rotated y-axis title at the left edge. */
const TITLE_ROOM = 18;

/** How drawLines draws: axes, markers, bands and the crosshair. */
export interface LineOptions {
  log?: boolean;
  yDomain?: [number, number];
  markers?: Marker[];
  yLabel: string;
  bands?: BandSpec[];
  /** Left margin (default 58): narrower for small multiples. */
  left?: number;
  /** A step to mark with a vertical line and a dot on each line at its value there. */
  crosshair?: number | null;
  /** The words and digits drawn (English by default). */
  words?: ChartWords;
}

/**
 * Lines over training steps on shared axes: linear x from step 0, linear or log y fitted to the
 * finite values (non-finite values never reach a series). Vertical markers label events such as a
 * twin's divergence.
 */
export function drawLines(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  lines: LineSpec[],
  options: LineOptions,
): PlotFrame | null {
  const words = options.words ?? ENGLISH_CHART_WORDS;
  const ctx = prepareCanvas(canvas, width, height, words.font);
  if (!ctx) return null;
  const m = { ...MARGIN, left: options.left ?? MARGIN.left };
  const bands = options.bands ?? [];
  let maxX = 1;
  let lo = Infinity;
  let hi = -Infinity;
  const values: number[] = [];
  for (const series of [...lines.map((l) => l.series), ...bands.flatMap((b) => [b.low, b.high])]) {
    // Every point counts for the x range; a sample of them (at most ~500 per series) for y's.
    const stride = Math.max(1, Math.floor(series.length / 500));
    for (let i = 0; i < series.length; i++) {
      maxX = Math.max(maxX, series.xs[i]);
      const v = series.ys[i];
      if (!Number.isFinite(v) || (options.log && !(v > 0))) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (i % stride === 0 || i === series.length - 1) values.push(v);
    }
  }
  // A twin that blew up must not flatten the others: cap the axis, mark what is above it.
  const robust = options.log ? robustTop(values, 1e6, 1e3) : robustTop(values);
  const offScale = !options.yDomain && robust.offScale;
  if (offScale) hi = robust.top;
  for (const marker of options.markers ?? []) maxX = Math.max(maxX, marker.step);
  let y: ScaleContinuousNumeric<number, number>;
  if (options.yDomain) y = scaleLinear().domain(options.yDomain);
  else if (!Number.isFinite(lo)) y = scaleLinear().domain([0, 1]);
  else if (options.log) {
    const [a, b] = safeDomain([lo, hi]);
    y = scaleLog()
      .domain([a > 0 ? a : lo, b > lo ? b : lo * 10])
      .nice();
  } else {
    const [a, b] = safeDomain([Math.min(0, lo), hi]);
    y = scaleLinear().domain([a, b]).nice();
  }
  y.range([height - m.bottom, m.top]);
  const top = y.domain()[1];
  // Values beyond the axis are drawn at its edge (and marked), never outside the plot.
  const yAt = (v: number) => y(Math.min(v, top));

  ctx.strokeStyle = PALETTE.grid;
  ctx.fillStyle = PALETTE.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const plotH = height - m.top - m.bottom;
  const yTicks = fitTicks(y, plotH, 'y').map((t) => ({ ...t, label: words.digits(t.label) }));
  // The axis title sits left of the widest tick label, never on it.
  const widest = Math.max(0, ...yTicks.map((t) => ctx.measureText(t.label).width));
  m.left = Math.max(m.left, TITLE_ROOM + widest + 4);
  const x = scaleLinear()
    .domain([0, maxX])
    .range([m.left, width - m.right]);
  for (const { value, label, at } of yTicks) {
    ctx.beginPath();
    ctx.moveTo(m.left, y(value));
    ctx.lineTo(width - m.right, y(value));
    ctx.stroke();
    ctx.fillText(label, m.left - 4, at);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  for (const { label, at } of fitTicks(x, width - m.left - m.right, 'x', {
    format: formatStep,
    integers: true,
  }))
    ctx.fillText(words.digits(label), at, height - 6);
  if (offScale) {
    ctx.textAlign = 'right';
    ctx.fillStyle = PALETTE.problem;
    ctx.fillText(words.offScale, width - m.right - 2, m.top + 10);
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(m.left, m.top, width - m.left - m.right, height - m.top - m.bottom);
  ctx.clip();
  for (const band of bands) {
    const count = Math.min(band.low.length, band.high.length);
    const inside = (v: number) => !options.log || v > 0;
    ctx.fillStyle = band.color;
    ctx.globalAlpha = band.alpha ?? 0.2;
    ctx.beginPath();
    let started = false;
    const points: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      const lo = band.low.ys[i];
      const hi = band.high.ys[i];
      if (!inside(lo) || !inside(hi)) continue;
      const px = x(band.low.xs[i]);
      points.push([px, yAt(hi)]);
      if (!started) ctx.moveTo(px, yAt(lo));
      else ctx.lineTo(px, yAt(lo));
      started = true;
    }
    for (let i = points.length - 1; i >= 0; i--) ctx.lineTo(points[i][0], points[i][1]);
    ctx.closePath();
    if (points.length > 1) ctx.fill();
  }
  ctx.globalAlpha = 1;
  for (const line of lines) {
    const { series } = line;
    ctx.strokeStyle = line.color;
    ctx.lineWidth = line.width ?? 1.5;
    ctx.globalAlpha = line.alpha ?? 1;
    ctx.setLineDash(line.dash ?? []);
    ctx.beginPath();
    let started = false;
    for (let i = 0; i < series.length; i++) {
      const v = series.ys[i];
      if (options.log && !(v > 0)) continue;
      if (!Number.isFinite(v)) continue;
      const px = x(series.xs[i]);
      const py = yAt(v);
      if (!started) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
      started = true;
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([4, 3]);
  ctx.textAlign = 'left';
  (options.markers ?? []).forEach((marker, i) => {
    ctx.strokeStyle = marker.color;
    ctx.beginPath();
    ctx.moveTo(x(marker.step), m.top);
    ctx.lineTo(x(marker.step), height - m.bottom);
    ctx.stroke();
    ctx.fillStyle = marker.color;
    ctx.fillText(marker.label, Math.min(x(marker.step) + 4, width - 160), m.top + 12 + 14 * i);
  });
  const step = options.crosshair;
  if (step !== null && step !== undefined && step >= 0 && step <= maxX) {
    ctx.setLineDash([]);
    ctx.strokeStyle = PALETTE.ink;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x(step), m.top);
    ctx.lineTo(x(step), height - m.bottom);
    ctx.stroke();
    for (const line of lines) {
      const v = valueAtStep(line.series, step);
      if (v === null || (options.log && !(v > 0)) || (line.alpha ?? 1) < 0.5) continue;
      ctx.fillStyle = line.color;
      ctx.beginPath();
      ctx.arc(x(step), yAt(v), 3, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.restore();
  ctx.setLineDash([]);
  ctx.fillStyle = PALETTE.ink;
  ctx.save();
  ctx.translate(10, (height - m.bottom + m.top) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(options.yLabel, 0, 0);
  ctx.restore();
  return { left: m.left, right: width - m.right, maxX };
}

/** Where a chart's plot sits: x from `left` to `right` pixels shows steps 0 … maxX. */
export interface PlotFrame {
  left: number;
  right: number;
  maxX: number;
}

/** The step at pixel `px` of a plot (clamped to its range). */
export function stepAt(frame: PlotFrame, px: number): number {
  const t = (px - frame.left) / Math.max(1, frame.right - frame.left);
  return Math.round(Math.min(1, Math.max(0, t)) * frame.maxX);
}

/**
 * A series' value at the recorded step nearest to `step` (its xs ascend), or null when it is
 * empty or its nearest point is further than 5% of its span away.
 */
export function valueAtStep(series: SeriesView, step: number): number | null {
  const n = series.length;
  if (n === 0) return null;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (series.xs[mid] <= step) lo = mid;
    else hi = mid;
  }
  const i = Math.abs(series.xs[lo] - step) <= Math.abs(series.xs[hi] - step) ? lo : hi;
  const span = Math.max(1, series.xs[n - 1] - series.xs[0]);
  if (Math.abs(series.xs[i] - step) > 0.05 * span + 1) return null;
  const v = series.ys[i];
  return Number.isFinite(v) ? v : null;
}
