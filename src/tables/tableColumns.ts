import { boundedList, visibleText } from '../experiment/fieldReader';
import { summarizeColumns, type ColumnSummary, type TableData } from './table';
import { tableError, type Table, type TableError } from './tableText';
import type { Said } from '../i18n/translate';

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
      (rest) => `and ${rest.toLocaleString('en')} more`,
    ).join(', ');
  const label = names.label === undefined ? table.header.length - 1 : find(names.label);
  if (label < 0)
    return tableError({
      key: 'tableError.noColumnNamed',
      values: { name: visibleText(names.label ?? ''), known: known() },
    });
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
    if (j < 0)
      return tableError({
        key: 'tableError.noColumnNamed',
        values: { name: visibleText(name), known: known() },
      });
    features.push(j);
  }
  return { label, features, leftOut: [] };
}

/** One line on what a table became: rows used and dropped, inputs, the task and its classes. */
export function describeTableData(result: TableData, total: number, name: string): Said {
  const { data, dropped, classNames } = result;
  const droppedSaid: Said | string =
    dropped.count === 0
      ? ''
      : {
          key: 'tableData.dropped',
          values: {
            count: dropped.count,
            lines: dropped.first.join(', '),
            more: dropped.count > dropped.first.length ? 'yes' : 'no',
          },
        };
  const classes: Said =
    data.task === 'regression'
      ? { key: 'tableData.regression' }
      : {
          key: 'tableData.classes',
          values: { task: data.task, classes: classNames.map((c, i) => `${c} → ${i}`).join(', ') },
        };
  return {
    key: 'tableData.line',
    values: {
      name,
      used: data.x.length,
      total,
      dropped: droppedSaid,
      inputs: data.featureNames.length,
      classes,
    },
  };
}
