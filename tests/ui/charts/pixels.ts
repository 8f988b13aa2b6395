/** Helpers for drawing tests on real canvases (Chromium). */

/** A canvas in the page with a CSS size, as the components make them. */
export function canvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.style.width = `${width}px`;
  c.style.height = `${height}px`;
  document.body.append(c);
  return c;
}

/** The RGBA of the pixel at (x, y) in CSS pixels. */
export function pixel(c: HTMLCanvasElement, x: number, y: number): number[] {
  const ratio = c.width / Number.parseFloat(c.style.width);
  const ctx = c.getContext('2d')!;
  return [...ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
}

/** '#rrggbb' as [r, g, b]. */
export function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

/** Whether a pixel's color is within `tolerance` of `expected` in every channel. */
export function near(actual: number[], expected: number[], tolerance = 3): boolean {
  return expected.every((v, i) => Math.abs(actual[i] - v) <= tolerance);
}
