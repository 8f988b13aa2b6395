import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS } from '../../vite.config';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/screenshots';
/** How long a page waits for anything by default: sized for a busy 2-core machine. */
export const PAGE_TIMEOUT = 90_000;

/** Debian's Chromium, headless, with the flags this closed-network machine needs. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Saves a full-page screenshot under test-results/screenshots (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Opens the lab at `url` in a new page of `browser`, collecting uncaught exceptions and console
 * errors, and waits until it has drawn its first layer (or its controls, for a view's link).
 */
export async function openLabPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
  /** Open the disclosures of the less used controls (speed, exact η, share and export). */
  disclosures = true,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  if (url.includes('view=')) await page.getByRole('button', { name: 'Play' }).waitFor();
  else await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  if (disclosures) await openDisclosures(page);
  return { page, errors };
}

/** Opens the disclosures of the controls a first screen keeps closed (speed, exact η, share). */
export async function openDisclosures(page: Page): Promise<void> {
  for (const name of ['Speed and exact η', 'Share, export and import']) {
    const summary = page.locator('summary', { hasText: name });
    if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)))
      await summary.click();
  }
  // The share menu's code loads when it first opens.
  await page.getByRole('button', { name: 'Export setup' }).waitFor();
}

/** One Chromium for the tests of a file: launched before them, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs the axe-core accessibility audit (WCAG 2 A and AA rules, color contrast included) on the
 * page as it is now; returns one line per violation and element, empty when there is none.
 */
export async function audit(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content Security Policy allows.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
    );
  });
}

/**
 * Opens the setup form (a disclosure beside the controls) unless it is open already, with the
 * other controls' disclosures (speed, exact η, share and export).
 */
export async function openSetup(page: Page): Promise<void> {
  const details = page.locator('details.setup');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Setup: data, network, training').click();
  // The form's code loads when it first opens.
  await page.getByRole('spinbutton', { name: 'Seed' }).waitFor();
  await openDisclosures(page);
}

/** Opens one of the views beside the controls by its tab. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/**
 * Drops a file on the page as a learner would drag one in: text, or bytes (given as numbers,
 * which cross into the page), with a MIME type.
 */
export async function dropFile(
  page: Page,
  name: string,
  content: string | Uint8Array,
  type = 'text/csv',
): Promise<void> {
  await page.evaluate(
    ([n, c, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([typeof c === 'string' ? c : new Uint8Array(c)], n, { type: t }));
      const target = document.querySelector('.drop-zone')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    },
    [name, typeof content === 'string' ? content : [...content], type] as const,
  );
}

/**
 * The pages a test file opens on the lab: `open(hash)` opens one (see openLabPage); after each
 * test they are closed and must have logged no error.
 */
export function labPages(browser: () => Browser, baseUrl: string) {
  let opened: { page: Page; errors: string[] }[] = [];
  afterEach(async () => {
    const errors = opened.flatMap((o) => o.errors);
    for (const { page } of opened) await page.close();
    opened = [];
    expect(errors).toEqual([]);
  });
  return async (hash: string) => {
    const lab = await openLabPage(browser(), `${baseUrl}${hash}`);
    opened.push(lab);
    return lab;
  };
}
