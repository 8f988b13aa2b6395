import { describe, expect, inject, it } from 'vitest';
import { PAGE_TIMEOUT, openDisclosures, openView, screenshot, sharedBrowser } from './chromium';
import { LOADED } from '../helpers/timeouts';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

describe('the paper preset in Chromium', LOADED.long, () => {
  it('loads the MNIST digits with visible progress, trains, and draws Figure 1’s percentile bands', async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    // Hold the digits back a moment so the progress bar can be seen, as on a slow connection.
    await context.route('**/data/mnist-v2-gzip.bin', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}#preset=paper`);
    const progress = page.getByRole('progressbar', { name: 'Loading MNIST digits' });
    await progress.waitFor();
    await screenshot(page, 'paper-loading');
    await progress.waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('heading', { level: 3, name: 'Layer 3' }).waitFor();
    await openDisclosures(page);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        // Figure 1 is measured at evaluations (every 500 steps): three of them.
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >=
        1000,
      null,
      {
        timeout: 240_000,
      },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await openView(page, 'Figure 1');
    expect(page.url()).toContain('view=figure-1');
    for (const label of [
      'Figure 1b: percentiles of a sigmoid input, plain twin',
      'Figure 1c: percentiles of a sigmoid input, BN twin',
      'Figure 1a: test accuracy of both twins',
    ]) {
      // The view draws in a throttled frame after it loads: on a loaded machine, a moment later.
      const inked = () =>
        page.getByRole('img', { name: label }).evaluate((canvas: HTMLCanvasElement) => {
          const data = canvas
            .getContext('2d')!
            .getImageData(0, 0, canvas.width, canvas.height).data;
          let colored = 0;
          // Count the twins' line colors (vermillion and blue), not the gray axes.
          for (let i = 0; i < data.length; i += 4) {
            const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
            if (
              data[i + 3] > 0 &&
              (r - b > 80 || b - r > 80) &&
              Math.abs(r - g) + Math.abs(g - b) > 60
            )
              colored++;
          }
          return colored;
        });
      await expect.poll(inked, { message: label, timeout: 60_000 }).toBeGreaterThan(200);
    }
    // The caption states this run's numbers against the paper.
    const caption = page.getByTestId('figure-one-caption');
    await expect
      .poll(() => caption.textContent(), { timeout: 30_000 })
      .toMatch(
        /At step [\d,]+ of this run \(seed 1\), test accuracy is \d+\.\d% \(Plain\) and \d+\.\d% \(With BN\)/,
      );
    expect(await caption.textContent()).toMatch(
      /The followed sigmoid input from step 500 to [\d,]+: Plain: median −?\d+\.\d\d → /,
    );
    await page
      .getByRole('region', { name: 'The BN paper’s Figure 1' })
      .screenshot({ path: 'test-results/screenshots/figure-1.png' });
    await openView(page, 'BN at test time');
    await page.getByRole('button', { name: 'Measure test accuracy by batch size' }).click();
    await page.getByRole('img', { name: 'BN twin test accuracy by test batch size' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
