import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launch, openDisclosures, openView, PAGE_TIMEOUT, screenshot } from './chromium';
import { stepTitle, TOUR } from '../../src/page/tour';
import { VIEWS } from '../../src/state/pageHash';
import { en } from '../../src/i18n/messages/en';
import { LOADED } from '../helpers/timeouts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** The page at `hash` in a window of the given size, played for `steps` steps at full speed. */
async function played(hash: string, width: number, height: number, steps: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.setDefaultTimeout(PAGE_TIMEOUT);
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  await openDisclosures(page);
  await openView(page, 'Optimization');
  await page.getByRole('combobox', { name: 'Measure every' }).selectOption('10');
  await openView(page, 'Live');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= n,
    steps,
  );
  // Pause (a short preset may have reached its step count and paused by itself meanwhile). On
  // two loaded cores a click can miss a page busy at full speed: tried again until it pauses.
  const play = page.getByRole('button', { name: 'Play' });
  const pause = page.getByRole('button', { name: 'Pause' });
  for (let i = 0; i < 10 && !(await play.isVisible()); i++)
    await pause.click({ timeout: 10_000 }).catch(() => undefined);
  await play.waitFor();
  return page;
}

/** Every visible text on the page set under 12 px: HTML text and SVG text, with its size. */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('title, style, script, option')) continue;
      const style = getComputedStyle(parent);
      const box = parent.getBoundingClientRect();
      const hidden =
        style.visibility === 'hidden' ||
        box.width === 0 ||
        box.height === 0 ||
        parent.closest('.visually-hidden, details:not([open]) > :not(summary)') !== null;
      if (hidden) continue;
      const size = parseFloat(style.fontSize);
      if (size < 12) small.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return small;
  });
}

describe('accessibility audit (axe-core, WCAG 2 AA and best practices)', LOADED.long, () => {
  it.each([
    ['the opening setup', '', 1440, 900],
    ['the opening setup in the dark theme', '', 1440, 900],
    [
      'a cohort of four (Group Norm and BN after beside the twins)',
      '#preset=deep-saturating&cohort.third=groupNorm&cohort.fourth=batchNormAfter',
      1440,
      900,
    ],
    [
      'the deep preset on a phone, with a notice from a bad link',
      '#preset=deep-saturating&seed=abc',
      390,
      844,
    ],
  ])('finds no violation on %s, in every view and the tour', async (name, hash, width, height) => {
    const page = await played(hash, width, height, 200);
    if (name.includes('dark')) {
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'))
        .toBe('true');
      // The choice is the page's, and its focus stays on the switch.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dark theme');
    }
    if (hash.includes('seed=abc'))
      await page
        .getByText(/The link’s setting/)
        .first()
        .waitFor();
    // The slider's bands and the scoreboard's numbers (shipped with the presets).
    await page
      .getByText(/^Bands measured (for this preset|here): \d seeds/)
      .waitFor({ timeout: 240_000 });
    const tag = name.split(' ').slice(1, 3).join('-') + (name.includes('dark') ? '-dark' : '');
    for (const view of VIEWS) {
      await openView(page, en[`view.${view.id}`]);
      if (view.id === 'optimization')
        await page
          .getByTestId('optimization-caption')
          .filter({ hasText: /medians|blew up at step \d+, before its first measurement/ })
          .waitFor();
      else await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
      // A figure's export menu, open, is part of what is audited.
      const exportMenu = page.getByRole('tabpanel').locator('details.exports summary').first();
      if (await exportMenu.isVisible()) await exportMenu.click();
      expect(await audit(page), view.id).toEqual([]);
      expect(await smallText(page), view.id).toEqual([]);
      await screenshot(page, `audit-${tag}-${width}-${view.id}`);
    }
    await openView(page, 'Live');
    await page.getByRole('button', { name: /Take the tour|Resume the tour/ }).click();
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[0]) }).waitFor();
    expect(await audit(page), 'tour').toEqual([]);
    expect(await smallText(page), 'tour').toEqual([]);
    await page.close();
  });
});
