import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import { bn } from '../../src/i18n/messages/bn';
import { en } from '../../src/i18n/messages/en';
import { claimsBn } from '../../src/i18n/messages/bn-claims';
import { KEPT_IN_ENGLISH } from '../../src/i18n/terms';
import { stepTitle, TOUR } from '../../src/page/tour';
import { Translator } from '../../src/i18n/translate';
import { LOADED } from '../helpers/timeouts';
import { audit, dropFile, openLabPage, screenshot, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const bengali = new Translator('bn', 'latn', bn);

/** The words a page may show in Latin letters in Bengali: the lecture's terms, and units. */
const ALLOWED = new Set<string>([...KEPT_IN_ENGLISH, 'English', 'kFLOP', 'MFLOP', 'GFLOP', 'kB']);

/**
 * The words in Latin letters that `within` shows or names (visible text, accessible names and
 * tooltips; code, which stays in its language, aside) that the allow-list does not hold, each
 * with its line; and any message key or unfilled placeholder left on the page.
 */
async function englishLeft(page: Page, within = 'body'): Promise<string[]> {
  const lines = await page.locator(within).evaluate((root) => {
    const out: string[] = [];
    const code = (node: Node | null) =>
      !!(node instanceof Element ? node : node?.parentElement)?.closest('pre, code, script, style');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || code(node) || !parent.checkVisibility()) continue;
      if (node.textContent?.trim()) out.push(node.textContent.trim());
    }
    for (const el of root.querySelectorAll('[aria-label], [title]'))
      if (!code(el)) out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    return out.filter(Boolean);
  });
  const keys = new Set(Object.keys(en));
  const left: string[] = [];
  for (const line of lines) {
    for (const word of line.match(/[A-Za-z]{2,}/g) ?? [])
      if (!ALLOWED.has(word) && !ALLOWED.has(word.toLowerCase())) left.push(`${word} :: ${line}`);
    for (const token of line.split(/\s+/))
      if (keys.has(token) || /\{[a-z]+\}/i.test(token)) left.push(`marker ${token} :: ${line}`);
  }
  return left;
}

