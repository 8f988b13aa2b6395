import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import { encodeLesson, type Lesson } from '../../src/experiment/lesson';
import { stepTitle, TOUR } from '../../src/page/tour';
import { LOADED } from '../helpers/timeouts';
import { audit, openLabPage, PAGE_TIMEOUT, screenshot, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const open = (hash: string, width = 1440, height = 900, disclosures = true) =>
  openLabPage(browser(), `${baseUrl}${hash}`, { width, height }, disclosures);

/** Whether any element matching `selector` is drawn (has a box). */
const anyVisible = (page: Page, selector: string) =>
  page.evaluate(
    (s) => [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0),
    selector,
  );

const lesson: Lesson = {
  title: 'Placed or not: what BN does to 4 students',
  note: 'Before you press Play, read the 4 rows.\nThen predict.',
  questions: [
    {
      prompt: 'After 500 steps, which twin has the lower training loss?',
      choices: ['Plain', 'With BN', 'The same'],
    },
  ],
};

describe('teaching with the lab in Chromium', LOADED.long, () => {
  it('presents one panel at a time in large type, driven by the keyboard', async () => {
    // Opened by hand: the page's usual first marks (Layer 1, the controls) are hidden here.
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}#preset=lecture-example&present`);
    const bar = page.getByRole('navigation', { name: 'Presenter' });
    await bar.waitFor();
    await page.locator('.present-focus[data-tour="loss"]').waitFor();
    // Only the picked panel and the presenter's bar: no controls, presets, setup or tabs.
    for (const hidden of [
      '.controls',
      '.setup-controls',
      '.top-actions',
      '[role=tablist]',
      '.scoreboard',
    ])
      expect(await anyVisible(page, hidden), hidden).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '20px',
    );
    await page.keyboard.press('Space');
    await bar.getByRole('button', { name: 'Pause' }).waitFor();
    await page.keyboard.press('Space');
    await bar.getByRole('button', { name: 'Play' }).waitFor();
    // → opens the tour: its step's panel beside its text, and nothing else.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[0]) }).waitFor();
    await page.locator(`.present-focus[data-tour="${TOUR[0].target}"]`).waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[1]) }).waitFor();
    expect(page.url()).toContain('tour=2&present');
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/presenter-1280x720.png' });
    // The teacher picks a panel: the tour gives way to it.
    await bar.getByRole('combobox', { name: 'Show' }).selectOption('worked');
    await page.locator('.present-focus[data-tour="worked"]').waitFor();
    await page.getByRole('group', { name: 'Operations (← → to step)' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/presenter-worked-batch-1280x720.png' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present to a class' }).waitFor();
    expect(page.url()).not.toContain('present');
    expect(await anyVisible(page, '.controls')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a lesson link on its note and question, and carries a lesson into a file', async () => {
    const { page, errors } = await open(`#preset=lecture-example&lesson=${encodeLesson(lesson)}`);
    const panel = page.locator('.lesson-panel');
    await panel.getByRole('heading', { name: `Lesson: ${lesson.title}` }).waitFor();
    // First on the page: above the status line and the scoreboard.
    const [lessonBox, status] = await Promise.all([
      panel.boundingBox(),
      page.getByTestId('step').boundingBox(),
    ]);
    expect(lessonBox!.y).toBeLessThan(status!.y);
    expect(await panel.locator('.lesson-note').textContent()).toBe(lesson.note);
    await panel.getByText(`Predict first: ${lesson.questions[0].prompt}`).waitFor();
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'lesson-1440x900');
    await panel.getByRole('radio', { name: 'With BN' }).check();
    await panel.getByRole('button', { name: 'Lock in my prediction' }).click();
    await panel.getByText('You predicted: With BN.').waitFor();
    // The editor starts from it; a saved change rides in the link and in the exported file.
    await page.getByRole('textbox', { name: 'Lesson title' }).fill('Four students');
    await page.getByRole('button', { name: 'Save the lesson' }).click();
    await page.waitForFunction(() => location.hash.includes('Four%20students'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export setup' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      lesson: Lesson;
    };
    expect(file.lesson).toEqual({ ...lesson, title: 'Four students' });
    expect(errors).toEqual([]);
  });

  it('shows a hostile lesson as text, and explains one too long for a link', async () => {
    const hostile = { title: '<img src=x onerror="window.__pwned=1">', note: 'x', questions: [] };
    const { page, errors } = await open(`#preset=lecture-example&lesson=${encodeLesson(hostile)}`);
    await page.getByRole('heading', { name: `Lesson: ${hostile.title}` }).waitFor();
    expect(await page.locator('img[src=x]').count()).toBe(0);
    const long = encodeLesson({ ...hostile, note: 'n'.repeat(13_000) });
    await page.goto(`${baseUrl}#preset=lecture-example&lesson=${long}`);
    await page
      .getByRole('alert')
      .getByText(/lesson: at most 12,000 characters in a link/)
      .waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('prints a handout without controls, with the setup, the scoreboard and every figure', async () => {
    const { page, errors } = await open(
      `#preset=lecture-example&lesson=${encodeLesson(lesson)}`,
      1440,
      900,
      false,
    );
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="step"]')?.textContent?.replace(/,/g, '')) >=
        100,
      undefined,
      { timeout: PAGE_TIMEOUT },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const canvases = await page.locator('.view canvas').count();
    await page.emulateMedia({ media: 'print' });
    for (const control of ['button:not(.link)', 'input', 'select', 'textarea', 'summary'])
      expect(await anyVisible(page, control), control).toBe(false);
    // Every figure of the open view is printed, with the setup in words and the scoreboard.
    const printed = await page.evaluate(
      () =>
        [...document.querySelectorAll('.view canvas')].filter((c) => c.getClientRects().length > 0)
          .length,
    );
    expect(printed).toBe(canvases);
    expect(canvases).toBeGreaterThan(5);
    await page
      .getByText('Batch Norm: after the activation, momentum 0.99 (Keras’ convention), ε = 0.001')
      .waitFor();
    expect(await anyVisible(page, '.scoreboard table')).toBe(true);
    await page.getByText(lesson.questions[0].prompt, { exact: false }).first().waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
