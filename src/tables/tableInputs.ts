import { formatCount, formatFlops, macsPerRow } from '../experiment/cost';
import { LIMITS } from '../experiment/fields';
import { columnInputs } from './table';
import type { TableDraft } from './tableDraft';
import { ENGLISH, type Translator } from '../i18n/translate';

/**
 * What the columns chosen in the picker cost before they train: the inputs they make (a text
 * column one per value), the first layer's weights and a training step's FLOPs; when one-hot
 * encoding would add many inputs the picker asks first. And which columns a page of the picker
 * shows, so a table of 10,000 columns draws 40 at a time.
 */

/** One-hot encoding that adds more inputs than this is confirmed before it trains. */
export const ASK_ONE_HOT_INPUTS = 50;
/** Columns the picker draws at a time. */
export const COLUMNS_PER_PAGE = 40;

export interface DraftInputs {
  /** Inputs the features make. */
  inputs: number;
  /** Of them, inputs made by one-hot encoding text columns. */
  oneHot: number;
  /** The text features, most values first: name and values. */
  textColumns: { name: string; values: number }[];
}

export function draftInputs(draft: TableDraft): DraftInputs {
  let inputs = 0;
  let oneHot = 0;
  const textColumns: DraftInputs['textColumns'] = [];
  for (const j of draft.features) {
    const column = draft.columns[j];
    const count = columnInputs(column);
    inputs += count;
    if (column.kind === 'categorical') {
      oneHot += count;
      textColumns.push({ name: column.name, values: count });
    }
  }
  textColumns.sort((a, b) => b.values - a.values);
  return { inputs, oneHot, textColumns };
}

/** The network a draft would train: the setup's hidden widths and batch, the task's outputs. */
export interface NetShape {
  hidden: readonly number[];
  batchSize: number;
}

/** Output units the draft's task needs (a text label's values for classes). */
function outputsOf(draft: TableDraft): number {
  return draft.task === 'multiclass' ? Math.max(2, draft.columns[draft.label].distinct) : 1;
}

/**
 * "7 inputs (2 from one-hot text columns); first layer 7 × 32 = 224 weights; a training step
 * ≈ 140 kFLOP per twin".
 */
export function inputsLine(draft: TableDraft, shape: NetShape, t: Translator = ENGLISH): string {
  const { inputs, oneHot } = draftInputs(draft);
  const first = shape.hidden[0] ?? outputsOf(draft);
  const widths = [inputs, ...shape.hidden, outputsOf(draft)];
  const batch = Math.max(1, Math.min(shape.batchSize, draft.rows));
  const stepFlops = 6 * macsPerRow(widths) * batch;
  // Rows with a missing value are dropped, and with them the values only they had.
  const dropsRows = [...draft.features, draft.label].some((j) => draft.columns[j].missing > 0);
  return t.t('picker.inputsLine', {
    upTo: dropsRows ? 'yes' : 'no',
    inputs,
    oneHot,
    first,
    weights: t.digitsOf(formatCount(inputs * first)),
    flops: t.digitsOf(formatFlops(stepFlops)),
    tooMany: inputs > LIMITS.inputSize.max ? 'yes' : 'no',
    max: LIMITS.inputSize.max,
  });
}

/** Why the picker asks before training: the text columns that add many inputs; null when not. */
export function askBeforeTraining(draft: TableDraft, t: Translator = ENGLISH): string | null {
  const { inputs, oneHot, textColumns } = draftInputs(draft);
  if (oneHot <= ASK_ONE_HOT_INPUTS) return null;
  const shown = textColumns
    .slice(0, 3)
    .map((c) => t.t('picker.askColumn', { name: c.name, values: c.values }));
  return t.t('picker.askOneHot', {
    oneHot,
    columns: shown.join(', '),
    more: Math.max(0, textColumns.length - 3),
    inputs,
  });
}

/** The columns a page of the picker shows: those whose name contains `find`, a page of them. */
export function columnPage(
  draft: TableDraft,
  find: string,
  page: number,
): { columns: number[]; matching: number; page: number; pages: number } {
  const needle = find.trim().toLowerCase();
  const matching = draft.columns
    .map((_, j) => j)
    .filter((j) => needle === '' || draft.columns[j].name.toLowerCase().includes(needle));
  const pages = Math.max(1, Math.ceil(matching.length / COLUMNS_PER_PAGE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return {
    columns: matching.slice(shown * COLUMNS_PER_PAGE, (shown + 1) * COLUMNS_PER_PAGE),
    matching: matching.length,
    page: shown,
    pages,
  };
}
