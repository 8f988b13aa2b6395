import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { audit, dropFile, labPages, sharedBrowser } from './chromium';
import { messyTableCsv, utf16le, wideTableCsv } from '../helpers/hostileTables';
import { LOADED } from '../helpers/timeouts';

/**
 * The review's hostile tables, dropped on the page: a messy table whose identifier and free-text
 * columns would make 1,022 inputs, a table of 10,000 columns, Excel's UTF-16 "Unicode text", and
 * names with bidi overrides and control characters, exported as SVG and PNG.
 */

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const openLab = labPages(browser, baseUrl);
const open = async (hash: string) => (await openLab(hash)).page;

describe('hostile tables in Chromium', LOADED.long, () => {
  it('leaves an identifier and free text out at first, states the inputs, and asks before 520 one-hot inputs', async () => {
    const page = await open('#preset=worked-example&seed=2');
    await dropFile(page, 'messy.csv', messyTableCsv());
    const picker = page.getByRole('region', { name: 'Your table: messy.csv' });
    await picker.waitFor();
    await picker.getByText(/2 columns are left out at first/).waitFor();
    const use = (name: string) => picker.getByRole('combobox', { name: `Use of column ${name}` });
    expect(await use('student_id').inputValue()).toBe('unused');
    expect(await use('notes').inputValue()).toBe('unused');
    expect(await use('iq').inputValue()).toBe('feature');
    const inputs = picker.locator('.table-inputs');
    expect(await inputs.textContent()).toBe(
      'The features make up to 22 inputs (20 from one-hot text columns); first layer 22 × 3 = 66 weights; a training step ≈ 3.6 kFLOP per twin.',
    );
    expect(await audit(page)).toEqual([]);
    // Choosing the free text makes 520 more inputs: the picker asks, and can go back.
    await use('notes').selectOption('feature');
    expect(await inputs.textContent()).toMatch(/^The features make up to 522 inputs \(520 from/);
    await picker.getByRole('button', { name: 'Train on this table' }).click();
    await picker
      .getByRole('alert')
      .getByText(
        /^One-hot encoding adds 520 inputs, one per value of notes \(500\), city \(20\): 522 inputs in all\./,
      )
      .waitFor();
    expect(await audit(page)).toEqual([]);
    await picker.getByRole('button', { name: 'Go back to the columns' }).click();
    expect(await picker.getByRole('alert').count()).toBe(0);
    await use('notes').selectOption('unused');
    await picker.getByRole('button', { name: 'Train on this table' }).click();
    // NA, NaN and inf in iq are missing values: three rows dropped, by their file lines.
    await page
      .getByRole('status')
      .getByText(
        'Training on messy.csv: 497 of 500 rows used (3 dropped for a missing or non-numeric value: lines 5, 42, 43); 22 inputs; binary: no → 0, yes → 1',
      )
      .waitFor();
  });

  it('shows a table of 10,000 columns 40 at a time, finds a column by name, and says it is too wide', async () => {
    const page = await open('#preset=worked-example&seed=2');
    await dropFile(page, 'wide.csv', wideTableCsv());
    const picker = page.getByRole('region', { name: 'Your table: wide.csv' });
    await picker.getByText(/^12 rows × 10,000 columns, separated by commas/).waitFor();
    const selects = picker.getByRole('combobox', { name: /^Use of column / });
    await picker.getByText('Columns 1–40 of 10,000', { exact: true }).waitFor();
    expect(await selects.count()).toBe(40);
    await picker.getByRole('button', { name: 'Next columns' }).click();
    await picker.getByText('Columns 41–80 of 10,000', { exact: true }).waitFor();
    expect(await selects.first().getAttribute('aria-label')).toBe('Use of column c40');
    expect(await picker.locator('.table-inputs').textContent()).toMatch(
      /^The features make 9,999 inputs; .* — more than the 4,096 inputs a network here takes: leave some columns out\.$/,
    );
    const find = picker.getByRole('searchbox', { name: 'Find a column' });
    await find.fill('c999');
    await picker.getByText('Columns 1–11 of 11 matching', { exact: true }).waitFor();
    await find.fill('c9999');
    await picker.getByText('Columns 1–1 of 1 matching', { exact: true }).waitFor();
    expect(await selects.count()).toBe(1);
    expect(await selects.first().inputValue()).toBe('label');
    // The page's buttons leave out what is shown: 40 columns fewer.
    await find.fill('');
    await picker.getByRole('button', { name: 'Leave these out' }).click();
    expect(await picker.locator('.table-inputs').textContent()).toMatch(
      /^The features make 9,959 inputs;/,
    );
    expect(await audit(page)).toEqual([]);
  });

  it('reads Excel’s UTF-16 "Unicode text", and shows bidi and control characters in names', async () => {
    const page = await open('#preset=worked-example&seed=2');
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${(i * 0.37) % 5}\t${(i * 1.7) % 3}\t${i % 2 ? 'oui' : 'non\u0007'}`,
    );
    await dropFile(page, 'unicode.txt', utf16le(`\u202Esey\tZoë\tplacé\n${rows.join('\n')}\n`));
    const picker = page.getByRole('region', { name: 'Your table: unicode.txt' });
    await picker.getByText(/^40 rows × 3 columns, separated by tabs, with a header row/).waitFor();
    expect(
      await picker.getByRole('combobox', { name: 'Use of column ⟨U+202E⟩sey' }).inputValue(),
    ).toBe('feature');
    expect(await picker.getByRole('combobox', { name: 'Use of column placé' }).inputValue()).toBe(
      'label',
    );
    await picker.getByRole('button', { name: 'Train on this table' }).click();
    await page
      .getByRole('status')
      .getByText(
        /^Training on unicode\.txt: 40 of 40 rows used; 2 inputs; binary: non⟨U\+0007⟩ → 0, oui → 1$/,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // The boundary's figure names the axes: its SVG is valid XML and its PNG renders.
    const download = async (kind: 'SVG' | 'PNG') => {
      const menu = page.locator('details.exports').filter({
        has: page.getByRole('group', {
          name: 'Export the decision boundaries',
          includeHidden: true,
        }),
      });
      await menu.locator('summary').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('group', { name: 'Export the decision boundaries' })
          .getByRole('button', { name: kind })
          .click(),
      ]);
      return readFileSync(await file.path());
    };
    const svg = (await download('SVG')).toString();
    expect(svg).toContain('⟨U+202E⟩sey');
    // No control or bidi character is left in the file.
    const hidden = [...svg].filter((c) => {
      const code = c.charCodeAt(0);
      return (
        (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
        (code >= 0x202a && code <= 0x202e)
      );
    });
    expect(hidden).toEqual([]);
    const parsed = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror')
          .length,
      svg,
    );
    expect(parsed).toBe(0);
    const png = await download('PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
