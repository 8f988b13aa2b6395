/**
 * Page frame timing while training at full speed: serves the build, opens the deep preset with
 * the live view, picks "As fast as possible", plays, and records the main thread's
 * animation-frame intervals and long tasks.
 * Then the initial JavaScript's gzip size, the first contentful paint, the time the opening's
 * scoreboard takes to fill, the opening's first 10 s of Play at the default speed (steps, and when
 * the lesson line says the twins differ), and the wall time of the paper preset for
 * --paper-steps steps (0 to skip).
 * With --heap-minutes N, also the page's JS heap (after garbage collection) at 1 and N minutes.
 * --workers 1|2 picks the page's "Training workers" for the frame and heap runs (default: the
 * page's own choice for this machine); the paper preset is timed with one and with two workers.
 *   npm run bench:ui [-- --seconds 20 --preset deep-saturating --paper-steps 10000 --paper-workers 1,2 --heap-minutes 5]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import type { Page } from 'playwright';
import { launch } from '../tests/browser/chromium';

/** The page's first load: the scripts index.html loads, gzip-compressed (issue 28). */
const INITIAL_JS_BUDGET_KB = 120;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    preset: { type: 'string', default: 'deep-saturating' },
    'paper-steps': { type: 'string', default: '10000' },
    'heap-minutes': { type: 'string', default: '0' },
    workers: { type: 'string' },
    'paper-workers': { type: 'string', default: '1,2' },
  },
});
const workers = values.workers;
if (workers !== undefined && workers !== '1' && workers !== '2') {
  console.error('--workers must be 1 or 2');
  process.exit(2);
}

async function newPage(height: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height });
  return page;
}

