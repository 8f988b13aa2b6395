import { dsvFormat } from 'd3-dsv';
import { LIMITS } from './fields';
import type { InlineDataSpec, Task } from './schema';

/**
 * A learner's own table (CSV, TSV or semicolon-separated) and how it becomes inline data: the
 * parsing, header detection, column kinds, the task a label column implies, one-hot encoding of
 * categorical features and the rows that must be dropped. Pure functions: the page (in a worker)
 * and the command line use the same rules, so they give the same numbers.
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
}

/** Why a text is not a usable table, naming the row (counted in lines of the file, from 1). */
export interface TableError {
  error: string;
}

/** A number as a cell writes it ("1.5", "-2e3", " 7 "); NaN for anything else, "" included. */
export function cellNumber(cell: string): number {
  const trimmed = cell.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const isNumeric = (cell: string) => Number.isFinite(cellNumber(cell));

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

/**
 * The rows of a text (or of a piece of one that ends at a row's end), empty lines left out, and
 * how many rows the piece held (empty ones included: the next piece's first line follows them).
 */
export function tableLines(
  text: string,
  delimiter: Delimiter,
  firstLine = 1,
): { lines: TableLine[]; rows: number } {
  const lines: TableLine[] = [];
  const rows = dsvFormat(delimiter).parseRows(text);
  rows.forEach((cells, i) => {
    if (cells.length > 1 || cells[0].trim() !== '') lines.push({ line: firstLine + i, cells });
  });
  return { lines, rows: rows.length };
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
  if (body.includes('\u0000')) return { error: 'the file is binary, not a table of text' };
  const delimiter = options.delimiter ?? detectDelimiter(body);
  return tableFromLines(tableLines(body, delimiter).lines, delimiter, options.header);
}

/** A table from its rows (see parseTable), the header detected or as declared. */
export function tableFromLines(
  lines: readonly TableLine[],
  delimiter: Delimiter,
  header?: boolean,
): Table | TableError {
  if (lines.length === 0) return { error: 'the file holds no rows' };
  const width = lines[0].cells.length;
  for (const { line, cells } of lines) {
    if (cells.length !== width) {
      return {
        error: `row ${line} has ${cells.length} field${cells.length === 1 ? '' : 's'}; the first row has ${width}`,
      };
    }
  }
  const first = lines[0].cells;
  const hasHeader =
    header ??
    (lines.length > 1 &&
      first.every((cell) => !isNumeric(cell)) &&
      first.some((_, j) => lines.slice(1, 200).some(({ cells }) => isNumeric(cells[j]))));
  const names = hasHeader
    ? first.map((name, j) => name.trim() || `column ${j + 1}`)
    : first.map((_, j) => `column ${j + 1}`);
  return {
    header: names,
    rows: (hasHeader ? lines.slice(1) : lines).map(({ cells }) => cells),
    delimiter,
    hasHeader,
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

export type ColumnKind = 'numeric' | 'categorical';

export interface ColumnSummary {
  name: string;
  /** Numeric when every non-empty cell is a number. */
  kind: ColumnKind;
  /** Distinct non-empty values, counted up to DISTINCT_CAP (more are reported as DISTINCT_CAP). */
  distinct: number;
  /** Empty cells. */
  missing: number;
}

/**
 * Distinct values are counted up to this many: enough to tell two classes, a few hundred, or
 * "more than a thousand" apart, without a set of 100,000 strings per column of a big table.
 */
export const DISTINCT_CAP = 1001;

export function summarizeColumns(table: Table): ColumnSummary[] {
  return table.header.map((name, j) => {
    const values = new Set<string>();
    let missing = 0;
    let numeric = true;
    for (const row of table.rows) {
      const cell = row[j].trim();
      if (cell === '') {
        missing++;
        continue;
      }
      if (values.size < DISTINCT_CAP) values.add(cell);
      if (numeric && !Number.isFinite(Number(cell))) numeric = false;
    }
    return { name, kind: numeric ? 'numeric' : 'categorical', distinct: values.size, missing };
  });
}

/**
 * The task a label column implies: two values → binary, text values → multiclass, up to 20
 * whole numbers → multiclass, other numbers → regression.
 */
export function inferTask(
  table: Table,
  label: number,
  summaries: readonly ColumnSummary[] = summarizeColumns(table),
): Task {
  const summary = summaries[label];
  if (summary.distinct === 2) return 'binary';
  if (summary.kind === 'categorical') return 'multiclass';
  if (summary.distinct > 20) return 'regression';
  const wholeNumbers = table.rows.every((row) => {
    const v = cellNumber(row[label]);
    return Number.isNaN(v) || Number.isInteger(v);
  });
  return wholeNumbers ? 'multiclass' : 'regression';
}

export interface TableChoice {
  /** Column indices used as features. */
  features: number[];
  /** Column index of the label. */
  label: number;
  /** The task; inferred from the label column when not given. */
  task?: Task;
  testFraction?: number;
  normalizeInputs?: boolean;
}

export interface TableData {
  data: InlineDataSpec;
  /** The label's values in class order (binary and multiclass). */
  classNames: string[];
  /** Rows left out for a missing or non-numeric value: how many, and the first few (file lines). */
  dropped: { count: number; first: number[] };
}

/** Distinct values in order: numerically when all are numbers, else alphabetically. */
function sortedValues(values: Iterable<string>): string[] {
  const list = [...new Set(values)];
  return list.every(isNumeric)
    ? list.sort((a, b) => cellNumber(a) - cellNumber(b))
    : list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Turns chosen columns of a table into inline data. Numeric features are read as numbers and
 * categorical ones one-hot encoded (a column per value, `name=value`); rows with an empty or
 * non-numeric cell where a number is needed are dropped and counted. Refuses, naming the column,
 * a table that cannot train: too few rows, one class, too many classes, only constant features.
 */
export function tableToData(
  table: Table,
  choice: TableChoice,
  summaries: readonly ColumnSummary[] = summarizeColumns(table),
): TableData | TableError {
  const { features, label } = choice;
  const width = table.header.length;
  if (features.length === 0) return { error: 'choose at least one feature column' };
  for (const j of [...features, label]) {
    if (!Number.isInteger(j) || j < 0 || j >= width)
      return { error: `column ${j + 1} does not exist (the table has ${width})` };
  }
  if (features.includes(label))
    return { error: `the label column "${table.header[label]}" cannot also be a feature` };
  const task = choice.task ?? inferTask(table, label, summaries);
  const firstLine = table.hasHeader ? 2 : 1;
  // Rows kept: every numeric feature a number, the label present (a number for regression).
  const kept: number[] = [];
  const droppedLines: number[] = [];
  table.rows.forEach((row, i) => {
    const bad =
      features.some((j) =>
        summaries[j].kind === 'numeric' ? !isNumeric(row[j]) : row[j].trim() === '',
      ) || (task === 'regression' ? !isNumeric(row[label]) : row[label].trim() === '');
    if (bad) droppedLines.push(i + firstLine);
    else kept.push(i);
  });
  if (kept.length < LIMITS.inlineRows.min) {
    return {
      error: `only ${kept.length} row${kept.length === 1 ? '' : 's'} can be used (${droppedLines.length} have a missing or non-numeric value); at least ${LIMITS.inlineRows.min} are needed`,
    };
  }
  if (kept.length > LIMITS.inlineRows.max)
    return { error: `${kept.length} rows; at most ${LIMITS.inlineRows.max} train here` };
  // Feature columns: numbers as they are, categories one-hot (a column per value).
  const encoders = features.map((j) => {
    if (summaries[j].kind === 'numeric')
      return { column: j, names: [table.header[j]], index: null };
    const values = sortedValues(kept.map((i) => table.rows[i][j].trim()));
    return {
      column: j,
      names: values.map((v) => `${table.header[j]}=${v}`),
      index: new Map(values.map((v, k) => [v, k])),
    };
  });
  const featureNames = encoders.flatMap((e) => e.names);
  const inputs = featureNames.length;
  if (inputs > LIMITS.inputSize.max) {
    return {
      error: `the features make ${inputs} inputs (categories one-hot); at most ${LIMITS.inputSize.max}`,
    };
  }
  const x = kept.map((i) => {
    const row = table.rows[i];
    const out = new Array<number>(inputs).fill(0);
    let c = 0;
    for (const { column, names, index } of encoders) {
      if (index === null) out[c] = cellNumber(row[column]);
      else out[c + index.get(row[column].trim())!] = 1;
      c += names.length;
    }
    return out;
  });
  let constant = true;
  for (let c = 0; c < inputs && constant; c++) {
    const first = x[0][c];
    for (const row of x) {
      if (row[c] !== first) {
        constant = false;
        break;
      }
    }
  }
  if (constant)
    return {
      error: 'every feature is constant over the rows used: there is nothing to learn from',
    };
  let classNames: string[] = [];
  let y: number[];
  if (task === 'regression') {
    y = kept.map((i) => cellNumber(table.rows[i][label]));
  } else {
    classNames = sortedValues(kept.map((i) => table.rows[i][label].trim()));
    const name = table.header[label];
    if (classNames.length < 2)
      return { error: `the label column "${name}" has one class only (${classNames[0]})` };
    if (task === 'binary' && classNames.length > 2) {
      return {
        error: `the label column "${name}" has ${classNames.length} classes; a binary task needs 2`,
      };
    }
    if (classNames.length > LIMITS.classes.max) {
      return {
        error: `the label column "${name}" has ${classNames.length.toLocaleString('en')} classes; at most ${LIMITS.classes.max.toLocaleString('en')}`,
      };
    }
    const index = new Map(classNames.map((v, c) => [v, c]));
    y = kept.map((i) => index.get(table.rows[i][label].trim())!);
  }
  return {
    data: {
      type: 'inline',
      task,
      featureNames,
      x,
      y,
      testFraction: choice.testFraction ?? 0.25,
      normalizeInputs: choice.normalizeInputs ?? true,
    },
    classNames,
    dropped: { count: droppedLines.length, first: droppedLines.slice(0, 5) },
  };
}

/**
 * Columns chosen by name, as the command line gives them: the label (the last column when not
 * named) and the features (every other column when not named). Unknown names are refused with
 * the table's names.
 */
export function chooseColumns(
  table: Table,
  names: { label?: string; features?: string[] },
): { label: number; features: number[] } | TableError {
  const find = (name: string) => table.header.findIndex((h) => h === name.trim());
  const known = () => table.header.map((h) => JSON.stringify(h)).join(', ');
  const label = names.label === undefined ? table.header.length - 1 : find(names.label);
  if (label < 0) return { error: `no column "${names.label}" (the columns: ${known()})` };
  if (names.features === undefined)
    return { label, features: table.header.map((_, j) => j).filter((j) => j !== label) };
  const features: number[] = [];
  for (const name of names.features) {
    const j = find(name);
    if (j < 0) return { error: `no column "${name}" (the columns: ${known()})` };
    features.push(j);
  }
  return { label, features };
}

/** One line on what a table became: rows used and dropped, inputs, the task and its classes. */
export function describeTableData(result: TableData, total: number, name: string): string {
  const { data, dropped, classNames } = result;
  const droppedText =
    dropped.count === 0
      ? ''
      : ` (${dropped.count.toLocaleString('en')} dropped for a missing or non-numeric value: line${dropped.count === 1 ? '' : 's'} ${dropped.first.join(', ')}${dropped.count > dropped.first.length ? ', …' : ''})`;
  const classes =
    data.task === 'regression'
      ? 'regression'
      : `${data.task}: ${classNames.map((c, i) => `${c} → ${i}`).join(', ')}`;
  return `data: ${name}: ${data.x.length.toLocaleString('en')} of ${total.toLocaleString('en')} rows used${droppedText}; ${data.featureNames.length} input${data.featureNames.length === 1 ? '' : 's'}; ${classes}`;
}
