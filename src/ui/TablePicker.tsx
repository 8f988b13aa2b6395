import { useId, useState } from 'react';
import { LEFT_OUT_REASONS, type ColumnSummary } from '../tables/table';
import { describeDraft, PREVIEW_ROWS } from '../tables/tableDraft';
import type { Task } from '../experiment/schema';
import {
  askBeforeTraining,
  columnPage,
  COLUMNS_PER_PAGE,
  draftInputs,
  inputsLine,
} from '../tables/tableInputs';
import { useLab, useLabClient } from './LabContext';
import { Select } from './Select';
import { useT } from './language';
import { say, type MessageKey, type Translator } from '../i18n/translate';

type Use = 'feature' | 'label' | 'unused';

const TASKS: { value: Task; label: MessageKey }[] = [
  { value: 'binary', label: 'picker.taskBinary' },
  { value: 'multiclass', label: 'picker.taskMulticlass' },
  { value: 'regression', label: 'picker.taskRegression' },
];

const USES: { value: Use; label: MessageKey }[] = [
  { value: 'feature', label: 'picker.useFeature' },
  { value: 'label', label: 'picker.useLabel' },
  { value: 'unused', label: 'picker.useNone' },
];

/** "numbers, 198 values", "text, 3 values, 2 missing" (empty, NA, NaN, inf…). */
function columnFacts(column: ColumnSummary, t: Translator): string {
  return t.t('picker.facts', {
    kind: column.kind === 'numeric' ? 'numeric' : 'text',
    many: column.distinct >= 1001 ? 'yes' : 'no',
    distinct: column.distinct,
    missing: column.missing,
  });
}

/** Why a column is left out at first, in the page's language (the table layer's English else). */
function leftOutWords(reason: string, t: Translator): string {
  const kind = (Object.keys(LEFT_OUT_REASONS) as (keyof typeof LEFT_OUT_REASONS)[]).find(
    (k) => LEFT_OUT_REASONS[k] === reason,
  );
  return kind ? t.t(`picker.why.${kind}`) : reason;
}

/**
 * The column picker for a table the learner dropped, picked or pasted: a preview of its first
 * rows, each column's use (feature, label or not used; identifiers and free text left out at
 * first, with the reason), the inputs and cost the choice makes, the task the label implies
 * (which the learner may override) and whether the first row is a header. A wide table is shown
 * 40 columns at a time, with a search by name. "Train on this table" makes it the setup's data,
 * after asking when one-hot encoding would add many inputs; the setup stays as it is until then.
 */
