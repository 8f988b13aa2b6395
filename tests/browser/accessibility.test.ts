import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launch, PAGE_TIMEOUT, screenshot } from './chromium';
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
  await page.getByRole('combobox', { name: 'Measure every' }).selectOption('10');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= n,
    steps,
  );
  // A short preset may have reached its step count and paused by itself.
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click({ timeout: 5000 }).catch(() => undefined);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  return page;
}

describe('accessibility audit (axe-core, WCAG 2 AA and best practices)', LOADED.long, () => {
  it.each([
    ['the worked example', '', 1440, 900],
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
  ])('finds no violation on %s, every panel drawn', async (name, hash, width, height) => {
    const page = await played(hash, width, height, 200);
    await page.getByTestId('optimization-caption').filter({ hasText: 'Medians' }).waitFor();
    if (hash.includes('seed=abc'))
      await page
        .getByText(/The link’s setting/)
        .first()
        .waitFor();
    expect(await audit(page)).toEqual([]);
    await screenshot(page, `audit-${name.split(' ').slice(1, 3).join('-')}-${width}`);
    await page.close();
  });
});
