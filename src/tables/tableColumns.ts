import { boundedList, visibleText } from '../experiment/fieldReader';
import { summarizeColumns, type ColumnSummary, type TableData } from './table';
import type { Table, TableError } from './tableText';

/** How a table's columns are named and what it became, in the words of the command line and page. */

/**
 * Columns chosen by name, as the command line gives them: the label (the last column when not
 * named) and the features (every other column when not named). Unknown names are refused with
 * the table's names.
 */
export function chooseColumns(
  table: Table,
  names: { label?: string; features?: string[] },
  summaries: readonly ColumnSummary[] = summarizeColumns(table),
): { label: number; features: number[]; leftOut: string[] } | TableError {
  // A name matches as shown (control and bidi characters escaped) or as written in the file.
  const find = (name: string) =>
    table.header.findIndex((h) => h === name.trim() || h === visibleText(name.trim()));
  const known = () =>
    boundedList(
      table.header.map((h) => JSON.stringify(visibleText(h))),
      0,
      (rest) => `and ${rest} more`,
    ).join(', ');
  const label = names.label === undefined ? table.header.length - 1 : find(names.label);
  if (label < 0)
    return { error: `no column "${visibleText(names.label ?? '')}" (the columns: ${known()})` };
  if (names.features === undefined) {
    // Every other column but identifiers and free text, as the page proposes.
    const others = table.header.map((_, j) => j).filter((j) => j !== label);
    return {
      label,
      features: others.filter((j) => summaries[j].leftOut === undefined),
      leftOut: others
        .filter((j) => summaries[j].leftOut !== undefined)
        .map((j) => `${visibleText(table.header[j])} (${summaries[j].leftOut})`),
    };
  }
  const features: number[] = [];
  for (const name of names.features) {
    const j = find(name);
    if (j < 0) return { error: `no column "${visibleText(name)}" (the columns: ${known()})` };
    features.push(j);
  }
  return { label, features, leftOut: [] };
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
