import { describe, expect, inject, it } from 'vitest';
import { bn } from '../../src/i18n/messages/bn';
import { LOADED } from '../helpers/timeouts';
import { audit, openLabPage, screenshot, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

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
    // Until the Bengali catalog covers the page, an English page offers no switch.
    expect(await page.getByRole('combobox', { name: 'Language' }).count()).toBe(0);
    await context.close();
  });
});
