import { rgb as parseColor } from 'd3-color';
import { interpolateRgbBasis } from 'd3-interpolate';
import type { BoundaryFrame } from '../../protocol/frames';
import { PALETTE, PRGN } from '../palette';
import { ENGLISH_CHART_WORDS, prepareCanvas, type ChartWords } from './canvas';

/**
 * Class colors of the data points: the ends of d3's PRGn scale (purple and green), readable by
 * color-blind viewers and apart from both twins' colors (vermillion and blue).
 */
const classColor = (y: number) => (y > 0.5 ? PALETTE.class1 : PALETTE.class0);

/**
 * d3's interpolatePRGn is the B-spline through ColorBrewer's 11 PRGn colors (palette.ts), which
 * interpolateRgbBasis builds without d3-scale-chromatic's 16 KB of every other scheme.
 */
const interpolatePRGn = interpolateRgbBasis(PRGN);

/**
 * P(class 1) → a tint of d3's PRGn scale (purple at 0, green at 1), mixed 55% with the page's
 * paper (white in the light theme) so the points stay readable.
 */
export function probabilityColor(p: number, paper = PALETTE.white): [number, number, number] {
  const [r, g, b] = (interpolatePRGn(p).match(/\d+/g) ?? ['0', '0', '0']).map(Number);
  const ground = parseColor(paper);
  return [
    Math.round(0.45 * r + 0.55 * ground.r),
    Math.round(0.45 * g + 0.55 * ground.g),
    Math.round(0.45 * b + 0.55 * ground.b),
  ];
}

let ramp: { paper: string; colors: [number, number, number][] } = { paper: '', colors: [] };

function probabilityRamp(): [number, number, number][] {
  if (ramp.paper !== PALETTE.white)
    ramp = {
      paper: PALETTE.white,
      colors: Array.from({ length: 256 }, (_, i) => probabilityColor(i / 255, PALETTE.white)),
    };
  return ramp.colors;
}

/**
 * P(class 1) of one twin over the input plane (PRGn, light at 0.5), with the training points on
 * top colored by their class.
 */
export function drawBoundary(
  canvas: HTMLCanvasElement,
  size: number,
  boundary: BoundaryFrame | null,
  values: Float32Array | null,
  points: { x: Float32Array; y: Float32Array; count: number } | undefined,
  scratch: HTMLCanvasElement,
  words: ChartWords = ENGLISH_CHART_WORDS,
): void {
  const ctx = prepareCanvas(canvas, size, size, words.font);
  if (!ctx) return;
  ctx.fillStyle = PALETTE.grid;
  ctx.fillRect(0, 0, size, size);
  if (!boundary) return;
  if (values) {
    const n = boundary.resolution;
    scratch.width = n;
    scratch.height = n;
    const sctx = scratch.getContext('2d');
    if (sctx) {
      const image = sctx.createImageData(n, n);
      const colors = probabilityRamp();
      for (let i = 0; i < n * n; i++) {
        const [r, g, b] = colors[Math.max(0, Math.min(255, Math.round(255 * values[i])))];
        image.data.set([r, g, b, 255], 4 * i);
      }
      sctx.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(scratch, 0, 0, size, size);
    }
  } else {
    ctx.fillStyle = PALETTE.ink;
    ctx.textAlign = 'center';
    ctx.fillText(words.blewUp, size / 2, size / 2);
  }
  if (!points) return;
  const sx = (v: number) => ((v - boundary.xMin) / (boundary.xMax - boundary.xMin)) * size;
  const sy = (v: number) => ((boundary.yMax - v) / (boundary.yMax - boundary.yMin)) * size;
  ctx.lineWidth = 0.8;
  ctx.strokeStyle = PALETTE.white;
  for (let i = 0; i < points.count; i++) {
    ctx.fillStyle = classColor(points.y[i]);
    ctx.beginPath();
    ctx.arc(sx(points.x[2 * i]), sy(points.x[2 * i + 1]), 2.6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}
