import { csvFormatRows } from 'd3-dsv';
import type { SeriesView } from './charts/lines';
import { downloadBlob, downloadSvgText, svgToPng } from './download';
import { PALETTE } from './palette';

/** What a figure export leaves out: controls, disclosures, tooltips and the export buttons. */
const SKIP =
  'button, input, select, textarea, fieldset, details, label:has(input), .exports, .figure-controls, .cell-tip, [data-export-skip]';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const px = (n: number) => Number(n.toFixed(2));

/**
 * A standalone SVG of a panel as it is on screen: its canvases embedded as PNG images, its SVG
 * charts inline, and its text (headings, captions, legends, readouts) as SVG text at the same
 * places, in the same fonts and colors. Controls are left out.
 */
export function figureSvg(root: HTMLElement): { text: string; width: number; height: number } {
  const origin = root.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const parts: string[] = [];
  const range = document.createRange();
  const place = (r: DOMRect) =>
    `x="${px(r.left - origin.left)}" y="${px(r.top - origin.top)}" width="${px(r.width)}" height="${px(r.height)}"`;
  const words = (node: Text, style: CSSStyleDeclaration) => {
    const size = parseFloat(style.fontSize) || 14;
    const font = `font-family="${escapeXml(style.fontFamily)}" font-size="${size}" font-weight="${style.fontWeight}" fill="${style.color}"`;
    const put = (from: number, to: number) => {
      range.setStart(node, from);
      range.setEnd(node, to);
      const r = range.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      // The baseline sits about a fifth of the line box above its bottom.
      const baseline = r.bottom - origin.top - (r.height - size) / 2 - size * 0.22;
      parts.push(
        `<text x="${px(r.left - origin.left)}" y="${px(baseline)}" ${font}>${escapeXml(node.data.slice(from, to))}</text>`,
      );
    };
    for (const match of node.data.matchAll(/\S+/g)) {
      const end = match.index + match[0].length;
      range.setStart(node, match.index);
      range.setEnd(node, end);
      if (range.getClientRects().length <= 1) {
        put(match.index, end);
        continue;
      }
      // A word the browser broke across lines ("0.519…" / "1.89,"): each line's part in its place.
      let from = match.index;
      let top: number | null = null;
      for (let i = match.index; i < end; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        if (top !== null && Math.abs(r.top - top) > size / 2) {
          put(from, i);
          from = i;
        }
        top = r.top;
      }
      put(from, end);
    }
  };
  const walk = (element: Element) => {
    if (element !== root && element.matches(SKIP)) return;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    if (element instanceof HTMLCanvasElement) {
      const r = element.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        parts.push(`<image ${place(r)} href="${element.toDataURL('image/png')}"/>`);
      return;
    }
    if (element instanceof SVGSVGElement) {
      const r = element.getBoundingClientRect();
      const copy = element.cloneNode(true) as SVGSVGElement;
      copy.removeAttribute('style');
      copy.removeAttribute('class');
      copy.setAttribute('x', String(px(r.left - origin.left)));
      copy.setAttribute('y', String(px(r.top - origin.top)));
      copy.setAttribute('width', String(px(r.width)));
      copy.setAttribute('height', String(px(r.height)));
      parts.push(new XMLSerializer().serializeToString(copy));
      return;
    }
    for (const child of element.childNodes) {
      if (child instanceof Text) words(child, style);
      else if (child instanceof Element) walk(child);
    }
  };
  walk(root);
  range.detach();
  const background = PALETTE.paper;
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    parts.join('') +
    '</svg>';
  return { text, width, height };
}

/** The panel as an SVG file. */
export function downloadFigureSvg(root: HTMLElement, name: string): Promise<void> {
  return downloadSvgText(figureSvg(root).text, `${name}.svg`);
}

/** The panel as a PNG at twice its size on screen (the SVG above, rasterized). */
export function figurePng(root: HTMLElement): Promise<Blob | null> {
  const { text, width, height } = figureSvg(root);
  return svgToPng(text, width, height, PALETTE.paper);
}

export async function downloadFigurePng(root: HTMLElement, name: string): Promise<void> {
  const blob = await figurePng(root);
  if (blob) downloadBlob(blob, `${name}.png`);
}

/** A table as CSV text (RFC 4180 quoting), numbers written in full precision. */
export function csvText(header: string[], rows: (string | number | null)[][]): string {
  return `${csvFormatRows([header, ...rows.map((row) => row.map((v) => (v === null ? '' : String(v))))])}\n`;
}

/** Named series over steps as rows of a long table: series, step, value. */
export function seriesRows(name: string, series: SeriesView): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < series.length; i++) rows.push([name, series.xs[i], series.ys[i]]);
  return rows;
}
