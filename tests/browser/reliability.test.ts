import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { PAGE_TIMEOUT, dropFile, openSetup, openView, screenshot, sharedBrowser } from './chromium';
import { LOADED } from '../helpers/timeouts';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

interface Opened {
  page: Page;
  /** Uncaught exceptions and console errors of the page (and its workers). */
  errors: string[];
  foreign: string[];
  workers: Worker[];
  /** Errors a test provokes on purpose; any other error fails it. */
  expected: RegExp[];
}
let opened: Opened | null = null;

async function open(hash = ''): Promise<Opened> {
  const page = await browser().newPage({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const result: Opened = { page, errors: [], foreign: [], workers: [], expected: [] };
  page.on('pageerror', (error) => result.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') result.errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('blob:') && !url.startsWith('data:'))
      result.foreign.push(url);
  });
  page.on('worker', (worker) => result.workers.push(worker));
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
  // The setup form's fields are what these tests read and change.
  await openSetup(page);
  opened = result;
  return result;
}

afterEach(async () => {
  if (!opened) return;
  const { foreign, errors, expected, page } = opened;
  opened = null;
  await page.close();
  expect(foreign).toEqual([]);
  expect(errors.filter((error) => !expected.some((pattern) => pattern.test(error)))).toEqual([]);
});

const stepOf = async (page: Page) =>
  Number((await page.getByTestId('step').textContent())?.replace(/,/g, ''));

describe('security in Chromium', LOADED.long, () => {
  it('serves a strict Content-Security-Policy: no inline script, no eval, only its own origin', async () => {
    const page = await browser().newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const response = await page.goto(baseUrl);
    const header = response!.headers()['content-security-policy'];
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain('unsafe-inline');
    expect(header).not.toContain('unsafe-eval');
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    // No inline script in the built page.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    await page.close();

    const { page: lab, errors } = await open();
    // An inline script (as an injection would add) is refused by the policy.
    const violations = await lab.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Reported once per policy (the header and the meta tag both hold it).
      return {
        seen: [...new Set(seen)],
        ran: (window as unknown as { __inline?: number }).__inline === 1,
      };
    });
    expect(violations).toEqual({ seen: ['script-src-elem'], ran: false });
    // Training, MNIST and every panel load under the policy without a violation.
    errors.length = 0;
    await lab.goto(`${baseUrl}#preset=paper`);
    await lab.getByRole('heading', { level: 3, name: 'Layer 3' }).waitFor({ timeout: 180_000 });
    await lab.getByRole('button', { name: 'Step', exact: true }).click();
    for (const view of ['Figure 1', 'BN at test time', 'Optimization', 'Network and notes'])
      await openView(lab, view);
    await openView(lab, 'Stable range');
    await lab.getByRole('button', { name: 'Run sweep' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('builds no HTML from the URL: markup in a shared link stays text', async () => {
    const attack = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const { page } = await open(`#preset=worked-example&data.name=${attack}&${attack}=1`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('<img src=x');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
  });
});

describe('experiment files in Chromium', LOADED.long, () => {
  it('exports the setup and imports it back by the file picker, exactly', async () => {
    const { page, errors } = await open('#preset=deep-saturating&optimizer.learningRate=0.3');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export setup' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Experiment;
    const expected = cloneExperiment(findPreset('deep-saturating')!.experiment);
    expected.optimizer.learningRate = 0.3;
    expect(exported).toEqual(expected);

    // Import a changed copy: the page takes on its settings.
    const changed = {
      ...exported,
      seed: 4242,
      optimizer: { ...exported.optimizer, learningRate: 0.05 },
    };
    await page.getByLabel('Import setup or table…').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await page.waitForFunction(() => location.hash.includes('seed=4242'));
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '4242',
    );
    expect(
      await page.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext'),
    ).toBe('η = 0.05');
    // Export again: the same file, byte for byte.
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export setup' }).click();
    expect(JSON.parse(readFileSync(await (await again).path(), 'utf8'))).toEqual(changed);
    expect(errors).toEqual([]);
  });

  it('loads a dropped file, and explains a broken one without losing the setup', async () => {
    const { page } = await open('#preset=worked-example&seed=11');
    const drop = (name: string, text: string) => dropFile(page, name, text, 'application/json');
    await drop('broken.json', '{ "seed": 3,');
    const alert = page.getByRole('alert');
    await alert.getByText('Could not import broken.json: the file is not JSON').waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '11',
    );

    const e = cloneExperiment(findPreset('bad-init')!.experiment);
    await drop(
      'bad-init.json',
      JSON.stringify({ ...e, training: { ...e.training, batchSize: -4 } }),
    );
    await alert
      .getByText(
        /^Could not import bad-init\.json: 1 setting is invalid: training\.batchSize: must be .* The setup is unchanged\.$/,
      )
      .waitFor();
    // All or nothing: none of the file applies; the setup is exactly as it was.
    const worked = findPreset('worked-example')!.experiment;
    expect(
      await page.getByRole('spinbutton', { name: 'Batch size', exact: true }).inputValue(),
    ).toBe(String(worked.training.batchSize));
    expect(await page.getByRole('combobox', { name: 'Initialization' }).inputValue()).toBe(
      worked.init.scheme,
    );
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '11',
    );
    expect(await page.evaluate(() => location.hash)).toContain('seed=11');
    await screenshot(page, 'import-notice');
  });
});

describe('heavy setups and huge files in Chromium', LOADED.long, () => {
  /** The speed the worker measured (FLOP/s), as the setup form's cost line states it. */
  const measuredSpeed = async (page: Page) => {
    const line = page.getByText(/FLOP\/s \(measured\)/);
    await line.waitFor();
    const [, value, unit] = /at ([\d.]+) ([kMGT])FLOP\/s \(measured\)/.exec(
      (await line.textContent()) ?? '',
    )!;
    return Number(value) * { k: 1e3, M: 1e6, G: 1e9, T: 1e12 }[unit as 'k' | 'M' | 'G' | 'T'];
  };
  /**
   * Four ReLU layers of 1000 units (3M weights, within the page's 4M), on batches and with cohort
   * members enough that a step takes at least 3.5 s at `speed`: past the page's 2 s budget on any
   * machine up to 5 GFLOP/s. A step costs networks × 6 FLOPs × batch × 3M.
   */
  const heavyHash = (speed: number) => {
    const hidden = Array.from({ length: 4 }, () => ({ units: 1000, activation: 'relu' }));
    const choice = [
      [2, 200],
      [2, 250],
      [3, 250],
      [4, 250],
    ].find(([networks, batch]) => networks * 6 * batch * 3e6 >= 3.5 * speed) ?? [4, 250];
    const [networks, batch] = choice;
    const members = ['&cohort.third=layerNorm', '&cohort.fourth=batchNormAfter'];
    return (
      `preset=deep-relu-xor&model.hidden=${encodeURIComponent(JSON.stringify(hidden))}` +
      `&training.batchSize=${batch}${members.slice(0, networks - 2).join('')}`
    );
  };

  it('asks before building a setup past the page’s budget; Back restores, Run anyway trains it with no false alarm', async () => {
    const { page } = await open('#preset=worked-example&seed=7');
    const alert = page.getByRole('alert');
    // Sized to this machine's measured speed, so it is heavy here whatever the machine.
    const heavy = heavyHash(await measuredSpeed(page));
    await page.evaluate((hash) => (location.hash = hash), heavy);
    await alert
      .getByText(
        /^This setup is slow to train in the page: ≈ [\d.]+ (s|min) per step on this machine \([\d.]+ [GT]FLOP per step and [\d.]+ [MG]FLOP per evaluation at [\d.]+ [MG]FLOP\/s\), ≈ [\d.]+ (s|min) before the first frame, \d+ MB of memory\. Run it anyway\?/,
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    // The setup the learner asked for is kept in the link and the form.
    expect(await page.evaluate(() => location.hash)).toContain('model.hidden');
    await page.getByRole('button', { name: 'Back to the previous setup' }).click();
    await page.waitForFunction(() => location.hash.includes('seed=7'));
    expect(await page.evaluate(() => location.hash)).not.toContain('model.hidden');
    expect(await alert.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(false);

    await page.evaluate((hash) => (location.hash = hash), heavy);
    await page.getByRole('button', { name: 'Run anyway' }).click();
    // Watch for the watchdog's alert while the worker works through its long steps.
    await page.evaluate(() => {
      const w = window as unknown as { falseAlarm: boolean };
      w.falseAlarm = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('has not answered')) w.falseAlarm = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('heading', { level: 3, name: 'Layer 4' }).waitFor({ timeout: 240_000 });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
      null,
      { timeout: 240_000 },
    );
    expect(
      await page.evaluate(() => (window as unknown as { falseAlarm: boolean }).falseAlarm),
    ).toBe(false);
  });

  it('builds only the latest of 600 quick link changes (120 of them the paper preset), then plays', async () => {
    const { page } = await open('#preset=worked-example');
    await page.evaluate(async () => {
      for (let i = 1; i <= 600; i++) {
        location.hash =
          i % 5 === 0 && i < 600 ? `preset=paper&seed=${i}` : `preset=worked-example&seed=${i}`;
        // Each change is its own task, as a learner's (or a script's) would be.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
    await page.waitForFunction(() => location.hash.includes('seed=600'));
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepOf(page), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '600',
    );
    // The worked example's two layers, not the paper's three.
    expect(await page.getByRole('heading', { level: 3, name: /^Layer \d+$/ }).count()).toBe(2);
  });

  it('keeps large inline data out of the link: the link says it lives in the file', async () => {
    const { page } = await open('#preset=worked-example');
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    const x = Array.from({ length: 400 }, (_, i) => [(i % 37) / 7, (i % 23) / 5]);
    e.data = {
      type: 'inline',
      task: 'binary',
      featureNames: ['a', 'b'],
      x,
      y: x.map(([a, b]) => (a > b ? 1 : 0)),
      testFraction: 0.25,
      normalizeInputs: true,
    };
    e.seed = 31;
    await page.getByLabel('Import setup or table…').setInputFiles({
      name: 'table.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(e)),
    });
    await page.waitForFunction(() => location.hash.includes('seed=31'));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('data=in-file');
    expect(hash.length).toBeLessThan(400);
    const copy = await browser().newPage();
    copy.setDefaultTimeout(PAGE_TIMEOUT);
    await copy.goto(`${baseUrl}${hash}`);
    await copy
      .getByRole('alert')
      .getByText(/data: lives in the experiment file this link was made from/)
      .waitFor();
    await openSetup(copy);
    expect(await copy.getByRole('spinbutton', { name: 'Seed', exact: true }).inputValue()).toBe(
      '31',
    );
    await copy.close();
  });

  it('reads a 200,000-key file in a worker of its own and lists ten problems, then how many more', async () => {
    const { page, workers } = await open('#preset=worked-example&seed=9');
    const keys: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) keys[`k${i}`] = i;
    await page.getByLabel('Import setup or table…').setInputFiles({
      name: 'many.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(keys)),
    });
    const notice = page.getByRole('alert').getByRole('listitem');
    await notice
      .getByText(/^Could not import many\.json: 200,000 settings are invalid: /)
      .waitFor();
    const text = (await notice.textContent())!;
    expect(text.match(/is not a known field/g)).toHaveLength(10);
    expect(text).toMatch(/and 199,990 more problems\. The setup is unchanged\.$/);
    expect(workers.some((w) => w.url().includes('file'))).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain('seed=9');
  });
});

describe('faults and divergence in Chromium', LOADED.long, () => {
  it('shows an exception inside the worker with Restart, which restores the setup', async () => {
    const { page, workers } = await open('#preset=worked-example&optimizer.learningRate=0.2');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
    const training = workers.find((w) => w.url().includes('training'))!;
    await training.evaluate(() => {
      setTimeout(() => {
        throw new Error('injected fault');
      });
    });
    const alert = page.getByRole('alert');
    await alert.getByText(/The training worker stopped: .*injected fault/).waitFor();
    await screenshot(page, 'worker-fault');
    await alert.getByRole('button', { name: 'Restart' }).click();
    await page.getByText(/The training worker stopped/).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
    expect(
      await page.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext'),
    ).toBe('η = 0.2');
  });

  it('notices a worker that was terminated, within the watchdog’s 10 s', async () => {
    const { page, workers } = await open();
    const training = workers.find((w) => w.url().includes('training'))!;
    await training.evaluate(() => self.close());
    await page.getByRole('button', { name: 'Play' }).click();
    await page
      .getByText(
        /The training worker has not answered for \d+ s: busy with a very long step, or gone/,
      )
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=step]')?.textContent === '1',
    );
  });

  it('reports the run of a sweep worker that died silently, and reruns it on a fresh one', async () => {
    const { page, workers, errors } = await open('#preset=deep-saturating');
    await openView(page, 'Stable range');
    const field = async (label: string, value: string) => {
      const input = page.getByRole('spinbutton', { name: label, exact: true });
      await input.fill(value);
      await input.press('Enter');
    };
    await field('η points', '6');
    await field('Seeds per rate', '2');
    await field('Steps per run', '1500');
    const before = workers.length;
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await expect.poll(() => workers.length, { timeout: 30_000 }).toBeGreaterThan(before);
    // One of the sweep's workers (the slider bands' workers run the same script, named 'bands').
    let sweepWorker: (typeof workers)[number] | undefined;
    for (let i = before; !sweepWorker && i < workers.length; i++)
      if ((await workers[i].evaluate(() => self.name)) === 'sweep') sweepWorker = workers[i];
    expect(sweepWorker).toBeDefined();
    // Its thread ends without an error event (as when the browser kills it): only the silence tells.
    void sweepWorker!.evaluate(() => self.close()).catch(() => undefined);
    const alert = page.getByRole('alert').filter({ hasText: 'lost' });
    await alert.waitFor({ timeout: 120_000 });
    expect(await alert.textContent()).toMatch(
      /^1 run was lost \(η = [\d.]+, seed \d: its worker stopped responding \(silent for 15 s\)\)\./,
    );
    expect(await page.getByTestId('sweep-status').textContent()).toMatch(/11 of 12 runs · done/);
    await page.getByRole('button', { name: 'Rerun lost runs' }).click();
    await expect
      .poll(() => page.getByTestId('sweep-status').textContent(), { timeout: 120_000 })
      .toMatch(/12 of 12 runs · done/);
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('at η = 10 marks the diverged twin and never shows NaN or Infinity', async () => {
    // The plain twin blows up at step 3 (as on the command line); the BN twin goes on, finite.
    const { page, errors } = await open(
      '#preset=high-learning-rate&optimizer.learningRate=10&training.steps=3000',
    );
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('max');
    await page.getByRole('button', { name: 'Play' }).click();
    await page
      .getByText('Plain twin blew up at step 3', { exact: true })
      .waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=step]')?.textContent?.replace(/,/g, '')) >=
        3000,
      undefined,
      { timeout: 240_000 },
    );
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/NaN|Infinity/);
    // The readouts say the plain twin blew up instead of printing its last huge numbers, and
    // its drift bars are hatched to the top, labelled, never bars of its last sane frame.
    expect(
      await page
        .locator('.readout li')
        .filter({ hasText: /^Plain: blew up at step 3$/ })
        .count(),
    ).toBe(6);
    expect(await page.locator('[data-kind="blew-up"]').count()).toBe(6);
    expect(await page.locator('.drift-by-layer figcaption').textContent()).toContain(
      'hatched: Plain blew up at step 3',
    );
    expect(text).not.toMatch(/e\+\d{2,3}\b/);
    await screenshot(page, 'diverged');
    expect(errors).toEqual([]);
    expect(await stepOf(page)).toBe(3000);
    expect(await page.getByText(/With BN twin blew up/).count()).toBe(0);
  });
});

describe('two training workers in Chromium', LOADED.long, () => {
  /** Plays a setup to its planned 300 steps at 100 steps per frame; returns every readout's text. */
  async function readouts(workers: 'One (both twins)' | 'Two (one twin each, 2 cores)') {
    const { page, errors } = await open('#preset=deep-saturating&training.steps=300');
    const select = page.getByRole('combobox', { name: 'Training workers' });
    if ((await select.inputValue()) !== (workers.startsWith('Two') ? '2' : '1')) {
      await select.selectOption({ label: workers });
      await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid=step]')?.textContent === '0',
      );
    }
    expect(await select.inputValue()).toBe(workers.startsWith('Two') ? '2' : '1');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('paused at the planned 300 steps').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(400);
    const texts = await page.locator('.readout').allTextContents();
    expect(errors).toEqual([]);
    await page.close();
    opened = null;
    return texts;
  }

  it('draws vanished values as vanished: tiny initial weights, labelled, not stretched', async () => {
    // Bad initialization (σ = 0.001, six tanh layers): the plain twin's deep layers start at
    // about 1e-15, rounding noise: no σ₀ drift, hatched columns, no histogram.
    const { page, errors } = await open('#preset=bad-init&training.steps=200');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('paused at the planned 200 steps').waitFor({ timeout: 120_000 });
    const plainLines = await page
      .locator('.readout li')
      .filter({ hasText: /^Plain: / })
      .allTextContents();
    expect(
      plainLines.slice(3).every((l) => /vanished/.test(l)),
      plainLines.join('\n'),
    ).toBe(true);
    expect(await page.locator('[data-kind="vanished"]').count()).toBeGreaterThanOrEqual(3);
    // The bars agree with the words: no σ₀ number for a vanished layer anywhere.
    const label = await page
      .getByRole('img', { name: /^Drift from step 0 by layer/ })
      .getAttribute('aria-label');
    expect(label).toMatch(/plain twin: .*layer 6 (started )?vanished/);
    expect(await page.locator('body').innerText()).not.toMatch(/\d{5,} σ₀/);
    await screenshot(page, 'vanished');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same numbers with one worker and with two', async () => {
    const one = await readouts('One (both twins)');
    const two = await readouts('Two (one twin each, 2 cores)');
    expect(one.length).toBe(6);
    expect(one.join(' ')).toMatch(/moved \d/);
    expect(two).toEqual(one);
  });
});
