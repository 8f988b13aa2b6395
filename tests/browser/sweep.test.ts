import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { logGrid, sweepCells } from '../../src/experiment/sweep';
import { runSweepCell } from '../../src/run/sweepCell';
import { sweepToCsv } from '../../src/experiment/sweepReport';
import { PAGE_TIMEOUT, screenshot, sharedBrowser } from './chromium';
import { LOADED } from '../helpers/timeouts';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

async function setField(page: Page, label: string, value: string) {
  const field = page.getByRole('spinbutton', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('the stable-range explorer in Chromium', LOADED.long, () => {
  it('runs a small sweep to completion, draws both ranges, and exports the same CSV as the command line', async () => {
    const page = await browser().newPage({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}#preset=deep-saturating&view=stable-range`);
    await page.getByRole('button', { name: 'Run sweep' }).waitFor();
    await setField(page, 'η from', '0.01');
    await setField(page, 'η to', '10');
    await setField(page, 'η points', '4');
    await setField(page, 'Steps per run', '150');
    await setField(page, 'Seeds per rate', '2');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    const progress = page.getByRole('progressbar', { name: 'Sweep progress' });
    await page.waitForFunction(() =>
      /done/.test(document.querySelector('[data-testid=sweep-status]')?.textContent ?? ''),
    );
    expect(await progress.getAttribute('value')).toBe('8');
    expect(await progress.getAttribute('max')).toBe('8');
    const chart = page.getByRole('img', {
      name: 'Outcome of every run by learning rate, both twins',
    });
    for (const twin of ['Plain', 'With BN'])
      expect(await chart.getByRole('button', { name: new RegExp(`^${twin}, η = `) }).count()).toBe(
        4,
      );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const e = findPreset('deep-saturating')!.experiment;
    const cells = sweepCells(e, { learningRates: logGrid(0.01, 10, 4), steps: 150, seeds: 2 });
    expect(csv).toBe(
      sweepToCsv(
        cells.map((cell) => runSweepCell(e, cell, 150)),
        0.52,
      ),
    );
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Chart as SVG' }).click();
    expect(readFileSync(await (await svgDownload).path(), 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    await page
      .getByRole('region', { name: 'Stable range of learning rates' })
      .screenshot({ path: 'test-results/screenshots/sweep.png' });
    await page
      .getByRole('button', { name: /^With BN, η = 10: .* Load this learning rate/ })
      .click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=lr-in-use]')?.textContent === '10',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a long sweep: the pool stops and the progress bar stays where it was', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.goto(`${baseUrl}#preset=deep-saturating&view=stable-range`);
    await page.getByRole('button', { name: 'Run sweep' }).waitFor();
    await setField(page, 'Steps per run', '20000');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForFunction(() =>
      /cancelled/.test(document.querySelector('[data-testid=sweep-status]')?.textContent ?? ''),
    );
    const value = await page
      .getByRole('progressbar', { name: 'Sweep progress' })
      .getAttribute('value');
    await page.waitForTimeout(1500);
    expect(
      await page.getByRole('progressbar', { name: 'Sweep progress' }).getAttribute('value'),
    ).toBe(value);
    expect(Number(value)).toBeLessThan(13);
    expect(await page.getByRole('button', { name: 'Run sweep' }).isEnabled()).toBe(true);
    await screenshot(page, 'sweep-cancelled');
    await page.close();
  });
});
