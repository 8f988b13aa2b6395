import { interpolateLab } from 'd3-interpolate';
import type { TapHistory } from '../../state/tapHistory';
import { PALETTE } from '../palette';
import { fitTicks, formatCompact, formatStep } from './axis';
import { ENGLISH_CHART_WORDS, prepareCanvas, type ChartWords } from './canvas';
import { valueScale, type ValueAxis } from './domain';

const ROWS = 96;
let ramp: { key: string; colors: number[][] } = { key: '', colors: [] };

/** The density colors from `paper` (empty) to `dense`, for the current theme. */
function densityRamp(): { key: string; colors: number[][] } {
  const key = `${PALETTE.paper}-${PALETTE.dense}`;
  if (ramp.key !== key)
    ramp = {
      key,
      colors: Array.from({ length: 256 }, (_, i) => {
        const color = interpolateLab(PALETTE.paper, PALETTE.dense)(Math.pow(i / 255, 0.8));
        return (color.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
      }),
    };
  return ramp;
}
export const HEATMAP_MARGIN = { left: 40, right: 6, top: 4, bottom: 16 };

/**
 * Density over time for one tap of one twin: x = kept frames (oldest left), y = value over the
 * shared `domain`, darkness = density, normalized within each column; the 15th, 50th and 85th
 * percentiles drawn as lines in the twin's color, as in the BN paper's Figure 1.
 */
export function drawHeatmap(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  history: TapHistory | undefined,
  axis: ValueAxis | [number, number],
  color: string,
  cache: DensityCache,
  ghost?: { history: TapHistory; color: string },
  crosshair?: number | null,
  /** Said over the plot, boxed: "blew up at step 8" for a network whose last frames are old. */
  note?: string,
  words: ChartWords = ENGLISH_CHART_WORDS,
): void {
  const ctx = prepareCanvas(canvas, width, height, words.font);
  if (!ctx) return;
  const m = HEATMAP_MARGIN;
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const y = valueScale(axis, [m.top + plotH, m.top]);
  const symlog = !Array.isArray(axis) && axis.symlog !== null;
  ctx.fillStyle = PALETTE.paper;
  ctx.fillRect(m.left, m.top, plotW, plotH);
  const columns = history?.length ?? 0;
  if (history && columns > 0) {
    if (cache.update(history, axis)) {
      ctx.imageSmoothingEnabled = columns < plotW;
      ctx.drawImage(cache.canvas, 0, 0, columns, ROWS, m.left, m.top, plotW, plotH);
    }
    const x = (i: number) => m.left + ((i + 0.5) / columns) * plotW;
    ctx.strokeStyle = color;
    for (const [k, widthPx, dash] of [
      [0, 1.2, [3, 2]],
      [1, 2, []],
      [2, 1.2, [3, 2]],
    ] as const) {
      ctx.lineWidth = widthPx;
      ctx.setLineDash(dash as unknown as number[]);
      ctx.beginPath();
      let drawing = false;
      for (let i = 0; i < columns; i++) {
        // Percentiles of vanished values are rounding noise: the lines break there.
        if (history.vanished[i]) {
          drawing = false;
          continue;
        }
        const py = y(history.percentiles[3 * i + k]);
        if (!drawing) ctx.moveTo(x(i), py);
        else ctx.lineTo(x(i), py);
        drawing = true;
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (ghost)
      drawGhostMedian(ctx, ghost, history.steps[columns - 1], y, [m.left, m.top, plotW, plotH]);
    if (crosshair !== null && crosshair !== undefined && crosshair <= history.steps[columns - 1]) {
      // The column recorded nearest to the crosshair's step (columns are evenly decimated).
      let i = 0;
      while (i + 1 < columns && history.steps[i + 1] <= crosshair) i++;
      if (i + 1 < columns && crosshair - history.steps[i] > history.steps[i + 1] - crosshair) i++;
      ctx.strokeStyle = PALETTE.ink;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x(i), m.top);
      ctx.lineTo(x(i), m.top + plotH);
      ctx.stroke();
    }
    const said = note ?? (history.vanished[columns - 1] ? words.vanished : null);
    if (said) drawNote(ctx, said, m.left + plotW / 2, m.top + plotH / 2, plotW);
    ctx.fillStyle = PALETTE.muted;
    ctx.textAlign = 'left';
    ctx.fillText(words.step(words.digits(formatStep(history.steps[0]))), m.left, height - 4);
    ctx.textAlign = 'right';
    ctx.fillText(words.digits(formatStep(history.steps[columns - 1])), width - m.right, height - 4);
  }
  ctx.fillStyle = PALETTE.ink;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const { label, at } of fitTicks(y, plotH, 'y', { format: formatCompact }))
    ctx.fillText(words.digits(label), m.left - 4, at);
  ctx.textBaseline = 'alphabetic';
  if (symlog) {
    // The value axis is not linear: said beside its labels, inside the plot's top-left corner
    // (the bottom margin holds the steps).
    drawNote(ctx, words.symlog, m.left + 40, m.top + 12, 76);
  }
  ctx.strokeStyle = PALETTE.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(m.left + 0.5, m.top + 0.5, plotW - 1, plotH - 1);
}

/** A short text centred on the plot in a box, readable over any density. */
function drawNote(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, room: number) {
  ctx.save();
  const width = Math.min(room - 4, ctx.measureText(text).width + 10);
  ctx.fillStyle = PALETTE.white;
  ctx.strokeStyle = PALETTE.ink;
  ctx.fillRect(x - width / 2, y - 10, width, 20);
  ctx.strokeRect(x - width / 2 + 0.5, y - 9.5, width - 1, 19);
  ctx.fillStyle = PALETTE.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y, room - 8);
  ctx.restore();
}

