import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import {
  PAGE_TIMEOUT,
  openDisclosures,
  openLabPage,
  openView,
  screenshot,
  sharedBrowser,
} from './chromium';
import { LOADED } from '../helpers/timeouts';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const stepOf = async (page: Page) =>
  Number((await page.getByTestId('step').textContent())?.replace(/,/g, ''));

describe('no blank page in Chromium', LOADED.long, () => {
  it('opens a link with broken percent-escapes, and follows one typed in later', async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}#preset=paper&seed=%80&view=%C0%AF`);
    await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    const notices = page.locator('.notices');
    await expect.poll(() => notices.textContent()).toContain('seed: has a broken percent-escape');
    expect(await notices.textContent()).toContain('view: has a broken percent-escape');
    // A hash change with a broken escape is a notice too, never an exception.
    await page.evaluate(() => (window.location.hash = '#optimizer.learningRate=%E0%A4%A'));
    await expect
      .poll(() => notices.textContent())
      .toContain('optimizer.learningRate: has a broken percent-escape');
    expect(await page.getByRole('heading', { level: 3, name: 'Layer 1' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page and the run when a view’s code cannot be fetched, and loads it on retry', async () => {
    // No service worker here: the request for the view's code goes to the network, which fails.
    const context = await browser().newContext({
      viewport: { width: 1400, height: 1000 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    await openDisclosures(page);
    // The view's code, with any query (a retry adds one), is not found.
    const viewCode = (url: URL) => url.pathname.includes('/assets/FigureOnePanel-');
    await page.route(viewCode, (route) => route.fulfill({ status: 404 }));
    await page.getByRole('button', { name: 'Play' }).click();
    await openView(page, 'Figure 1');
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The Figure 1 view could not be loaded' });
    await alert.waitFor();
    await screenshot(page, 'view-could-not-load');
    // The rest of the page and the run go on.
    const before = await stepOf(page);
    await expect.poll(() => stepOf(page)).toBeGreaterThan(before);
    await openView(page, 'Live');
    await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    // The network is back: Try again loads the view.
    await page.unroute(viewCode);
    await openView(page, 'Figure 1');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: 'The BN paper’s Figure 1' }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes only the view for a typed #view=… hash: the run goes on', async () => {
    const { page, errors } = await openLabPage(browser(), baseUrl);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepOf(page)).toBeGreaterThan(60);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Frames already on their way still arrive: the worker's paused frame comes after them.
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const before = await stepOf(page);
    await page.evaluate(() => (window.location.hash = '#view=figure-1'));
    await page.getByRole('region', { name: 'The BN paper’s Figure 1' }).waitFor();
    expect(await stepOf(page)).toBe(before);
    // The link is written out whole again: the setup, then the view.
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe('#preset=deep-relu-xor&view=figure-1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
