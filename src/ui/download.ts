import { withFonts } from './fonts';
import { PALETTE } from './palette';

/** Saves text or a blob as a file through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, filename: string, type = 'text/csv'): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** The SVG element as a standalone file (inline styles only, so it renders the same anywhere). */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

/** Saves an SVG file, with the fonts its text needs inside it. */
export async function downloadSvgText(text: string, filename: string): Promise<void> {
  downloadText(await withFonts(text), filename, 'image/svg+xml');
}

export function downloadSvg(svg: SVGSVGElement, filename: string): Promise<void> {
  return downloadSvgText(svgText(svg), filename);
}

/** SVG text drawn at twice its size on a `background` and encoded as PNG (null: no 2-D context). */
export async function svgToPng(
  text: string,
  width: number,
  height: number,
  background: string,
): Promise<Blob | null> {
  // An SVG drawn as an image sees none of the page's fonts: those it needs go inside it.
  const url = URL.createObjectURL(new Blob([await withFonts(text)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Renders the SVG at twice its size on the charts' surface color and saves it as PNG. */
export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  const blob = await svgToPng(svgText(svg), width, height, PALETTE.white);
  if (blob) downloadBlob(blob, filename);
}
