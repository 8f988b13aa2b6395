export const FONT = '12px system-ui, sans-serif';
/** The charts' font on a Bengali page: the bundled Bengali face first, Latin falling through. */
export const BENGALI_FONT = "12px 'Noto Sans Bengali', system-ui, sans-serif";

/** The words and digits a chart draws on its canvas, in the page's language. */
export interface ChartWords {
  /** The first step under a heatmap: "step 0". */
  step(label: string): string;
  /** A number formatted in Western digits, written in the page's digits. */
  digits(text: string): string;
  vanished: string;
  symlog: string;
  offScale: string;
  blewUp: string;
  /** The canvas font that has the language's letters and digits. */
  font: string;
}

/** What the charts draw when no language is given (tests, exports). */
export const ENGLISH_CHART_WORDS: ChartWords = {
  step: (label) => `step ${label}`,
  digits: (text) => text,
  vanished: 'vanished',
  symlog: 'symlog axis',
  offScale: '▲ values above: off scale',
  blewUp: 'blew up',
  font: FONT,
};

/**
 * Sizes a canvas for its CSS box at the device pixel ratio and returns a context in CSS pixels,
 * cleared.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  font = FONT,
): CanvasRenderingContext2D | null {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.font = font;
  return ctx;
}

/** Short number for axes and readouts: 3 significant digits, exponent for very small or large. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return x.toExponential(1);
  return Number(x.toPrecision(3)).toString();
}