export default function TablePicker() {
  const client = useLabClient();
  const t = useT();
  const { draft, problem, busy } = useLab((s) => s.table);
  const hiddenText = useLab((s) => s.settings.experiment.model.hidden.map((h) => h.units).join());
  const batchSize = useLab((s) => s.settings.experiment.training.batchSize);
  const [find, setFind] = useState('');
  const [page, setPage] = useState(0);
  const [asking, setAsking] = useState<string | null>(null);
  const headingId = useId();
  const findId = useId();
  if (!draft) return null;
  const files = client.files;
  const features = new Set(draft.features);
  const use = (j: number): Use =>
    j === draft.label ? 'label' : features.has(j) ? 'feature' : 'unused';
  const setUse = (j: number, next: Use) => {
    setAsking(null);
    if (next === 'label') files.chooseLabel(j);
    else files.setFeature(j, next === 'feature');
  };
  const inferred = draft.tasks[draft.label];
  const taskChoices = TASKS.map((c) => ({
    value: c.value,
    label: c.value === inferred ? t.t('picker.inferred', { task: t.t(c.label) }) : t.t(c.label),
  }));
  const shape = { hidden: hiddenText.split(',').map(Number), batchSize };
  const shown = columnPage(draft, find, page);
  const wide = draft.columns.length > COLUMNS_PER_PAGE;
  const leftOut = draft.columns.filter((c, j) => c.leftOut && !features.has(j)).length;
  const { inputs } = draftInputs(draft);
  const train = () => {
    const ask = askBeforeTraining(draft, t);
    if (ask && asking === null) setAsking(ask);
    else {
      setAsking(null);
      files.apply();
    }
  };
  return (
    <section className="table-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.t('picker.title', { name: draft.name })}</h2>
      <p className="hint">
        {t.t('picker.hint', { facts: describeDraft(draft, t) })}
        {leftOut > 0 && t.t('picker.leftOut', { count: leftOut })}
      </p>
      <div className="table-options">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.hasHeader}
            onChange={(event) => files.setHeader(event.currentTarget.checked)}
          />
          {t.t('picker.header')}
        </label>
        <Select<Task>
          label={t.t('picker.task')}
          value={draft.task}
          options={taskChoices}
          onChange={(task) => {
            setAsking(null);
            files.setTask(task);
          }}
        />
      </div>
      {wide && (
        <div className="table-options column-pages">
          <label htmlFor={findId}>{t.t('picker.find')}</label>
          <input
            id={findId}
            type="search"
            value={find}
            onChange={(event) => {
              setFind(event.currentTarget.value);
              setPage(0);
            }}
          />
          <span role="status">
            {shown.matching === 0
              ? t.t('picker.noMatch')
              : t.t('picker.columns', {
                  from: shown.page * COLUMNS_PER_PAGE + 1,
                  to: shown.page * COLUMNS_PER_PAGE + shown.columns.length,
                  count: shown.matching,
                  matching: find.trim() ? 'yes' : 'no',
                })}
          </span>
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            {t.t('picker.previous')}
          </button>
          <button
            type="button"
            disabled={shown.page >= shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            {t.t('picker.next')}
          </button>
          <button type="button" onClick={() => files.setFeatures(shown.columns, true)}>
            {t.t('picker.useAll')}
          </button>
          <button type="button" onClick={() => files.setFeatures(shown.columns, false)}>
            {t.t('picker.leaveAll')}
          </button>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} aria-label={t.t('picker.preview')}>
        <table>
          <caption className="visually-hidden">
            {t.t('picker.previewCaption', {
              rows: Math.min(PREVIEW_ROWS, draft.rows),
              name: draft.name,
            })}
          </caption>
          <thead>
            <tr>
              {shown.columns.map((j) => {
                const column = draft.columns[j];
                return (
                  <th key={j} scope="col">
                    <span className="column-name">{column.name}</span>
                    <span className="column-facts">{columnFacts(column, t)}</span>
                    {column.leftOut && (
                      <span className="column-facts left-out">
                        {t.t('picker.leftOutWhy', { reason: leftOutWords(column.leftOut, t) })}
                      </span>
                    )}
                    <select
                      aria-label={t.t('picker.useOf', { name: column.name })}
                      value={use(j)}
                      onChange={(event) => setUse(j, event.currentTarget.value as Use)}
                    >
                      {USES.map((u) => (
                        <option key={u.value} value={u.value}>
                          {t.t(u.label)}
                        </option>
                      ))}
                    </select>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {draft.preview.map((row, i) => (
              <tr key={i}>
                {shown.columns.map((j) => (
                  <td key={j} className={use(j)}>
                    {row[j]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint table-inputs">
        {t.t('picker.inputs', { line: inputsLine(draft, shape, t) })}
      </p>
      {problem && (
        <p className="problem" role="alert">
          {t.t('picker.cannot', { name: draft.name, problem: say(t, problem) })}
        </p>
      )}
      {asking && (
        <div className="table-ask" role="alert">
          <p>{asking}</p>
          <p>{t.t('picker.ask', { inputs })}</p>
        </div>
      )}
      {busy && <p className="hint">{busy}</p>}
      <div className="table-actions">
        <button type="button" className="primary" disabled={busy !== null} onClick={train}>
          {asking ? t.t('picker.trainWith', { inputs }) : t.t('picker.train')}
        </button>
        {asking && (
          <button type="button" onClick={() => setAsking(null)}>
            {t.t('picker.back')}
          </button>
        )}
        <button type="button" onClick={() => files.cancel()}>
          {t.t('share.cancel')}
        </button>
      </div>
    </section>
  );
}
