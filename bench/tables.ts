/**
 * The page's main thread while a learner imports hostile tables: the longest task (and the count
 * of tasks over 50 ms) from the drop to a trained frame, for
 *   - the review's messy table (500 rows; every column a feature would make 1,022 inputs) with
 *     the picker's default columns, and with every column chosen and the ask confirmed;
 *   - a table of 10,000 columns: the drop, the next page of the picker, a search, and Train
 *     (refused: more inputs than a page trains).
 * Serves the build. With --shots, saves screenshots of the pickers under test-results/screenshots.
 *   npm run bench:tables [-- --shots]
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright';
import { preview } from 'vite';
import { dropFile, launch, screenshot } from '../tests/browser/chromium';
import { messyTableCsv, wideTableCsv } from '../tests/helpers/hostileTables';

const { values } = parseArgs({ options: { shots: { type: 'boolean', default: false } } });

const server = await preview({
  preview: { host: '127.0.0.1', port: 4181, strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
const browser = await launch();

/** Starts recording long tasks in the page (kept on window). */
const RECORD = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration)))
    .observe({ type: 'longtask', buffered: false });
})()`;

async function longTasks(page: Page): Promise<string> {
  const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const longest = tasks.length === 0 ? 0 : Math.max(...tasks);
  return `longest main-thread task ${longest.toFixed(0)} ms (${tasks.length} over 50 ms)`;
}

async function fresh(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}#preset=worked-example&seed=3`);
  await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  await page.evaluate(RECORD);
  return page;
}

/** Plays until the step counter passes `steps`, then pauses. */
async function train(page: Page, steps: number): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >= n,
    steps,
  );
  await page.getByRole('button', { name: 'Pause' }).click();
}

try {
  for (const all of [false, true]) {
    const page = await fresh();
    await dropFile(page, 'messy.csv', messyTableCsv());
    const picker = page.getByRole('region', { name: 'Your table: messy.csv' });
    await picker.waitFor();
    if (values.shots && !all) await screenshot(page, 'table-messy-picker');
    if (all) {
      for (const name of ['student_id', 'notes'])
        await picker
          .getByRole('combobox', { name: `Use of column ${name}` })
          .selectOption('feature');
      await picker.getByRole('button', { name: 'Train on this table' }).click();
      await picker.getByRole('alert').waitFor();
      if (values.shots) await screenshot(page, 'table-messy-ask');
      await picker.getByRole('button', { name: /^Train with [\d,]+ inputs$/ }).click();
    } else await picker.getByRole('button', { name: 'Train on this table' }).click();
    await page.getByText(/^Training on messy\.csv/).waitFor();
    const inputs = (await page.getByText(/^Training on messy\.csv/).textContent())?.match(
      /(\d[\d,]*) inputs/,
    )?.[1];
    await train(page, 100);
    console.log(
      `messy table (500 rows), ${all ? 'every column (asked, confirmed)' : 'default columns'}: ${inputs} inputs; drop → 100 steps trained: ${await longTasks(page)}`,
    );
    await page.close();
  }

  const page = await fresh();
  await dropFile(page, 'wide.csv', wideTableCsv());
  const picker = page.getByRole('region', { name: 'Your table: wide.csv' });
  await picker.waitFor();
  await picker.getByRole('button', { name: 'Next columns' }).click();
  await picker.getByRole('searchbox', { name: 'Find a column' }).fill('c99');
  await picker.getByText(/^Columns 1–40 of 111 matching$/).waitFor();
  if (values.shots) await screenshot(page, 'table-wide-picker');
  console.log(`10,000-column table: drop, next page, search: ${await longTasks(page)}`);
  // Every column a feature is more inputs than a page trains: the picker says so.
  await picker.getByRole('button', { name: 'Train on this table' }).click();
  await picker.getByRole('alert').first().waitFor();
  console.log(`  then "Train on this table" (refused, 9,999 inputs): ${await longTasks(page)}`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