/**
 * The density image of one heatmap, kept between redraws: only the columns added since the last
 * draw are computed, unless the history was compacted or the value axis changed.
 */
export class DensityCache {
  readonly canvas: HTMLCanvasElement = document.createElement('canvas');
  private image: ImageData | null = null;
  private history: TapHistory | null = null;
  private version = -1;
  private domain: [number, number] = [Number.NaN, Number.NaN];
  private symlog: number | null = null;
  private rampKey = '';
  private drawn = 0;
  private readonly column = new Float64Array(ROWS);

  /** Brings the image up to date with `h` on `domain`; false when there is no 2-D context. */
  update(h: TapHistory, axis: ValueAxis | [number, number]): boolean {
    const { domain, symlog } = Array.isArray(axis) ? { domain: axis, symlog: null } : axis;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return false;
    if (this.canvas.width !== h.capacity || this.canvas.height !== ROWS || !this.image) {
      this.canvas.width = h.capacity;
      this.canvas.height = ROWS;
      this.image = ctx.createImageData(h.capacity, ROWS);
      this.drawn = 0;
    }
    const stale =
      h !== this.history ||
      h.version !== this.version ||
      domain[0] !== this.domain[0] ||
      domain[1] !== this.domain[1] ||
      symlog !== this.symlog ||
      h.length < this.drawn ||
      densityRamp().key !== this.rampKey;
    if (stale) {
      this.rampKey = densityRamp().key;
      this.history = h;
      this.version = h.version;
      this.domain = [domain[0], domain[1]];
      this.symlog = symlog;
      this.drawn = 0;
    }
    const from = this.drawn;
    if (from < h.length) {
      this.paintColumns(h, from, h.length);
      ctx.putImageData(this.image, 0, 0, from, 0, h.length - from, ROWS);
      this.drawn = h.length;
    }
    return true;
  }

