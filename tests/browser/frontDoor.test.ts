import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { PRESETS } from '../../src/experiment/presets';
import { stepTitle, TOUR } from '../../src/page/tour';
import { formatNumber } from '../../src/ui/charts/canvas';
import { PAGE_TIMEOUT, openLabPage, openView, screenshot, sharedBrowser } from './chromium';
import { LOADED } from '../helpers/timeouts';
import { hostedBuild, visitAndCache } from './subPathServer';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const open = (hash = '', width = 1440, height = 900) =>
  openLabPage(browser(), `${baseUrl}${hash}`, { width, height });

const stepOf = async (page: Page) =>
  Number((await page.getByTestId('step').textContent())?.replace(/,/g, ''));

/** A layer's readout: each network's drift from step 0 (σ₀), as its words say it. */
async function readout(page: Page, layer: number) {
  const text = await page
    .locator('.layer-row')
    .filter({ has: page.getByRole('heading', { level: 3, name: `Layer ${layer}`, exact: true }) })
    .locator('.readout')
    .textContent();
  const drift = (name: string) =>
    Number(new RegExp(`${name}: moved ([\\d.e+-]+) σ₀`).exec(text ?? '')?.[1]);
  return { plain: drift('Plain'), batchNorm: drift('With BN'), text };
}

/**
 * A layer's readout once the page has drawn the last frame (paused): the same text on reads a
 * quarter second apart (readouts redraw at most ten times a second, later on a loaded machine).
 */
async function settledReadout(page: Page, layer: number) {
  let last = await readout(page, layer);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await readout(page, layer);
    if (now.text === last.text) return now;
    last = now;
  }
  return last;
}

/** The band names under the slider: each network's highest η that trains. */
async function bandEdges(page: Page) {
  const edge = async (name: string) => {
    const text = await page
      .locator('.band-names li')
      .filter({ hasText: `${name}:` })
      .textContent();
    return Number(/trains up to η = ([\d.e+-]+)/.exec(text ?? '')?.[1]);
  };
  return { plain: await edge('Plain'), batchNorm: await edge('With BN') };
}

