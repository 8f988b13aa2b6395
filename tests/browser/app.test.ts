import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, screenshot } from './chromium';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built page in Chromium', () => {
  it('loads with its heading, explanation and the four presets, with no errors and no foreign requests', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl)) foreign.push(request.url());
    });
    await page.goto(baseUrl);
    await expect(
      page.getByRole('heading', { level: 1, name: 'BatchNorm Lab' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'What Batch Norm computes' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('region', { name: 'Experiments' }).getByRole('listitem').count(),
    ).resolves.toBe(4);
    await screenshot(page, 'home');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
