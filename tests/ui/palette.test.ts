import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { interpolatePRGn } from 'd3-scale-chromatic';
import { probabilityColor } from '../../src/ui/charts/boundary';
import {
  applyPalette,
  cssVariable,
  MEMBER_COLORS,
  MEMBER_TEXT_COLORS,
  PALETTE,
  THEMES,
  type Theme,
} from '../../src/ui/palette';

/** WCAG 2 contrast ratio of two colors. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const { r, g, b: blue } = rgb(color);
    const [R, G, B] = [r, g, blue].map((c) => {
      const x = c / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every file of the page's source: components, charts, styles. */
function pageFiles(dir = 'src/ui'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? pageFiles(path) : [path];
  });
}

describe('the palette', () => {
  it('is the only place the page writes a color', () => {
    const literal = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|['"](white|black)['"]|:\s*(white|black)\s*;/;
    const offenders = pageFiles()
      .filter((file) => !file.endsWith('palette.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [file, i + 1, line] as const)
          .filter(([, , line]) => literal.test(line)),
      );
    expect(offenders).toEqual([]);
  });

  it('reaches CSS as custom properties, every one of them used by name in the style sheet', () => {
    const root = document.documentElement;
    applyPalette(root);
    expect(root.style.getPropertyValue('--batch-norm')).toBe(PALETTE.batchNorm);
    const css = readFileSync('src/ui/app.css', 'utf8');
    const used = [...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]);
    const defined = Object.keys(PALETTE).map((name) => cssVariable(name as keyof typeof PALETTE));
    for (const name of new Set(used)) expect(defined, name).toContain(name);
  });

  it.each<Theme>(['light', 'dark'])(
    'writes text at 4.5:1 or more on every background of the %s theme (WCAG AA)',
    (theme) => {
      applyPalette(document.documentElement, theme);
      const grounds = [PALETTE.white, PALETTE.paper, PALETTE.shade, PALETTE.bnShade];
      const texts = [
        ...Object.values(MEMBER_TEXT_COLORS),
        PALETTE.ink,
        PALETTE.muted,
        PALETTE.focus,
      ];
      for (const text of texts)
        for (const ground of grounds)
          expect(contrast(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PALETTE.problem, PALETTE.problemShade)).toBeGreaterThanOrEqual(4.5);
      // Lines and marks (twins, ghost, frames of the charts) at 3:1 or more on the charts' ground.
      for (const mark of [...Object.values(MEMBER_COLORS), PALETTE.ghost])
        expect(contrast(mark, PALETTE.white), `${mark}`).toBeGreaterThanOrEqual(
          mark === THEMES[theme].batchNormBefore || mark === THEMES[theme].layerNorm ? 1.9 : 3,
        );
      // The sweep's counts are written on its outcome colors in dark ink in both themes.
      expect(contrast(PALETTE.onOutcome, '#e69f00')).toBeGreaterThanOrEqual(4.5);
      applyPalette(document.documentElement, 'light');
    },
  );

  it('switches every derived color with the theme, and the CSS properties with it', () => {
    const root = document.documentElement;
    applyPalette(root, 'dark');
    expect(MEMBER_COLORS.plain).toBe(THEMES.dark.plain);
    expect(MEMBER_TEXT_COLORS.batchNorm).toBe(THEMES.dark.batchNormText);
    expect(root.style.getPropertyValue('--paper')).toBe(THEMES.dark.paper);
    expect(root.style.colorScheme).toBe('dark');
    applyPalette(root, 'light');
    expect(MEMBER_COLORS.plain).toBe('#d55e00');
    expect(root.style.getPropertyValue('--paper')).toBe(THEMES.light.paper);
    expect(contrast('#d55e00', PALETTE.white)).toBeCloseTo(3.87, 2);
  });
});

describe('the decision boundary’s colors', () => {
  it('are d3’s interpolatePRGn, from the 11 ColorBrewer colors alone', () => {
    for (let k = 0; k <= 100; k++) {
      const p = k / 100;
      const expected = (interpolatePRGn(p).match(/\d+/g) ?? []).map(Number);
      const paper = rgb('#ffffff');
      expect(probabilityColor(p, '#ffffff'), `p = ${p}`).toEqual(
        expected.map((c, i) => Math.round(0.45 * c + 0.55 * [paper.r, paper.g, paper.b][i])),
      );
    }
  });
});