describe('the page in Bengali, in Chromium', LOADED.long, () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ])
    it(`opens in Bengali from a link at ${width} × ${height}, with its font, and passes the audit`, async () => {
      const { page, errors } = await openLabPage(
        browser(),
        `${baseUrl}#preset=deep-relu-xor&lang=bn`,
        { width, height },
        false,
      );
      await page.getByRole('button', { name: bn['transport.play'], exact: true }).waitFor();
      await page.getByText(bn['app.lede']).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('bn');
      // The bundled Bengali face draws the Bengali letters (offline: it is one of the app's files).
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => document.fonts.check('16px "Noto Sans Bengali"', 'চালান')),
      ).toBe(true);
      expect(
        await page.evaluate(() =>
          [...document.fonts].some(
            (f) => f.family.includes('Noto Sans Bengali') && f.status === 'loaded',
          ),
        ),
      ).toBe(true);
      // The language stays in the link; the header's switch goes back to English.
      expect(await page.evaluate(() => location.hash)).toContain('lang=bn');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await audit(page)).toEqual([]);
      await screenshot(page, `bengali-${width}x${height}`);
      await page.getByRole('combobox', { name: bn['language.label'] }).selectOption('en');
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.evaluate(() => location.hash)).not.toContain('lang=');
      expect(errors).toEqual([]);
      await page.close();
    });

  it('shows no English sentence in any view or tour step (technical terms and code aside)', async () => {
    const { page, errors } = await openLabPage(
      browser(),
      `${baseUrl}#preset=deep-relu-xor&lang=bn`,
      { width: 1440, height: 900 },
      false,
    );
    await page.getByRole('button', { name: bn['transport.step'], exact: true }).click();
    await page.getByText(bn['app.setupSummary']).click();
    // Each view, and a heading (or sentence) of its own that says its code and words loaded.
    const views = [
      ['live', bn['distributions.title']],
      ['figure-1', bn['fig1.title']],
      ['test-time', bn['testTime.title']],
      ['stable-range', bn['sweep.title']],
      ['optimization', bn['opt.title']],
      ['notes', bn['notes.title']],
      ['claims', claimsBn['ioffe-figure-1.claim']],
    ] as const;
    for (const [view, loaded] of views) {
      await page.getByRole('tab', { name: bn[`view.${view}`], exact: true }).click();
      await page.getByText(loaded, { exact: true }).first().waitFor();
      expect(await englishLeft(page), view).toEqual([]);
    }
    await page.getByRole('tab', { name: bn['view.live'], exact: true }).click();
    // The column picker of a dropped table: a counting column left out as an identifier, a text
    // column one-hot encoded (the table's own names and values are Bengali).
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${i + 1},${(i * 7) % 13},${'কখগ'[i % 3]},${i % 2}`,
    );
    await dropFile(page, 'সারণি.csv', ['ক্রম,মাপ,রং,ফল', ...rows].join('\n'));
    const picker = page.locator('section.table-import');
    await picker.getByText(bengali.t('picker.train'), { exact: true }).waitFor();
    expect(await englishLeft(page, 'section.table-import'), 'the column picker').toEqual([]);
    await picker.getByRole('button', { name: bn['share.cancel'], exact: true }).click();
    for (let i = 1; i <= TOUR.length; i++) {
      await page.goto(`${baseUrl}#tour=${i}&lang=bn`);
      // (the box of this step, not the last one's)
      await page
        .getByTestId('tour-box')
        .getByText(stepTitle(TOUR[i - 1], bengali), { exact: true })
        .waitFor();
      expect(await englishLeft(page, '[data-testid=tour-box]'), `tour step ${i}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a page opened in Bengali in Bengali from its first paint, never English first', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    // Every change to the page is looked at for the English of the header's tour button.
    await page.addInitScript(`
      window.__english = false;
      new MutationObserver(() => {
        if (document.body && document.body.textContent.includes(${JSON.stringify(en['tour.take'])}))
          window.__english = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    `);
    await page.goto(`${baseUrl}#preset=deep-relu-xor&lang=bn`);
    await page.getByRole('button', { name: bn['tour.take'], exact: true }).waitFor();
    expect(await page.evaluate('window.__english')).toBe(false);
    await page.close();
  });

  it('shows Bengali only with its face loaded, and exports figures with the face inside', async () => {
    const { page, errors } = await openLabPage(
      browser(),
      `${baseUrl}#preset=deep-relu-xor&lang=bn`,
      { width: 1440, height: 900 },
      false,
    );
    await page.getByRole('button', { name: bn['transport.play'], exact: true }).waitFor();
    // The words waited for both weights of the face: a canvas drawn now draws Bengali letters.
    expect(
      await page.evaluate(() =>
        [400, 600].map((w) => document.fonts.check(`${w} 12px 'Noto Sans Bengali'`, 'অ')),
      ),
    ).toEqual([true, true]);
    const exportSvg = async (name: string) => {
      const menu = page.locator('details.exports').first();
      await menu.locator('summary').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('button', { name, exact: true }).click(),
      ]);
      return readFileSync(await file.path(), 'utf8');
    };
    const svg = await exportSvg(bn['export.formatSvg']);
    expect(svg).toMatch(/[\u0980-\u09FF]/);
    // Both weights, inside the file: it draws the same on a machine without the font.
    expect(
      svg.match(
        /@font-face\{font-family:'Noto Sans Bengali';font-weight:\d+;src:url\(data:font\/woff2;base64,/g,
      ),
    ).toHaveLength(2);
    await page.getByRole('combobox', { name: bn['language.label'] }).selectOption('en');
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    // An English figure needs no face of ours.
    const english = await exportSvg('SVG');
    expect(english).not.toContain('@font-face');
    // The faces are the two woff2 files (91,988 bytes), base64: about 123 KB of the Bengali file.
    expect(/<style>.*?<\/style>/.exec(svg)![0].length).toBeGreaterThan(120_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads no Bengali font on an English page', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (/noto-sans-bengali/.test(r.url())) fonts.push(r.url());
    });
    await page.goto(`${baseUrl}#preset=deep-relu-xor`);
    await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(fonts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The header offers Bengali, named in its own words, without fetching its font for that.
    const languages = page.getByRole('combobox', { name: 'Language' });
    expect(await languages.locator('option').allTextContents()).toEqual(['English', 'বাংলা']);
    expect(fonts).toEqual([]);
    await context.close();
  });
});
