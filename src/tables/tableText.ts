import { english, type Said } from '../i18n/translate';
import { dsvFormat } from 'd3-dsv';
import { visibleText } from '../experiment/fieldReader';
import { isNumeric, usesDecimalComma } from './tableNumbers';

/**
 * A learner's own table as text (CSV, TSV or semicolon-separated): the delimiter, its rows read a
 * piece at a time (quotes, line breaks inside quotes, CRLF, a BOM), the header detected, and the
 * table written back. Pure functions, shared by the page's file worker and the command line.
 */

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface Table {
  /** Column names: the header row, or `column 1`, `column 2`, … when there is none. */
  header: string[];
  /** The data rows as text, each as long as the header. */
  rows: string[][];
  delimiter: Delimiter;
  hasHeader: boolean;
  /** Decimals are written with commas ("3,14"; see tableNumbers). */
  decimalComma: boolean;
  /** Each row's line in the file (from 1), when read from one: rows are named by it. */
  lines?: number[];
}

/** Why a text is not a usable table, naming the row (counted in lines of the file, from 1). */
export interface TableError {
  /** In English, as the command line says it. */
  error: string;
  /** The same, to say in the page's language. */
  said: Said;
}

/** A table's problem, in English and as a message. */
export function tableError(said: Said): TableError {
  return { error: english(said), said };
}

/** The delimiter that splits the first lines into the most columns, the same number in each. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestColumns = 1;
  for (const delimiter of DELIMITERS) {
    const rows = dsvFormat(delimiter)
      .parseRows(sample)
      .slice(0, 20)
      .filter((row) => row.length > 1 || row[0] !== '');
    // The last sampled row may be cut off by the sample's end.
    const whole = rows.length > 2 ? rows.slice(0, -1) : rows;
    const columns = whole[0]?.length ?? 1;
    if (columns > bestColumns && whole.every((row) => row.length === columns)) {
      best = delimiter;
      bestColumns = columns;
    }
  }
  return best;
}

/** A row of the file: its line number (from 1) and its fields. */
export interface TableLine {
  line: number;
  cells: string[];
}

/** Line breaks inside a row's quoted fields ("\r\n" and "\n" count one each, a lone "\r" one). */
function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) count++;
    }
  }
  return count;
}

/**
 * The rows of a text (or of a piece of one that ends at a row's end), empty lines left out, and
 * how many lines the piece held (empty ones and those inside quoted fields included: the next
 * piece's first line follows them).
 */
export function tableLines(
  text: string,
  delimiter: Delimiter,
  firstLine = 1,
): { lines: TableLine[]; rows: number } {
  const lines: TableLine[] = [];
  const rows = dsvFormat(delimiter).parseRows(text);
  // A quoted field may hold line breaks: a row starts after the lines its predecessors took.
  let line = firstLine;
  for (const cells of rows) {
    if (cells.length > 1 || cells[0].trim() !== '') lines.push({ line, cells });
    line += 1 + lineBreaks(cells);
  }
  return { lines, rows: line - firstLine };
}

/**
 * Parses a table. The first row is a header when every cell of it is text and some column holds
 * numbers in the rows below it (the first 200; or when `header` says so). Empty lines are skipped; a row with a different
 * number of fields is an error naming its line.
 */
export function parseTable(
  text: string,
  options: { delimiter?: Delimiter; header?: boolean } = {},
): Table | TableError {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\u0000')) return tableError({ key: 'tableError.binary' });
  const delimiter = options.delimiter ?? detectDelimiter(body);
  return tableFromLines(tableLines(body, delimiter).lines, delimiter, options.header);
}

/** A table from its rows (see parseTable), the header detected or as declared. */
export function tableFromLines(
  lines: readonly TableLine[],
  delimiter: Delimiter,
  header?: boolean,
): Table | TableError {
  if (lines.length === 0) return tableError({ key: 'tableError.noRows' });
  const width = lines[0].cells.length;
  for (const { line, cells } of lines) {
    if (cells.length !== width) {
      return tableError({
        key: 'tableError.rowWidth',
        values: { line, count: cells.length, width },
      });
    }
  }
  const first = lines[0].cells;
  // Decimal commas change what a number looks like, so they are found first (a header's names
  // neither look like "3,14" nor like "3.14").
  const decimalComma = usesDecimalComma(
    lines.map(({ cells }) => cells),
    delimiter,
  );
  const hasHeader =
    header ??
    (lines.length > 1 &&
      first.every((cell) => !isNumeric(cell, decimalComma)) &&
      first.some((_, j) =>
        lines.slice(1, 200).some(({ cells }) => isNumeric(cells[j], decimalComma)),
      ));
  // Names are shown and exported: control and bidi characters are made visible ("⟨U+202E⟩").
  const names = hasHeader
    ? first.map((name, j) => visibleText(name.trim()) || `column ${j + 1}`)
    : first.map((_, j) => `column ${j + 1}`);
  const body = hasHeader ? lines.slice(1) : lines;
  const rows = body.map(({ cells }) => cells);
  return {
    header: names,
    rows,
    delimiter,
    hasHeader,
    decimalComma: usesDecimalComma(rows, delimiter),
    lines: body.map(({ line }) => line),
  };
}

/**
 * Where a piece of a file can be cut so that it ends at a row's end: after its last line break
 * outside quotes (given whether the piece starts inside quotes); -1 when there is none.
 */
export function rowBoundary(text: string, inQuotes: boolean): { cut: number; inQuotes: boolean } {
  let quoted = inQuotes;
  let cut = -1;
  let quotedAtCut = inQuotes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) {
      cut = i + 1;
      quotedAtCut = quoted;
    }
  }
  return { cut, inQuotes: quotedAtCut };
}

/** Writes a table back as text (header row first when it has one), quoting where needed. */
export function formatTable(table: Table): string {
  const rows = table.hasHeader ? [table.header, ...table.rows] : table.rows;
  return dsvFormat(table.delimiter).formatRows(rows);
}
