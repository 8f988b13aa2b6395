import { visibleText } from '../experiment/fieldReader';
import { LIMITS } from '../experiment/fields';
import type { InlineDataSpec, Task } from '../experiment/schema';
import { cellNumber, isMissing, isNumeric } from './tableNumbers';
import { tableError, type Table, type TableError } from './tableText';

/**
 * A learner's own table (read by tableText.ts, its cells by tableNumbers.ts) and how it becomes
 * inline data: column kinds, the task a label column implies, one-hot encoding of categorical
 * features and the rows that must be dropped. Pure functions: the page (in a worker) and the
 * command line use the same rules, so they give the same numbers.
 */

export type ColumnKind = 'numeric' | 'categorical';

export interface ColumnSummary {
  name: string;
  /** Numeric when every cell that is not missing is a number. */
  kind: ColumnKind;
  /** Distinct non-empty values, counted up to DISTINCT_CAP (more are reported as DISTINCT_CAP). */
  distinct: number;
  /** Cells without a value: empty, a marker ("NA", "NaN", "inf"), or a number out of range. */
  missing: number;
  /**
   * Why the column is not a feature by default: an identifier (row numbers, a column named "id")
   * or free text (mostly unique values), which would only add inputs to memorize; else absent.
   */
  leftOut?: string;
}

/** A text column with more values than this, mostly unique, is free text (or an identifier). */
export const FREE_TEXT_VALUES = 20;
/** Column names that say "identifier". */
const ID_NAME = /^(id|.*[ _-]id|index|row|row ?number|key|uuid|guid)$/i;

/** The reasons a column is left out at first, by kind (the page says them in its language). */
export const LEFT_OUT_REASONS = {
  counts: 'it counts the rows (an identifier)',
  idName: 'its name and unique values say identifier',
  unique: 'every value is different (an identifier or free text)',
  mostly: 'its values are mostly different (free text)',
} as const;

/** Why a column would be a poor feature by default (see ColumnSummary.leftOut), or undefined. */
function leftOutReason(
  name: string,
  kind: ColumnKind,
  distinct: number,
  present: number,
  counts: boolean,
): string | undefined {
  if (present < 2) return undefined;
  const unique = distinct === present || distinct >= DISTINCT_CAP;
  if (kind === 'numeric') {
    if (counts) return LEFT_OUT_REASONS.counts;
    return ID_NAME.test(name.trim()) && unique ? LEFT_OUT_REASONS.idName : undefined;
  }
  if (distinct > FREE_TEXT_VALUES && (distinct >= DISTINCT_CAP || distinct >= 0.5 * present))
    return unique ? LEFT_OUT_REASONS.unique : LEFT_OUT_REASONS.mostly;
  return undefined;
}

