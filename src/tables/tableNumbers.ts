/**
 * How a table's cells are read as numbers, as people write them: "1.5", "-2e3", " 7 ", digits
 * grouped with underscores ("1_000"), and decimal commas ("3,14") in a table that uses them
 * (semicolon- or tab-separated, as European spreadsheets export). Non-finite and out-of-range
 * values ("NaN", "Infinity", "inf", "1e400") and the usual markers of a missing value ("NA",
 * "n/a", "null", "-", "?") are missing values, like an empty cell: a column that holds them stays
 * numeric, and the rows that hold them are dropped where the column is used.
 */

/** Cells that say "no value". */
const MISSING_MARKER = /^(?:nan|na|n\/a|null|none|-|\?|[-+]?inf(?:inity)?)$/i;
/** A number as text, before any reading of its value (so "1e400" is a number that overflows). */
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
/** A decimal comma: digits, one comma, digits. */
const COMMA_DECIMAL = /^[-+]?\d*,\d+(?:e[-+]?\d+)?$/i;

function normalized(cell: string, decimalComma: boolean): string {
  const text = cell.trim().replace(/(\d)_(?=\d)/g, '$1');
  return decimalComma && COMMA_DECIMAL.test(text) ? text.replace(',', '.') : text;
}

/** Whether a cell holds no value: empty, a missing-value marker, or a number out of range. */
export function isMissing(cell: string, decimalComma = false): boolean {
  const text = normalized(cell, decimalComma);
  if (text === '' || MISSING_MARKER.test(text)) return true;
  return NUMBER_TEXT.test(text) && !Number.isFinite(Number(text));
}

/** A cell's number, or NaN (missing, or not a number). */
export function cellNumber(cell: string, decimalComma = false): number {
  const text = normalized(cell, decimalComma);
  if (!NUMBER_TEXT.test(text)) return Number.NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Whether a cell is a finite number. */
export const isNumeric = (cell: string, decimalComma = false) =>
  Number.isFinite(cellNumber(cell, decimalComma));

/**
 * Whether a table writes decimals with commas: only where a comma cannot be the delimiter, and
 * when some cells read "3,14" while none reads "3.14".
 */
export function usesDecimalComma(rows: readonly (readonly string[])[], delimiter: string): boolean {
  if (delimiter === ',') return false;
  let commas = 0;
  for (const row of rows.slice(0, 200))
    for (const cell of row) {
      const text = cell.trim();
      if (COMMA_DECIMAL.test(text)) commas++;
      else if (/^[-+]?\d*\.\d+$/.test(text)) return false;
    }
  return commas > 0;
}
