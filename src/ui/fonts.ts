import type { Locale } from '../i18n/locale';
import regularUrl from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-600-normal.woff2?url';

/** Bengali letters: a file with any of them needs the Bengali font inside it. */
const BENGALI = /[\u0980-\u09FF]/;

let faces: Promise<string> | null = null;

/**
 * Loads the faces a language's letters need (Bengali's two weights; nothing for English), so
 * the page shows that language only once it can draw it. A face that cannot be fetched leaves
 * the system's fonts.
 */
export async function loadFaces(locale: Locale): Promise<void> {
  if (locale !== 'bn' || !document.fonts) return;
  await Promise.all(
    [400, 600].map((weight) => document.fonts.load(`${weight} 12px 'Noto Sans Bengali'`, 'অ')),
  ).catch(() => undefined);
}

/** A font file as a data: URL (read from the app's own assets: offline, cached). */
async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The page's Bengali font (both weights it uses) as @font-face rules with the font inside. */
function bengaliFaces(): Promise<string> {
  faces ??= Promise.all([dataUrl(regularUrl), dataUrl(boldUrl)]).then(([regular, bold]) =>
    [
      [400, regular],
      [600, bold],
    ]
      .map(
        ([weight, src]) =>
          `@font-face{font-family:'Noto Sans Bengali';font-weight:${weight};src:url(${src}) format('woff2')}`,
      )
      .join(''),
  );
  return faces;
}

/**
 * An exported SVG with the fonts its text needs inside it: an SVG drawn as an image (for PNG)
 * or opened on another machine sees none of the page's web fonts, and Bengali would come out as
 * empty boxes. English text needs nothing (the system's sans-serif), so it is returned as it is;
 * so is any SVG when the font cannot be read.
 */
export async function withFonts(svg: string): Promise<string> {
  if (!BENGALI.test(svg)) return svg;
  let css: string;
  try {
    css = await bengaliFaces();
  } catch {
    faces = null;
    return svg;
  }
  return svg.replace(/^(<svg[^>]*>)/, `$1<style>${css}</style>`);
}