/** Picks the number of training workers on a page (the run restarts) and waits for the reload. */
async function useWorkers(page: Page, count: string | undefined, layer = 'Layer 1') {
  // The setting sits in the setup form, behind its disclosure.
  const details = page.locator('details.setup');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Setup: data, network, training').click();
  // The speed sits behind a disclosure too.
  const speed = page.locator('details.more-controls');
  if (!(await speed.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Speed and exact η').click();
  if (count === undefined) return;
  const select = page.getByRole('combobox', { name: 'Training workers' });
  if ((await select.inputValue()) === count) return;
  await select.selectOption(count);
  await page.getByRole('heading', { level: 3, name: layer }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
}
const paperWorkers = (values['paper-workers'] ?? '1,2').split(',');
if (paperWorkers.some((w) => w !== '1' && w !== '2')) {
  console.error('--paper-workers must list 1, 2 or both (e.g. 1,2)');
  process.exit(2);
}
const heapMinutes = Number(values['heap-minutes']);
const seconds = Number(values.seconds);
const paperSteps = Number(values['paper-steps']);
if (!(seconds > 0 && seconds <= 600)) {
  console.error('--seconds must be a number from 1 to 600');
  process.exit(2);
}

/** Records animation-frame intervals and long tasks for MS milliseconds, in the page. */
const IN_PAGE = `(async () => {
  const intervals = [];
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)))
    .observe({ type: 'longtask', buffered: false });
  const stepOf = () => Number(document.querySelector('[data-testid=step]').textContent.replace(/,/g, ''));
  const firstStep = stepOf();
  await new Promise((resolve) => {
    let last = performance.now();
    const end = last + MS;
    const tick = (now) => {
      intervals.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return { intervals, longTasks, steps: stepOf() - firstStep };
})()`;

/** In the page: waits for the scoreboard's sentence and a table without "measuring"; ms since navigation. */
const OPENING_SCOREBOARD = `(async () => {
  for (;;) {
    const table = document.querySelector('.scoreboard table');
    if (document.querySelector('[data-testid=score-sentence]') && table && !table.textContent.includes('measuring'))
      return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})()`;

/** In the page: the step and the lesson line every 250 ms for 10 s after Play. */
const FIRST_SECONDS = `(async () => {
  const start = performance.now();
  const readings = [];
  while (performance.now() - start < 10000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    readings.push({
      at: performance.now() - start,
      step: Number(document.querySelector('[data-testid=step]').textContent.replace(/,/g, '')),
      lesson: document.querySelector('[data-testid=lesson]').textContent,
    });
  }
  return readings;
})()`;

const server = await preview({
  preview: { host: '127.0.0.1', port: 4180, strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/';
const browser = await launch();
// The page's Content-Security-Policy forbids eval, which Playwright's string predicates use; the
// measurements do not depend on it.
const context = await browser.newContext({ bypassCSP: true });
try {
  const page = await newPage(2700);
  // training.steps=0: no planned pause, so it trains for the whole measurement.
  await page.goto(`${url}#preset=${values.preset}&training.steps=0`);
  await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  await useWorkers(page, workers);
  const inUse = await page.getByRole('combobox', { name: 'Training workers' }).inputValue();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  // Sent as source text: functions compiled by tsx carry helpers the page does not have.
  const result = await page.evaluate<{ intervals: number[]; longTasks: number[]; steps: number }>(
    IN_PAGE.replace('MS', String(seconds * 1000)),
  );
  const sorted = [...result.intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `preset ${values.preset}, ${seconds} s at full speed, the live view, ${inUse} training worker(s)`,
  );
  console.log(
    `frames: ${sorted.length}, interval median ${at(0.5).toFixed(1)} ms, 95th ${at(0.95).toFixed(1)} ms, worst ${sorted[sorted.length - 1].toFixed(1)} ms`,
  );
  console.log(
    `long tasks (> 50 ms): ${result.longTasks.length}${result.longTasks.length ? `, longest ${Math.max(...result.longTasks).toFixed(0)} ms` : ''}`,
  );
  console.log(
    `twin steps trained: ${result.steps} (${Math.round(result.steps / seconds)} per second)`,
  );
  // Stop this page's training so the measurements below have the machine to themselves.
  await page.close();

  // Initial JavaScript: the scripts index.html loads before anything lazy, gzip-compressed.
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzipBytes = initial.reduce(
    (sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length,
    0,
  );
  const kb = gzipBytes / 1024;
  console.log(
    `initial JavaScript: ${initial.length} files = ${kb.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB: ${kb <= INITIAL_JS_BUDGET_KB ? 'within' : `over by ${(kb - INITIAL_JS_BUDGET_KB).toFixed(1)} KB`})`,
  );

  // First contentful paint in each language, interleaved over rounds (medians); in Bengali also
  // when the page first reads in Bengali (its catalog and font are fetched after the first paint).
  const paints: Record<'en' | 'bn', number[]> = { en: [], bn: [] };
  const bengaliAt: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const lang of ['en', 'bn'] as const) {
      const page = await newPage(1000);
      await page.goto(lang === 'en' ? url : `${url}#lang=bn`);
      await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
      if (lang === 'bn') {
        await page.getByRole('button', { name: 'চালান', exact: true }).waitFor();
        bengaliAt.push(await page.evaluate<number>('performance.now()'));
      }
      paints[lang].push(
        await page.evaluate<number>(
          `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1`,
        ),
      );
      await page.close();
    }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  console.log(
    `first contentful paint (median of 5, local preview): English ${median(paints.en).toFixed(0)} ms, Bengali ${median(paints.bn).toFixed(0)} ms; the page reads in Bengali by ${median(bengaliAt).toFixed(0)} ms`,
  );
  const fresh = await newPage(1000);
  await fresh.goto(url);
  await fresh.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  // The scoreboard of the opening preset, filled from its shipped evidence (time since navigation).
  const scoreboardMs = await fresh.evaluate<number>(OPENING_SCOREBOARD);
  console.log(
    `opening scoreboard filled (every row, its sentence): ${scoreboardMs.toFixed(0)} ms after navigation`,
  );
  // The first 10 s of Play at the default speed: steps, and when the lesson line says the twins differ.
  await fresh.getByRole('button', { name: 'Play' }).click();
  const first = await fresh.evaluate<{ at: number; step: number; lesson: string }[]>(FIRST_SECONDS);
  const differ = first.find((r) =>
    /the plain twin (blew up|is not learning).*; the BN twin trains/.test(r.lesson),
  );
  const last = first[first.length - 1];
  console.log(
    `opening, first 10 s of Play at 10 steps a frame: ${last.step.toLocaleString('en')} steps; the lesson line says the twins differ ${differ ? `at ${(differ.at / 1000).toFixed(1)} s (step ${differ.step.toLocaleString('en')}): "${differ.lesson.split(' Try next')[0]}"` : 'never'}`,
  );
  await fresh.close();

  if (heapMinutes > 0) {
    // JS heap of a page training at full speed with the live view, after 1 and N minutes.
    const long = await newPage(2700);
    const pageErrors: string[] = [];
    long.on('pageerror', (error) => pageErrors.push(error.message));
    long.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await long.goto(`${url}#preset=${values.preset}&training.steps=0`);
    await long.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    await useWorkers(long, workers);
    await long.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    await long.getByRole('button', { name: 'Play' }).click();
    const heap = async () => {
      const cdp = await long.context().newCDPSession(long);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize / 1e6;
    };
    await long.waitForTimeout(60_000);
    const first = await heap();
    await long.waitForTimeout((heapMinutes - 1) * 60_000);
    const last = await heap();
    const step = await long.getByTestId('step').textContent();
    console.log(
      `JS heap after GC: ${first.toFixed(1)} MB at 1 min, ${last.toFixed(1)} MB at ${heapMinutes} min (${(100 * (last / first - 1)).toFixed(1)}%), step ${step}`,
    );
    const alerts = await long.getByRole('alert').count();
    console.log(`page errors: ${pageErrors.length}, alerts shown: ${alerts}`);
    for (const error of pageErrors.slice(0, 5)) console.log(`  ${error}`);
    if (pageErrors.length > 0 || alerts > 0) process.exitCode = 1;
    await long.close();
  }

  for (const count of paperSteps > 0 ? paperWorkers : []) {
    const paper = await newPage(1000);
    await paper.goto(`${url}#preset=paper&training.steps=${paperSteps}`);
    await paper.getByRole('heading', { level: 3, name: 'Layer 3' }).waitFor({ timeout: 60_000 });
    await useWorkers(paper, count, 'Layer 3');
    await paper.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    const started = Date.now();
    await paper.getByRole('button', { name: 'Play' }).click();
    // Wall time at each milestone on the way (the BN paper's figure is read at 1,000 and 5,000),
    // and the pace early (1,000 → 2,000) against late (the last 1,000 steps).
    const milestones = [1000, 2000, 5000, paperSteps - 1000, paperSteps].filter(
      (m, i, all) => m > 0 && m <= paperSteps && all.indexOf(m) === i,
    );
    const at: Record<number, number> = {};
    for (const milestone of milestones) {
      await paper.waitForFunction(
        `Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= ${milestone}`,
        null,
        { timeout: 1_800_000, polling: 100 },
      );
      at[milestone] = (Date.now() - started) / 1000;
    }
    const times = milestones.map((m) => `${m.toLocaleString('en')} in ${at[m].toFixed(1)} s`);
    console.log(
      `paper preset, ${count} training worker(s): twin steps ${times.join(', ')} in the browser`,
    );
    if (at[2000] !== undefined && paperSteps >= 4000) {
      const early = at[2000] - at[1000];
      const late = at[paperSteps] - at[paperSteps - 1000];
      console.log(
        `  pace: steps 1,000–2,000 in ${early.toFixed(1)} s, the last 1,000 in ${late.toFixed(1)} s (${late <= 1.1 * early ? 'constant: within 10%' : `${((100 * late) / early - 100).toFixed(0)}% slower`}); ${paperSteps.toLocaleString('en')} steps ${at[paperSteps] <= 120 ? 'within' : 'over'} 120 s`,
      );
    }
    await paper.close();
  }
} finally {
  await browser.close();
  await server.close();
}
