import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Experiment } from '../../src/experiment/schema';
import { LOADED } from '../helpers/timeouts';
import { audit, openLabPage, openSetup, openView, screenshot, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const open = (hash: string, width = 1440, height = 900) =>
  openLabPage(browser(), `${baseUrl}${hash}`, { width, height });

const momentumField = (page: Page) => page.getByRole('spinbutton', { name: 'BN momentum' });
const conventionField = (page: Page) => page.getByRole('combobox', { name: 'Momentum convention' });

async function exported(page: Page): Promise<Experiment> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export setup' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Experiment;
}

/** A number as the worked batch prints it (a true minus sign). */
const read = (text: string | null) => Number((text ?? '').replace('−', '-'));

describe('the lecture’s example in Chromium', LOADED.long, () => {
  it('loads the lecture’s 4 rows with no test split, and reports training numbers only', async () => {
    const { page, errors } = await open('#preset=lecture-example');
    await openSetup(page);
    await page.getByText('No test split: all 4 rows train').waitFor();
    expect(await page.getByText('Edit the rows (4 of at most 300)').count()).toBe(1);
    // The scoreboard has no train − test gap and counts steps to a training accuracy.
    const scoreboard = page.locator('.scoreboard');
    await scoreboard.getByRole('button', { name: /Steps to 90% training accuracy/ }).waitFor();
    expect(await scoreboard.locator('tbody tr').count()).toBe(3);
    await scoreboard.getByText('No rows are held out for testing').waitFor();
    expect(await scoreboard.getByText(/train − test accuracy gap/i).count()).toBe(0);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="step"]')?.textContent?.replace(/,/g, '')) >=
        200,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const lesson = (await page.locator('.lesson').first().textContent()) ?? '';
    expect(lesson).not.toContain('test accuracy');
    expect(await page.locator('.panels').getByText('no test rows: all 4 rows train').count()).toBe(
      1,
    );
    await screenshot(page, 'lecture-1440x900');
    expect(errors).toEqual([]);
  });

  it('shows momentum and ε in either convention, one value through the link and the file', async () => {
    const { page, errors } = await open('#preset=lecture-example');
    await openSetup(page);
    expect(await conventionField(page).inputValue()).toBe('keras');
    expect(await momentumField(page).inputValue()).toBe('0.99');
    expect(await page.getByRole('spinbutton', { name: 'BN ε' }).inputValue()).toBe('0.001');
    expect(await page.getByTestId('momentum-meaning').textContent()).toBe(
      'Keras’ momentum 0.99 keeps 99% of the old average and takes 1% of each new batch: running mean ← 0.99 · running mean + 0.01 · μ_B.',
    );
    // Typed in Keras' convention, stored as the weight of the new batch.
    await momentumField(page).fill('0.95');
    await momentumField(page).press('Enter');
    await page.waitForFunction(() => location.hash.includes('batchNorm.momentum=0.05'));
    expect((await exported(page)).batchNorm).toEqual({
      placement: 'after',
      momentum: 0.05,
      epsilon: 0.001,
      convention: 'keras',
    });
    // Keras' 1 would never update the averages: refused in Keras' terms, nothing lost.
    await momentumField(page).fill('1');
    await momentumField(page).press('Enter');
    await page.getByText('Keras’ momentum must be at least 0 and less than 1, got 1').waitFor();
    // The same value in PyTorch's convention, and the link carries the convention.
    await conventionField(page).selectOption('pytorch');
    await page.waitForFunction(() => location.hash.includes('batchNorm.convention=pytorch'));
    expect(await momentumField(page).inputValue()).toBe('0.05');
    const link = await page.evaluate(() => location.hash);
    const reopened = await open(link);
    await openSetup(reopened.page);
    expect(await conventionField(reopened.page).inputValue()).toBe('pytorch');
    expect(await momentumField(reopened.page).inputValue()).toBe('0.05');
    // A file in Keras' convention shows its momentum the Keras way.
    const file = { ...(await exported(reopened.page)) };
    file.batchNorm = { ...file.batchNorm, momentum: 0.2, convention: 'keras' };
    await reopened.page.getByLabel('Import setup or table…').setInputFiles({
      name: 'keras.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await reopened.page.waitForFunction(() => location.hash.includes('batchNorm.momentum=0.2'));
    expect(await momentumField(reopened.page).inputValue()).toBe('0.8');
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
  });

  it('works one batch by hand, operation by operation, with numbers that add up', async () => {
    const { page, errors } = await open('#preset=lecture-example&view=test-time', 1280, 720);
    const stepper = page.getByRole('group', { name: 'Operations (← → to step)' });
    await stepper.waitFor();
    await stepper.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.getByText('7 of 7: At test time').waitFor();
    const table = page.locator('.worked-table tbody tr');
    expect(await table.count()).toBe(4);
    const cells = await table.evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)),
    );
    const x = cells.map((c) => read(c[0]));
    const xHat = cells.map((c) => read(c[3]));
    const y = cells.map((c) => read(c[4]));
    const operations = await page.locator('.operations li').allTextContents();
    const number = (k: number, pattern: RegExp) =>
      read(pattern.exec(operations[k])?.[1].replace('−', '-') ?? null);
    const mean = number(1, /= (−?[\d.]+)$/);
    const variance = number(2, /= (−?[\d.]+) \(the biased/);
    expect(mean).toBeCloseTo(x.reduce((a, b) => a + b) / 4, 3);
    expect(variance).toBeCloseTo(x.reduce((a, v) => a + (v - mean) ** 2, 0) / 4, 3);
    const gamma = number(4, /= (−?[\d.]+)·x̂/);
    const beta = number(4, /·x̂ \+ (−?[\d.]+):/);
    x.forEach((v, r) => {
      expect(xHat[r]).toBeCloseTo((v - mean) / Math.sqrt(variance + 0.001), 3);
      expect(y[r]).toBeCloseTo(gamma * xHat[r] + beta, 3);
    });
    // Keras' momentum 0.99 from running averages that start at 0 and 1.
    expect(operations[5]).toContain('running mean ← 0.99 · 0.0000 + 0.01 ·');
    expect(operations[5]).toContain('running variance ← 0.99 · 1.0000 + 0.01 ·');
    expect(operations[6]).toContain('goes through the running averages');
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'lecture-worked-batch-1280x720');
    expect(errors).toEqual([]);
  });

  it('works the batch the next step trains on: the engine’s μ_B and running mean after it', async () => {
    const { page, errors } = await open('#preset=lecture-example&view=test-time');
    // The BN statistics panel follows the last hidden layer: work the batch there.
    await page.getByRole('combobox', { name: 'BN layer' }).selectOption('1');
    await page.getByText('BN layer 2 receives for feature 1').waitFor();
    const stepper = page.getByRole('group', { name: 'Operations (← → to step)' });
    for (let i = 0; i < 5; i++)
      await stepper.getByRole('button', { name: 'Next operation' }).click();
    const operations = await page.locator('.operations li').allTextContents();
    const mean = read(/μ_B = .* = (−?[\d.]+)$/.exec(operations[1])![1]);
    const runningMean = read(/running mean ← .* = (−?[\d.]+);/.exec(operations[5])![1]);
    // Step 1 trains on that batch; the page's own export then shows what the engine computed.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
    await page.locator('section.panel summary', { hasText: 'Export' }).first().click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('group', { name: 'Export the test-time panels' })
      .getByRole('button', { name: 'CSV' })
      .click();
    const csv = readFileSync(await (await download).path(), 'utf8').split('\n');
    const value = (series: string) =>
      Number(
        csv
          .find((line) => line.includes('layer 2') && line.includes(`,${series},1,`))!
          .split(',')
          .at(-1),
      );
    expect(value('batch mean')).toBeCloseTo(mean, 3);
    expect(value('running mean')).toBeCloseTo(runningMean, 3);
    expect(errors).toEqual([]);
  });

  it('fits a phone', async () => {
    const { page, errors } = await open('#preset=lecture-example&view=test-time', 390, 844);
    await page.getByRole('group', { name: 'Operations (← → to step)' }).waitFor();
    await page.getByRole('button', { name: 'Next operation' }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await openView(page, 'Live');
    await screenshot(page, 'lecture-390x844');
    expect(errors).toEqual([]);
  });
});