/** The inputs a column adds as a feature: one for numbers, one per value for text (one-hot). */
export function columnInputs(column: ColumnSummary): number {
  return column.kind === 'numeric' ? 1 : column.distinct;
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
    // Whether the values go 1, 2, 3, … (or 0, 1, 2, …, any start) down the rows: row numbers.
    let counts = true;
    let previous = Number.NaN;
    for (const row of table.rows) {
      const cell = row[j].trim();
      if (isMissing(cell, table.decimalComma)) {
        missing++;
        continue;
      }
      if (values.size < DISTINCT_CAP) values.add(cell);
      if (numeric && !isNumeric(cell, table.decimalComma)) numeric = false;
      if (counts) {
        const value = numeric ? cellNumber(cell, table.decimalComma) : Number.NaN;
        counts = Number.isNaN(previous) ? Number.isInteger(value) : value === previous + 1;
        previous = value;
      }
    }
    const kind: ColumnKind = numeric ? 'numeric' : 'categorical';
    const present = table.rows.length - missing;
    const leftOut = leftOutReason(name, kind, values.size, present, counts && present > 2);
    const summary: ColumnSummary = { name, kind, distinct: values.size, missing };
    if (leftOut) summary.leftOut = leftOut;
    return summary;
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
    const v = cellNumber(row[label], table.decimalComma);
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
function sortedValues(values: Iterable<string>, decimalComma: boolean): string[] {
  const list = [...new Set(values)];
  return list.every((v) => isNumeric(v, decimalComma))
    ? list.sort((a, b) => cellNumber(a, decimalComma) - cellNumber(b, decimalComma))
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
  if (features.length === 0) return tableError({ key: 'tableError.noFeature' });
  for (const j of [...features, label]) {
    if (!Number.isInteger(j) || j < 0 || j >= width)
      return tableError({ key: 'tableError.noColumn', values: { column: j + 1, width } });
  }
  if (features.includes(label))
    return tableError({ key: 'tableError.labelFeature', values: { name: table.header[label] } });
  const task = choice.task ?? inferTask(table, label, summaries);
  const firstLine = table.hasHeader ? 2 : 1;
  const comma = table.decimalComma;
  // Rows kept: every numeric feature a number, every value present ("NA", "NaN", "inf" and
  // numbers out of range are missing), the label a number for regression.
  const kept: number[] = [];
  const droppedLines: number[] = [];
  table.rows.forEach((row, i) => {
    const bad =
      features.some((j) =>
        summaries[j].kind === 'numeric' ? !isNumeric(row[j], comma) : isMissing(row[j], comma),
      ) || (task === 'regression' ? !isNumeric(row[label], comma) : isMissing(row[label], comma));
    if (bad) droppedLines.push(table.lines?.[i] ?? i + firstLine);
    else kept.push(i);
  });
  if (kept.length < LIMITS.inlineRows.min) {
    return tableError({
      key: 'tableError.fewRows',
      values: { count: kept.length, dropped: droppedLines.length, min: LIMITS.inlineRows.min },
    });
  }
  if (kept.length > LIMITS.inlineRows.max)
    return tableError({
      key: 'tableError.manyRows',
      values: { count: kept.length, max: LIMITS.inlineRows.max },
    });
  // Feature columns: numbers as they are, categories one-hot (a column per value).
  const encoders = features.map((j) => {
    if (summaries[j].kind === 'numeric')
      return { column: j, names: [table.header[j]], index: null };
    const values = sortedValues(
      kept.map((i) => table.rows[i][j].trim()),
      comma,
    );
    return {
      column: j,
      names: values.map((v) => `${table.header[j]}=${visibleText(v)}`),
      index: new Map(values.map((v, k) => [v, k])),
    };
  });
  const featureNames = encoders.flatMap((e) => e.names);
  const inputs = featureNames.length;
  if (inputs > LIMITS.inputSize.max) {
    return tableError({
      key: 'tableError.inputs',
      values: { inputs, max: LIMITS.inputSize.max },
    });
  }
  const x = kept.map((i) => {
    const row = table.rows[i];
    const out = new Array<number>(inputs).fill(0);
    let c = 0;
    for (const { column, names, index } of encoders) {
      if (index === null) out[c] = cellNumber(row[column], comma);
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
  if (constant) return tableError({ key: 'tableError.constant' });
  let classNames: string[] = [];
  let y: number[];
  if (task === 'regression') {
    y = kept.map((i) => cellNumber(table.rows[i][label], comma));
  } else {
    classNames = sortedValues(
      kept.map((i) => table.rows[i][label].trim()),
      comma,
    );
    const name = table.header[label];
    if (classNames.length < 2)
      return tableError({
        key: 'tableError.oneClass',
        values: { name, value: classNames[0] },
      });
    if (task === 'binary' && classNames.length > 2) {
      return tableError({
        key: 'tableError.binaryClasses',
        values: { name, count: classNames.length },
      });
    }
    if (classNames.length > LIMITS.classes.max) {
      return tableError({
        key: 'tableError.manyClasses',
        values: { name, count: classNames.length, max: LIMITS.classes.max },
      });
    }
    const index = new Map(classNames.map((v, c) => [v, c]));
    y = kept.map((i) => index.get(table.rows[i][label].trim())!);
  }
  classNames = classNames.map(visibleText);
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
