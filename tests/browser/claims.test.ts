import { describe, expect, inject, it } from 'vitest';
import { CLAIMS } from '../../src/claims/catalog';
import { VERDICT_LABELS } from '../../src/claims/claim';
import { LOADED } from '../helpers/timeouts';
import { audit, openLabPage, PAGE_TIMEOUT, screenshot, sharedBrowser } from './chromium';
import { hostedBuild, visitAndCache } from './subPathServer';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const VERDICTS = Object.values(VERDICT_LABELS);

describe('the claims gallery in Chromium', LOADED.long, () => {
  // Offline needs the service worker: served as a static host serves the build.
  const hosted = hostedBuild();

  it('opens offline with all 13 verdicts within 2 s, and passes the audit', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Every result file is cached with the app.
    const cached = await visitAndCache(page, hosted());
    for (const claim of CLAIMS)
      expect(
        cached.some((p) => p.startsWith(`/lab/assets/${claim.id}-`)),
        claim.id,
      ).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Layer 6' }).waitFor();
    const started = Date.now();
    await page.getByRole('tab', { name: 'Claims', exact: true }).click();
    const verdicts = page.locator('.claim-verdict');
    await expect.poll(() => verdicts.count(), { timeout: 2000, interval: 50 }).toBe(13);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000);
    // Each card: its number and source as a heading, its verdict one of the three.
    for (const claim of CLAIMS)
      await page
        .getByRole('heading', {
          level: 3,
          name: `${claim.number}. ${claim.texts().source}`,
          exact: true,
        })
        .waitFor();
    const texts = await verdicts.allTextContents();
    for (const text of texts)
      expect(
        VERDICTS.some((v) => text.endsWith(v)),
        text,
      ).toBe(true);
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'claims-1440x900');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-runs a cheap card live to the shipped numbers, and links to one card', async () => {
    const { page, errors } = await openLabPage(
      browser(),
      `${baseUrl}#view=claims&claim=ioffe-learning-rates`,
      { width: 390, height: 844 },
      false,
    );
    const card = page.getByRole('article', { name: '2. Ioffe & Szegedy 2015, §3.3' });
    await card.waitFor();
    // The link's card is marked and scrolled to.
    expect(await card.evaluate((e) => e.classList.contains('picked'))).toBe(true);
    const top = await card.evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(844);
    await card.getByRole('button', { name: 'Re-run here' }).click();
    await card.getByText('Re-run here: the same numbers as shipped, to the last digit.').waitFor();
    // The gradient card too (a different kind of run).
    const yang = page.getByRole('article', { name: /^11\. Yang/ });
    await yang.getByRole('button', { name: 'Re-run here' }).click();
    await yang.getByText('Re-run here: the same numbers as shipped, to the last digit.').waitFor();
    // A card's link names it in the address.
    await yang.getByRole('button', { name: 'Link to this card' }).click();
    await page.waitForFunction(() => location.hash.includes('claim=yang-gradient-explosion'));
    // No sideways scrolling at 390 px.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'claims-390x844');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a link names no card, and can cancel a long re-run', async () => {
    const { page, errors } = await openLabPage(
      browser(),
      `${baseUrl}#view=claims&claim=no-such-claim`,
      { width: 1440, height: 900 },
      false,
    );
    await page.getByRole('alert').filter({ hasText: 'names a claim “no-such-claim”' }).waitFor();
    const figure = page.getByRole('article', { name: '1. Ioffe & Szegedy 2015, Figure 1' });
    await figure.getByRole('button', { name: 'Re-run here' }).click();
    await figure.getByText(/Re-running: \d+ of 3 runs/).waitFor();
    await figure.getByRole('button', { name: 'Cancel the re-run' }).click();
    await figure.getByText('Re-run cancelled.').waitFor();
    // The shipped verdict is still shown.
    await figure.locator('.claim-verdict').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