/** Whether an element lies wholly inside a viewport of `size` as it opened (no scrolling). */
function onFirstScreen(
  size: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number } | null,
) {
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

describe('the front door in Chromium', LOADED.long, () => {
  it('opens on a setup where the plain twin fails and the BN twin trains, said and drawn', async () => {
    const { page, errors } = await open();
    expect(await page.getByRole('radio', { name: 'Deep ReLU net on XOR' }).isChecked()).toBe(true);
    expect(await page.getByTestId('lesson').textContent()).toBe(
      'Press Play (or Space) and watch the loss and accuracy chart at η = 1.78.',
    );
    await screenshot(page, 'front-1440-before-play');
    await page.getByRole('button', { name: 'Play' }).click();
    // Within the first few hundred steps (about a second at the default speed) the lesson line
    // says what the loss chart shows: the plain twin failed, the BN twin trains.
    await expect
      .poll(() => page.getByTestId('lesson').textContent(), { timeout: PAGE_TIMEOUT })
      .toMatch(
        /^At η = 1\.78: the plain twin (blew up at step \d+|is not learning \(loss [\d.]+; a constant guess scores [\d.]+\)); the BN twin trains \(test accuracy (9\d|100)%\)\. Try next: slide η down to 0\.316, where the bands show both twins training/,
      );
    expect(await stepOf(page)).toBeLessThan(3000);
    // A twin that blew up is drawn as blown up: hatched drift bars, labelled, never a 0 bar.
    if (/blew up/.test((await page.getByTestId('lesson').textContent()) ?? '')) {
      await expect.poll(() => page.locator('[data-kind="blew-up"]').count()).toBe(8);
      expect(await readout(page, 8).then((r) => r.text)).toMatch(/^Plain: blew up at step \d+/);
      expect(
        await page
          .getByRole('img', { name: /^Drift from step 0 by layer/ })
          .getAttribute('aria-label'),
      ).toMatch(/plain twin: layer 1 blew up at step \d+/);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'front-1440-after-play');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows at η = 0.3 both twins training, the plain twin’s deep layers drifting more', async () => {
    const { page, errors } = await open('#optimizer.learningRate=0.3');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= 400,
    );
    const deep = await readout(page, 8);
    expect(deep.batchNorm, deep.text ?? '').toBeLessThan(0.6);
    expect(deep.plain, deep.text ?? '').toBeGreaterThan(4 * deep.batchNorm);
    await expect
      .poll(() => page.getByTestId('lesson').textContent())
      .toMatch(
        /^At η = 0\.3: the plain twin trains .*; the BN twin trains .*Try next: slide η up past 0\.316/,
      );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the controls, the lesson, the scoreboard, a layer and the loss on one 1440×900 screen', async () => {
    const { page } = await openLabPage(browser(), baseUrl, { width: 1440, height: 900 }, false);
    const must = [
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('slider', { name: 'Learning rate' }),
      page.getByRole('img', { name: /^Stable range per learning rate/ }),
      page.getByRole('group', { name: 'BN placement' }),
      page.getByTestId('lesson'),
      page.getByRole('table'),
      page.getByRole('tab', { name: 'Figure 1' }),
      page.getByRole('img', { name: 'Loss of both twins over training steps' }),
    ];
    for (const twin of ['plain', 'BN'])
      must.push(
        page.getByRole('img', {
          name: `Layer 1, ${twin} twin: distribution of the input to the activation over training`,
        }),
      );
    for (const element of must)
      expect(onFirstScreen(page.viewportSize()!, await element.boundingBox())).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1440);
    // Fewer controls: speed, exact η, sharing and the setup form wait behind disclosures.
    for (const name of ['Speed', 'Exact η'])
      expect(await page.getByLabel(name, { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export setup' }).isVisible()).toBe(false);
    await page.close();
  });

  it('draws each twin’s band on the slider and fills the scoreboard at once, from shipped evidence', async () => {
    const { page, errors } = await open();
    await page.getByText(/^Bands measured for this preset: 3 seeds × 500 steps per rate/).waitFor();
    const edges = await bandEdges(page);
    expect(edges.plain).toBeGreaterThan(0);
    expect(edges.batchNorm).toBeGreaterThan(edges.plain);
    const label = await page
      .getByRole('img', { name: /^Stable range per learning rate/ })
      .getAttribute('aria-label');
    expect(label).toMatch(
      /plain twin: trains up to η = [\d.]+; at [\d.]+ it (stalls|blows up|is too slow)/,
    );
    // The scoreboard leads with the same edges, and every row is in: no measuring.
    expect(await page.getByTestId('score-1-plain').textContent()).toMatch(
      new RegExp(`^${String(edges.plain).replace('.', '\\.')}( |$)`),
    );
    expect(await page.getByTestId('score-2-plain').textContent()).toMatch(/^never \(blew up 3\)$/);
    expect(await page.getByTestId('score-2-batchNorm').textContent()).toMatch(/^\d+ \(\d+–\d+\)$/);
    expect(await page.getByTestId('verdict-2').textContent()).toBe('BN ahead');
    expect(await page.getByTestId('score-4-batchNorm').textContent()).toMatch(/^\d of 5/);
    expect(await page.getByRole('table').textContent()).not.toContain('measuring');
    expect(await page.getByTestId('score-sentence').textContent()).toMatch(
      /^Over 3 seeds this setup shows BN training at higher learning rates .* it does not show a regularizing effect \(a twin blew up at η = 1\.78\)\.$/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'front-1440-bands');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills every preset’s scoreboard within 2 s of loading it: no “measuring…”', async () => {
    const { page, errors } = await open();
    for (const preset of PRESETS) {
      await page.getByRole('radio', { name: preset.title }).check();
      await page.waitForTimeout(2000);
      const table = await page.getByRole('table').textContent();
      expect(table, preset.id).not.toContain('measuring');
      expect(await page.getByTestId('score-sentence').textContent(), preset.id).toMatch(
        /^Over \d seeds this setup /,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the previous placement’s BN twin as a labelled ghost until Reset', async () => {
    const { page } = await open();
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '3',
    );
    await page.getByRole('radio', { name: 'After activation' }).check();
    await page.getByText('┈ BN before (before the switch)').waitFor();
    expect(page.url()).toContain('batchNorm.placement=after');
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('┈ BN before (before the switch)').waitFor({ state: 'detached' });
    await page.close();
  });

  it('tours the lecture’s points step by step, by keyboard and by link', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[0]) }).waitFor();
    expect(page.url()).toContain('tour=1');
    // Predict, then reveal: the step asks first, and shows what to look for once answered.
    const box = page.getByTestId('tour-box');
    await box.getByText('Predict first: At η = 1.78, what will the two twins do').waitFor();
    expect(await box.getByText('Look for:').count()).toBe(0);
    const lockIn = box.getByRole('button', { name: 'Lock in my prediction' });
    expect(await lockIn.isDisabled()).toBe(true);
    await box.getByRole('radio', { name: 'Only the BN twin trains' }).check();
    await lockIn.click();
    await box.getByText('You predicted: Only the BN twin trains. The run answers it.').waitFor();
    await box.getByText('Look for:').waitFor();
    // The step's own button plays the run; its reading then says what the loss chart shows.
    await page.getByRole('button', { name: 'Play the run' }).click();
    await expect
      .poll(() => page.getByTestId('tour-reading').textContent(), { timeout: PAGE_TIMEOUT })
      .toMatch(/^Measured now: Step [\d,]+: the plain twin (blew up at step \d+|’s test accuracy)/);
    const computes = TOUR.findIndex((step) => step.id === 'computes');
    await page.goto(`${baseUrl}#tour=${computes + 1}`);
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[computes]) }).waitFor();
    // What BN computes: the worked example's parameters as Keras' model.summary() counts them.
    expect(await page.getByTestId('total-params').textContent()).toBe('40');
    expect(await page.getByTestId('non-trainable-params').textContent()).toBe('10');
    expect(await page.getByTestId('tour-reading').textContent()).toBe(
      'Measured now: batch_normalization: 3 features × 4 = 12 numbers (6 trainable, 6 not). batch_normalization_1: 2 features × 4 = 8 numbers (4 trainable, 4 not).',
    );
    await page
      .getByTestId('tour-box')
      .getByRole('button', { name: 'Next', exact: true })
      .press('Enter');
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[computes + 1]) }).waitFor();
    // Escape closes the tour. On two loaded cores a key can land before the new step's box
    // listens: pressed again (at most 5 times) until the tour is closed.
    const resume = page.getByRole('button', {
      name: `Resume the tour (step ${computes + 2} of ${TOUR.length})`,
    });
    for (let i = 0; i < 5 && !(await resume.isVisible()); i++) {
      await page.keyboard.press('Escape');
      await resume.waitFor({ timeout: 5000 }).catch(() => undefined);
    }
    await resume.waitFor();
    await page.goto(`${baseUrl}#tour=${TOUR.length}`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: stepTitle(TOUR[TOUR.length - 1]) }).waitFor();
    expect(
      await page.getByRole('tab', { name: 'Optimization' }).getAttribute('aria-selected'),
    ).toBe('true');
    // The box docks beside its panel once the (lazy) view has drawn it, and may move then: a
    // click aimed before that move lands elsewhere (the flake of issue 28), a key press does not.
    await page.locator(`[data-tour="${TOUR[TOUR.length - 1].target}"].tour-target`).waitFor();
    await page.getByRole('button', { name: 'Finish' }).press('Enter');
    await page
      .getByRole('heading', { level: 2, name: stepTitle(TOUR[TOUR.length - 1]) })
      .waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1280, 720],
    [1440, 900],
    [390, 844],
  ])(
    'keeps the tour box on a %i × %i screen at every step, its panel outlined beside it',
    async (width, height) => {
      const { page, errors } = await openLabPage(
        browser(),
        `${baseUrl}#tour=1`,
        { width, height },
        false,
      );
      for (let i = 0; i < TOUR.length; i++) {
        await page
          .getByTestId('tour-box')
          .getByRole('heading', { level: 2, name: stepTitle(TOUR[i]) })
          .waitFor();
        // The step's panel is found (a lazy view loads first) and outlined.
        await page.locator(`[data-tour="${TOUR[i].target}"].tour-target`).waitFor();
        await page.waitForTimeout(300);
        const box = await page.getByTestId('tour-box').boundingBox();
        expect(onFirstScreen({ width, height }, box), `step ${i + 1}: ${JSON.stringify(box)}`).toBe(
          true,
        );
        // The outlined panel's top is on screen, above the box or beside it.
        const target = await page.locator('.tour-target').boundingBox();
        expect(target, `step ${i + 1}`).not.toBeNull();
        expect(target!.y, `step ${i + 1}`).toBeGreaterThanOrEqual(0);
        expect(target!.y, `step ${i + 1}`).toBeLessThan(box!.y);
        if (i === 0 || i === 3 || i === TOUR.length - 1)
          await screenshot(page, `tour-${width}x${height}-step-${i + 1}`);
        if (i < TOUR.length - 1)
          await page
            .getByTestId('tour-box')
            .getByRole('button', { name: 'Next', exact: true })
            .click();
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('opens a view from its link and keeps the tab list keyboard-driven', async () => {
    const { page, errors } = await open('#view=figure-1');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    expect(await page.getByRole('tab', { name: 'Figure 1' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.getByRole('tab', { name: 'Figure 1' }).press('ArrowRight');
    expect(
      await page.getByRole('tab', { name: 'BN at test time' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(page.url()).toContain('view=test-time');
    await openView(page, 'Live');
    expect(page.url()).not.toContain('view=');
    // Every view, drawn after some training, leaves the console empty.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    for (const view of [
      'Figure 1',
      'BN at test time',
      'Stable range',
      'Optimization',
      'Network and notes',
      'Live',
    ]) {
      await openView(page, view);
      await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
    }
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('reads every network’s values at a step, by pointer and by keyboard, on one crosshair', async () => {
    const { page, errors } = await open('#preset=deep-saturating&training.steps=400');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('paused at the planned 400 steps').waitFor({ timeout: 120_000 });
    const readout = page.getByTestId('step-readout');
    expect(await readout.textContent()).toMatch(/^Point at a chart/);
    const loss = page.getByRole('img', { name: 'Loss of both twins over training steps' });
    const box = (await loss.boundingBox())!;
    // Right of the plot’s end reads as its last step. The chart is a throttled canvas that may
    // draw the last frame a few frames after the pause: the pointer moves until it reads there.
    let nudge = 0;
    await expect
      .poll(async () => {
        nudge = 1 - nudge;
        await page.mouse.move(box.x + box.width - 4 - nudge, box.y + box.height / 2);
        return readout.textContent();
      })
      .toMatch(
        /^Step 400 · Plain: loss [\d.]+, test loss [\d.]+, test accuracy [\d.]+ · With BN: loss [\d.]+/,
      );
    await screenshot(page, 'hover-loss');
    await page.mouse.move(0, 0);
    await expect.poll(() => readout.textContent()).toMatch(/^Point at a chart/);
    // The keyboard: focus the chart, End goes to the last step, ← moves back 1% of the run.
    await loss.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toMatch(/^Step 400 /);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout.textContent()).toMatch(/^Step 396 /);
    // Arrows on a focused chart move the crosshair, not the training.
    expect(await stepOf(page)).toBe(400);
    await page.keyboard.press('Escape');
    await expect.poll(() => readout.textContent()).toMatch(/^Point at a chart/);
    // A heatmap answers the pointer too: its middle is about the middle of the run.
    const heatmap = page.getByRole('img', { name: /^Layer 1, plain twin: distribution/ });
    const hb = (await heatmap.boundingBox())!;
    await page.mouse.move(hb.x + 40 + (hb.width - 46) / 2, hb.y + hb.height / 2);
    await expect.poll(() => readout.textContent()).toMatch(/^Step (1[89]\d|2[01]\d) /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replays an earlier step: readouts, histograms and boundaries as they were then', async () => {
    const { page, errors } = await open('#preset=deep-saturating&training.steps=200');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('paused at the planned 200 steps').waitFor({ timeout: 120_000 });
    const then = await settledReadout(page, 2);
    const boundary = page.getByRole('img', { name: 'Decision boundary of the With BN twin' });
    const pixels = () => boundary.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    const boundaryThen = await pixels();
    // Training goes on past step 200, then the scrubber goes back to it.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepOf(page), { timeout: 120_000 }).toBeGreaterThan(320);
    await page.getByRole('button', { name: 'Pause' }).click();
    const later = await settledReadout(page, 2);
    expect(later.text).not.toBe(then.text);
    const scrubber = page.getByRole('slider', { name: 'Replay' });
    expect(await scrubber.getAttribute('aria-valuetext')).toBe('live');
    await scrubber.focus();
    for (let i = 0; i < 100 && (await scrubber.getAttribute('aria-valuetext')) !== 'step 200'; i++)
      await page.keyboard.press('ArrowLeft');
    expect(await scrubber.getAttribute('aria-valuetext')).toBe('step 200');
    await expect
      .poll(() => page.getByTestId('replay-state').textContent())
      .toBe('Showing step 200 (training goes on)');
    // Step 200's frame, number for number and pixel for pixel.
    await expect.poll(async () => (await readout(page, 2)).text).toBe(then.text);
    await expect.poll(pixels).toBe(boundaryThen);
    const row = page
      .locator('.layer-row')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Layer 2', exact: true }) });
    await expect.poll(() => row.locator('figcaption').last().textContent()).toBe('step 200');
    // The replay's kept frames and their memory are stated.
    expect(await page.locator('.replay').textContent()).toMatch(
      /\d+ frames kept of at most 160, one every ≈ \d+ steps \(\d+ kB\)/,
    );
    // The pointer reads a heatmap's cell and a histogram's bins.
    const heatmap = page.getByRole('img', { name: /^Layer 2, plain twin: distribution/ });
    await heatmap.hover({ position: { x: 60, y: 50 } });
    await expect
      .poll(() => page.getByTestId('cell-readout').textContent())
      .toMatch(
        /^Layer 2, Plain, step [\d,]+: (values in \[[-\d.e]+, [-\d.e]+\]: [\d,]+ \([\d.]+%\)|no values at [-\d.e]+) · 15th percentile [-\d.e]+, median [-\d.e]+, 85th [-\d.e]+$/,
      );
    const histograms = page.getByRole('img', { name: /^Layer 2: current histograms/ });
    const hb = (await histograms.boundingBox())!;
    await histograms.hover({ position: { x: hb.width / 2, y: hb.height / 2 - 8 } });
    await expect
      .poll(() => page.getByTestId('cell-readout').textContent())
      .toMatch(
        /^Layer 2 at step 200, values [-\d.e]+: Plain [\d.]+% in \[.+\] · With BN [\d.]+% in \[.+\]$/,
      );
    await screenshot(page, 'replay');
    await page.mouse.move(0, 0);
    await expect.poll(() => page.getByTestId('cell-readout').count()).toBe(0);
    // Live snaps back to the latest frame.
    await page.getByRole('button', { name: 'Live' }).click();
    expect(await scrubber.getAttribute('aria-valuetext')).toBe('live');
    // (The latest frame may be newer than the one read at Pause on a loaded machine.)
    await expect.poll(async () => (await readout(page, 2)).text).not.toBe(then.text);
    await expect.poll(() => row.locator('figcaption').last().textContent()).toBe('now');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports every figure as PNG, SVG and CSV; the CSV holds the numbers the page reads out', async () => {
    const { page, errors } = await open('#preset=deep-saturating&training.steps=200');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('paused at the planned 200 steps').waitFor({ timeout: 120_000 });
    const download = async (group: string, kind: 'PNG' | 'SVG' | 'CSV') => {
      // Each figure's "Export" menu opens on its PNG, SVG and CSV buttons.
      const menu = page.locator('details.exports').filter({
        has: page.getByRole('group', { name: group, includeHidden: true }),
      });
      await menu.locator('summary').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: group }).getByRole('button', { name: kind }).click(),
      ]);
      expect(await menu.getAttribute('open')).toBeNull();
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    // Distributions: the cell under the pointer is a row of the CSV.
    const csv = await download('Export the layer distributions', 'CSV');
    expect(csv.name).toBe('distributions.csv');
    const rows = csvParse(csv.bytes.toString('utf8'));
    const heatmap = page.getByRole('img', { name: /^Layer 2, plain twin: distribution/ });
    await heatmap.hover({ position: { x: 100, y: 50 } });
    const cell = (await page.getByTestId('cell-readout').textContent()) ?? '';
    const [, step, p15, p50, p85] =
      /step ([\d,]+):.* 15th percentile (\S+), median (\S+), 85th (\S+)$/.exec(cell) ?? [];
    const row = rows.find(
      (r) => r.network === 'Plain' && r.layer === '2' && r.step === step.replace(/,/g, ''),
    );
    expect(row).toBeDefined();
    expect([row!.p15, row!.p50, row!.p85].map((v) => formatNumber(Number(v)))).toEqual([
      p15,
      p50,
      p85,
    ]);
    // Loss and accuracy: the readout's test accuracy at the last step is the CSV's.
    const loss = page.getByRole('img', { name: 'Loss of both twins over training steps' });
    const box = (await loss.boundingBox())!;
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    const readout = (await page.getByTestId('step-readout').textContent()) ?? '';
    const shown = /With BN: loss \S+, test loss \S+, test accuracy (\S+)/.exec(readout)?.[1];
    const lossRows = csvParse((await download('Export loss and accuracy', 'CSV')).bytes.toString());
    const accuracy = lossRows.filter(
      (r) => r.network === 'With BN' && r.series === 'test accuracy',
    );
    expect(Number(accuracy.at(-1)!.step)).toBe(200);
    expect(formatNumber(Number(accuracy.at(-1)!.value))).toBe(shown);
    // The figure as SVG: every canvas embedded, the text kept, the controls left out; it renders.
    const panel = page.locator('section[aria-labelledby="distributions-title"]');
    const svg = (await download('Export the layer distributions', 'SVG')).bytes.toString();
    expect(svg.match(/<image /g)).toHaveLength(await panel.locator('canvas').count());
    expect(svg).toContain('>distributions</text>');
    expect(svg).not.toContain('>Activation</text>');
    const size = await panel.evaluate((e) => [e.clientWidth, e.clientHeight]);
    const rendered = await page.evaluate(async (text) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}`;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, svg);
    expect(rendered[0]).toBeCloseTo(size[0], -1);
    expect(rendered[1]).toBeCloseTo(size[1], -1);
    // …and as PNG at twice its size.
    const png = (await download('Export the layer distributions', 'PNG')).bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeCloseTo(2 * size[0], -1);
    // The boundary, Figure 1 and the test-time panels export their data too.
    const boundary = csvParse(
      (await download('Export the decision boundaries', 'CSV')).bytes.toString(),
    );
    expect(boundary).toHaveLength(2 * 40 * 40);
    expect(boundary.every((r) => Number(r['probability of class 1']) >= 0)).toBe(true);
    await openView(page, 'Figure 1');
    const figure = csvParse((await download('Export Figure 1', 'CSV')).bytes.toString());
    expect(new Set(figure.map((r) => r.part.slice(0, 3)))).toEqual(new Set(['(a)', '(b)', '(c)']));
    const figureSvg = (await download('Export Figure 1', 'SVG')).bytes.toString();
    expect(figureSvg.match(/<image /g)).toHaveLength(3);
    await openView(page, 'BN at test time');
    await page.getByRole('button', { name: 'Measure test accuracy by batch size' }).click();
    await page.getByRole('img', { name: /test accuracy by test batch size/ }).waitFor();
    const testTime = csvParse(
      (await download('Export the test-time panels', 'CSV')).bytes.toString(),
    );
    expect(testTime.filter((r) => r.series === 'own batch statistics').length).toBeGreaterThan(2);
    expect(testTime.filter((r) => r.part.startsWith('γ')).length).toBeGreaterThan(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone: no sideways scroll, twins side by side, a chart within a screen of Play', async () => {
    const { page } = await openLabPage(browser(), baseUrl, { width: 390, height: 844 }, false);
    // The loss chart (what the opening asks to watch) begins within one screen below Play.
    const play = (await page.getByRole('button', { name: 'Play' }).boundingBox())!;
    const loss = (await page
      .getByRole('img', { name: 'Loss of both twins over training steps' })
      .boundingBox())!;
    expect(loss.y - play.y).toBeLessThan(844);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= 100,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const plain = await page.getByRole('img', { name: /^Layer 1, plain twin/ }).boundingBox();
    const bn = await page.getByRole('img', { name: /^Layer 1, BN twin/ }).boundingBox();
    expect(plain!.y).toBe(bn!.y);
    expect(bn!.x).toBeGreaterThan(plain!.x + plain!.width - 1);
    expect(bn!.x + bn!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'front-390');
    await page.close();
  });
});

describe('ready to host', LOADED.long, () => {
  const hosted = hostedBuild();

  it('runs from a sub-path, and offline after the first visit', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The service worker has cached the app and the MNIST digits.
    const cached = await visitAndCache(page, hosted());
    expect(cached).toContain('/lab/index.html');
    expect(cached).toContain('/lab/data/mnist-v2-gzip.bin');
    expect(cached.some((p) => /^\/lab\/assets\/training\.worker-.*\.js$/.test(p))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Layer 6' }).waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
