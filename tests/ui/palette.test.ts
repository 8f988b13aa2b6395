import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPalette, cssVariable, PALETTE } from '../../src/ui/palette';

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
});
