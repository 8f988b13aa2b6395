import { useId, useState } from 'react';
import type { ColumnSummary } from '../tables/table';
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

type Use = 'feature' | 'label' | 'unused';

const TASKS: { value: Task; label: string }[] = [
  { value: 'binary', label: 'Binary (two classes)' },
  { value: 'multiclass', label: 'Classes' },
  { value: 'regression', label: 'Regression (a number)' },
];

const USES: { value: Use; label: string }[] = [
  { value: 'feature', label: 'Feature' },
  { value: 'label', label: 'Label' },
  { value: 'unused', label: 'Not used' },
];

/** "numbers, 198 values", "text, 3 values, 2 missing" (empty, NA, NaN, inf…). */
function columnFacts(column: ColumnSummary): string {
  const distinct =
    column.distinct >= 1001
      ? 'over 1,000 values'
      : `${column.distinct.toLocaleString('en')} values`;
  const missing = column.missing > 0 ? `, ${column.missing.toLocaleString('en')} missing` : '';
  return `${column.kind === 'numeric' ? 'numbers' : 'text'}, ${distinct}${missing}`;
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
  const taskChoices = TASKS.map((c) =>
    c.value === inferred ? { ...c, label: `${c.label} (inferred)` } : c,
  );
  const shape = { hidden: hiddenText.split(',').map(Number), batchSize };
  const shown = columnPage(draft, find, page);
  const wide = draft.columns.length > COLUMNS_PER_PAGE;
  const leftOut = draft.columns.filter((c, j) => c.leftOut && !features.has(j)).length;
  const { inputs } = draftInputs(draft);
  const train = () => {
    const ask = askBeforeTraining(draft);
    if (ask && asking === null) setAsking(ask);
    else {
      setAsking(null);
      files.apply();
    }
  };
  return (
    <section className="table-import" aria-labelledby={headingId}>
      <h2 id={headingId}>Your table: {draft.name}</h2>
      <p className="hint">
        {describeDraft(draft)}. Choose the label (what to predict) and the features; text columns
        become one input per value.
        {leftOut > 0 &&
          ` ${leftOut.toLocaleString('en')} column${leftOut === 1 ? ' is' : 's are'} left out at first: ${leftOut === 1 ? 'it looks' : 'they look'} like an identifier or free text (see under ${leftOut === 1 ? 'its' : 'their'} name).`}
      </p>
      <div className="table-options">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.hasHeader}
            onChange={(event) => files.setHeader(event.currentTarget.checked)}
          />
          First row is the header
        </label>
        <Select<Task>
          label="Task"
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
          <label htmlFor={findId}>Find a column</label>
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
              ? 'No column matches'
              : `Columns ${(shown.page * COLUMNS_PER_PAGE + 1).toLocaleString('en')}–${(shown.page * COLUMNS_PER_PAGE + shown.columns.length).toLocaleString('en')} of ${shown.matching.toLocaleString('en')}${find.trim() ? ' matching' : ''}`}
          </span>
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            Previous columns
          </button>
          <button
            type="button"
            disabled={shown.page >= shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            Next columns
          </button>
          <button type="button" onClick={() => files.setFeatures(shown.columns, true)}>
            Use these as features
          </button>
          <button type="button" onClick={() => files.setFeatures(shown.columns, false)}>
            Leave these out
          </button>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} aria-label="Table preview">
        <table>
          <caption className="visually-hidden">
            The first {Math.min(PREVIEW_ROWS, draft.rows)} rows of {draft.name}
          </caption>
          <thead>
            <tr>
              {shown.columns.map((j) => {
                const column = draft.columns[j];
                return (
                  <th key={j} scope="col">
                    <span className="column-name">{column.name}</span>
                    <span className="column-facts">{columnFacts(column)}</span>
                    {column.leftOut && (
                      <span className="column-facts left-out">
                        Left out at first: {column.leftOut}
                      </span>
                    )}
                    <select
                      aria-label={`Use of column ${column.name}`}
                      value={use(j)}
                      onChange={(event) => setUse(j, event.currentTarget.value as Use)}
                    >
                      {USES.map((u) => (
                        <option key={u.value} value={u.value}>
                          {u.label}
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
      <p className="hint table-inputs">The features make {inputsLine(draft, shape)}.</p>
      {problem && (
        <p className="problem" role="alert">
          Cannot train on {draft.name}: {problem}
        </p>
      )}
      {asking && (
        <div className="table-ask" role="alert">
          <p>{asking}</p>
          <p>
            Train on {inputs.toLocaleString('en')} inputs anyway, or leave some text columns out?
          </p>
        </div>
      )}
      {busy && <p className="hint">{busy}</p>}
      <div className="table-actions">
        <button type="button" className="primary" disabled={busy !== null} onClick={train}>
          {asking ? `Train with ${inputs.toLocaleString('en')} inputs` : 'Train on this table'}
        </button>
        {asking && (
          <button type="button" onClick={() => setAsking(null)}>
            Go back to the columns
          </button>
        )}
        <button type="button" onClick={() => files.cancel()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
