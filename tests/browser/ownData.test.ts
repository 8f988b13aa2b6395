import { describe, expect, inject, it } from 'vitest';
import { audit, dropFile, openSetup, screenshot, labPages, sharedBrowser } from './chromium';
import { messyTableCsv } from '../helpers/hostileTables';
import { LOADED } from '../helpers/timeouts';

/** The learner's rows survive a reload (IndexedDB), can be forgotten, and closing asks first. */

const browser = sharedBrowser();

/** Whether the page's beforeunload handler would ask before the tab closes. */
const ASKS_BEFORE_CLOSING = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};
const baseUrl = inject('baseUrl');

const open = labPages(browser, baseUrl);

describe('your own rows across reloads', LOADED.long, () => {
  it('keeps an imported table on the device, restores it on reload, forgets it, and asks before closing', async () => {
    const { page, errors } = await open('#preset=worked-example&seed=6');
    await dropFile(page, 'messy.csv', messyTableCsv());
    const picker = page.getByRole('region', { name: 'Your table: messy.csv' });
    await picker.getByRole('button', { name: 'Train on this table' }).click();
    await openSetup(page);
    await page
      .getByText('Your 497 rows are kept on this device: a reload brings them back.')
      .waitFor();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/data=in-file\.497x22-[0-9a-f]{8}/);
    expect(hash).toContain('seed=6');

    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Layer 1' }).waitFor();
    await openSetup(page);
    await page.getByText('Your 497 rows were restored from this device.').waitFor();
    expect(await page.getByText('Your own rows (497)', { exact: true }).count()).toBe(1);
    // The notice that the data lives in a file gave way.
    expect(await page.getByText(/lives in the experiment file/).count()).toBe(0);
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'own-data-restored');

    await page.getByRole('button', { name: 'Forget my rows on this device' }).click();
    await page
      .getByText(
        'Your 497 rows are not kept on this device: you asked this device to forget them. Export setup keeps them in a file; closing the tab asks first.',
      )
      .waitFor();
    // Closing asks first: the page's beforeunload handler cancels the unload. (Headless
    // Chromium 150 shows no beforeunload dialog to Playwright, so the event is dispatched here.)
    expect(await page.evaluate(ASKS_BEFORE_CLOSING)).toBe(true);
    expect(errors).toEqual([]);

    // A page of the same link on another device (a fresh browser context) has no rows to
    // restore: it says the data lives in the file.
    const other = await open(hash);
    await other.page.getByText(/data: lives in the experiment file/).waitFor();
    // A preset's data is nothing to keep: closing does not ask.
    const plain = await open('#preset=deep-relu-xor');
    expect(await plain.page.evaluate(ASKS_BEFORE_CLOSING)).toBe(false);
  });
});