  private paintColumns(h: TapHistory, from: number, to: number): void {
    const data = this.image!.data;
    const stride = this.image!.width;
    // Row r of the image shows the value at its centre on the (linear or symlog) axis.
    const rows = valueScale({ domain: this.domain, symlog: this.symlog }, [ROWS, 0]);
    const column = this.column;
    const { colors } = densityRamp();
    const [fadedRed, fadedGreen, fadedBlue] = colors[24];
    for (let c = from; c < to; c++) {
      if (h.vanished[c]) {
        // A vanished column is hatched, not stretched into a density of rounding noise.
        for (let r = 0; r < ROWS; r++) {
          const on = (r + c) % 6 < 2;
          const p = 4 * (r * stride + c);
          data[p] = on ? fadedRed : colors[0][0];
          data[p + 1] = on ? fadedGreen : colors[0][1];
          data[p + 2] = on ? fadedBlue : colors[0][2];
          data[p + 3] = 255;
        }
        continue;
      }
      const low = h.low[c];
      const high = h.high[c];
      const binWidth = (high - low) / h.bins;
      let max = 0;
      for (let r = 0; r < ROWS; r++) {
        const v = rows.invert(r + 0.5);
        let density = 0;
        if (v >= low && v <= high && binWidth > 0) {
          const bin = Math.min(h.bins - 1, Math.floor((v - low) / binWidth));
          density = h.counts[c * h.bins + bin];
        }
        column[r] = density;
        if (density > max) max = density;
      }
      for (let r = 0; r < ROWS; r++) {
        const level = max > 0 ? Math.round((255 * column[r]) / max) : 0;
        const [red, green, blue] = colors[level];
        const p = 4 * (r * stride + c);
        data[p] = red;
        data[p + 1] = green;
        data[p + 2] = blue;
        data[p + 3] = 255;
      }
    }
  }
}

/**
 * The ghost's median over the same steps as the live run (its later steps are not drawn, so the
 * two are compared step for step), dotted.
 */
function drawGhostMedian(
  ctx: CanvasRenderingContext2D,
  ghost: { history: TapHistory; color: string },
  lastStep: number,
  y: (value: number) => number,
  [left, top, plotW, plotH]: [number, number, number, number],
): void {
  const h = ghost.history;
  if (h.length === 0 || !(lastStep > 0)) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, plotW, plotH);
  ctx.clip();
  ctx.strokeStyle = ghost.color;
  ctx.lineWidth = 2;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  let started = false;
  for (let i = 0; i < h.length && h.steps[i] <= lastStep; i++) {
    const value = h.percentiles[3 * i + 1];
    if (!Number.isFinite(value)) continue;
    const px = left + (h.steps[i] / lastStep) * plotW;
    if (!started) ctx.moveTo(px, y(value));
    else ctx.lineTo(px, y(value));
    started = true;
  }
  ctx.stroke();
  ctx.restore();
}

/** What a heatmap shows at one point: the column's step, the value, its bin and the percentiles. */
export interface HeatmapCell {
  step: number;
  value: number;
  /** The bin of that column's histogram holding `value` (null: outside the column's range). */
  bin: { low: number; high: number; count: number; share: number } | null;
  /** 15th, 50th and 85th percentiles of the column. */
  percentiles: [number, number, number];
}

/**
 * The cell under the pixel (px, py) of a heatmap drawn by drawHeatmap at `width` × `height` on
 * `domain` (null outside the plot or with no columns).
 */
export function heatmapCell(
  history: TapHistory | undefined,
  axis: ValueAxis | [number, number],
  width: number,
  height: number,
  px: number,
  py: number,
): HeatmapCell | null {
  const m = HEATMAP_MARGIN;
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const columns = history?.length ?? 0;
  if (!history || columns === 0) return null;
  if (px < m.left || px > m.left + plotW || py < m.top || py > m.top + plotH) return null;
  const c = Math.min(columns - 1, Math.floor(((px - m.left) / plotW) * columns));
  const value = valueScale(axis, [m.top + plotH, m.top]).invert(py);
  const low = history.low[c];
  const high = history.high[c];
  const binWidth = (high - low) / history.bins;
  let total = 0;
  for (let b = 0; b < history.bins; b++) total += history.counts[c * history.bins + b];
  let bin: HeatmapCell['bin'] = null;
  if (binWidth > 0 && value >= low && value <= high) {
    const b = Math.min(history.bins - 1, Math.floor((value - low) / binWidth));
    const count = history.counts[c * history.bins + b];
    bin = {
      low: low + b * binWidth,
      high: low + (b + 1) * binWidth,
      count,
      share: total > 0 ? count / total : 0,
    };
  }
  const p = history.percentiles;
  return {
    step: history.steps[c],
    value,
    bin,
    percentiles: [p[3 * c], p[3 * c + 1], p[3 * c + 2]],
  };
}
