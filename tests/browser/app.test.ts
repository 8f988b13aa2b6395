import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_TIMEOUT, launch, openSetup, openView, screenshot } from './chromium';
import { LOADED } from '../helpers/timeouts';

let browser: Browser;
let page: Page;
let errors: string[];
let foreign: string[];
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function open(hash = ''): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(PAGE_TIMEOUT);
  errors = [];
  foreign = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl)) foreign.push(request.url());
  });
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  await openSetup(page);
  return page;
}

afterEach(async () => {
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page?.close();
});

const step = async () => Number((await page.getByTestId('step').textContent())?.replace(/,/g, ''));

/** Share of a canvas's pixels that differ from its top-left (background) pixel. */
async function inkedFraction(label: string): Promise<number> {
  return page.getByRole('img', { name: label }).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (
        Math.abs(data[i] - 251) + Math.abs(data[i + 1] - 250) + Math.abs(data[i + 2] - 247) > 30 &&
        data[i + 3] > 0
      )
        inked++;
    }
    return inked / (data.length / 4);
  });
}

/**
 * A canvas's inked share, polled: the heavy canvases share a redraw budget per animation frame,
 * so with many of them some are drawn a few frames after a pause.
 */
const inked = (label: string) =>
  expect.poll(() => inkedFraction(label), { message: label, timeout: PAGE_TIMEOUT });

describe('the live lab in Chromium', LOADED.long, () => {
  it('plays: the step counter advances, then pauses', async () => {
    await open();
    expect(await step()).toBe(0);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) > 100,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const paused = await step();
    await page.waitForTimeout(300);
    expect(await step()).toBe(paused);
    await screenshot(page, 'worked-example');
  });

  it('draws every layer’s distributions for both twins (non-blank canvases)', async () => {
    await open('#preset=deep-saturating');
    for (let i = 0; i < 4; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) > 300,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    for (const layer of [1, 6]) {
      for (const twin of ['plain', 'BN']) {
        const label = `Layer ${layer}, ${twin} twin: distribution of the input to the activation over training`;
        await inked(label).toBeGreaterThan(0.2);
      }
    }
    await inked('Loss of both twins over training steps').toBeGreaterThan(0.01);
    await inked('Decision boundary of the With BN twin').toBeGreaterThan(0.5);
    await screenshot(page, 'deep-saturating');
  });

  it('draws a cohort: noisy BN and Layer Norm beside the twins, chosen in the setup form', async () => {
    await open('#preset=deep-saturating');
    await page.getByRole('combobox', { name: 'Third network' }).selectOption('noisyBatchNorm');
    await page.getByRole('combobox', { name: 'Fourth network' }).selectOption('layerNorm');
    await page.getByRole('spinbutton', { name: 'Noisy BN shift ±' }).waitFor();
    expect(page.url()).toContain('cohort.third=noisyBatchNorm');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) > 300,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    for (const network of ['Noisy BN', 'Layer Norm']) {
      const label = `Layer 3, ${network}: distribution of the input to the activation over training`;
      // drawn on the value axis the four share (Layer Norm's inputs are narrow here)
      await inked(label).toBeGreaterThan(0.05);
      // (near P = 0.5 the map is white, so early on less of it differs from the page)
      await inked(`Decision boundary of the ${network} network`).toBeGreaterThan(0.1);
    }
    await openView(page, 'Optimization');
    await expect
      .poll(() => page.getByTestId('optimization-caption').textContent(), { timeout: PAGE_TIMEOUT })
      .toMatch(/Noisy BN [\d.e-]+, Layer Norm [\d.e-]+/);
    await openView(page, 'Network and notes');
    const layers = page.getByRole('list', { name: 'Layer Norm layers' });
    await layers.waitFor(); // the view's code loads when it is first opened
    expect(await layers.getByRole('listitem').allTextContents()).toContain('LN');
    await screenshot(page, 'cohort');
  });

  it('restarts the run when the BN placement changes, with the new placement', async () => {
    await open('#preset=worked-example');
    for (let i = 0; i < 5; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '5',
    );
    await page.getByRole('radio', { name: 'Before activation' }).check();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '0',
    );
    expect(page.url()).toContain('batchNorm.placement=before');
    await openView(page, 'Network and notes');
    const list = page.getByRole('list', { name: 'With BN twin layers' });
    await list.waitFor(); // the view's code loads when it is first opened
    const chain = await list.getByRole('listitem').allTextContents();
    expect(chain.slice(0, 4)).toEqual(['Input 2', 'Dense 3', 'BN', 'relu']);
  });

  it('sends the learning-rate slider to the running worker', async () => {
    await open();
    const slider = page.getByRole('slider', { name: 'Learning rate' });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=lr-in-use]')?.textContent === '1.0e-4',
    );
    expect(await slider.getAttribute('aria-valuetext')).toBe('η = 1.0e-4');
    expect(page.url()).toContain('optimizer.learningRate=0.0001');
  });

  it('restores a shared setup from the URL', async () => {
    await open(
      '#preset=deep-saturating&optimizer.learningRate=0.3&seed=5&batchNorm.placement=after',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=lr-in-use]')?.textContent === '0.3',
    );
    expect(await page.getByRole('radio', { name: 'After activation' }).isChecked()).toBe(true);
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '5',
    );
    expect(
      await page.getByRole('radio', { name: 'Deep sigmoid net on 2-D data' }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole('heading', { level: 3, name: /^Layer \d$/ }).count()).toBe(6);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('explains a bad URL and keeps the fields that were fine', async () => {
    await open(
      '#preset=deep-saturating&optimizer.learningRate=banana&seed=9&batchNorm.placement=sideways',
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('optimizer.learningRate: must be a number greater than 0');
    expect(text).toContain('batchNorm.placement: must be one of before, after, none');
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '9',
    );
    expect(await page.getByRole('radio', { name: 'Before activation' }).isChecked()).toBe(true);
    await screenshot(page, 'bad-url');
  });

  it('answers the keyboard: Space plays and pauses, → steps', async () => {
    await open();
    await page.locator('body').press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
    await page.locator('body').press(' ');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.locator('body').press(' ');
    await page.getByRole('button', { name: 'Play' }).waitFor();
  });
});
