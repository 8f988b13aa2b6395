import { useId } from 'react';
import type { ColumnSummary } from '../experiment/table';
import { describeDraft, PREVIEW_ROWS } from '../experiment/tableDraft';
import type { Task } from '../experiment/schema';
import { useLab, useLabClient } from './LabContext';
import { Select } from './SetupForm';

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

/** "numbers, 198 values", "text, 3 values, 2 empty". */
function columnFacts(column: ColumnSummary): string {
  const distinct =
    column.distinct >= 1001
      ? 'over 1,000 values'
      : `${column.distinct.toLocaleString('en')} values`;
  const missing = column.missing > 0 ? `, ${column.missing.toLocaleString('en')} empty` : '';
  return `${column.kind === 'numeric' ? 'numbers' : 'text'}, ${distinct}${missing}`;
}

/**
 * The column picker for a table the learner dropped, picked or pasted: a preview of its first
 * rows, each column's use (feature, label or not used), the task the label implies (which the
 * learner may override) and whether the first row is a header. "Train on this table" makes it the
 * setup's data; the setup stays as it is until then, and when the columns cannot train.
 */
export function TableImport() {
  const client = useLabClient();
  const { draft, problem, busy } = useLab((s) => s.table);
  // The table trained on, while it is still the data and the learner has not hidden the line.
  const applied = useLab((s) =>
    s.table.applied &&
    !s.table.applied.dismissed &&
    s.settings.experiment.data.type === 'inline' &&
    s.settings.experiment.data.x === s.table.applied.rows
      ? s.table.applied.description
      : null,
  );
  const headingId = useId();
  if (!draft) {
    if (busy) return <p className="hint table-busy">{busy}</p>;
    return applied ? (
      <div className="table-applied" role="status">
        <p>Training on {applied}</p>
        <button type="button" onClick={() => client.files.dismissApplied()}>
          Hide
        </button>
      </div>
    ) : null;
  }
  const files = client.files;
  const use = (j: number): Use =>
    j === draft.label ? 'label' : draft.features.includes(j) ? 'feature' : 'unused';
  const setUse = (j: number, next: Use) => {
    if (next === 'label') files.chooseLabel(j);
    else files.setFeature(j, next === 'feature');
  };
  const inferred = draft.tasks[draft.label];
  const taskChoices = TASKS.map((c) =>
    c.value === inferred ? { ...c, label: `${c.label} (inferred)` } : c,
  );
  return (
    <section className="table-import" aria-labelledby={headingId}>
      <h2 id={headingId}>Your table: {draft.name}</h2>
      <p className="hint">
        {describeDraft(draft)}. Choose the label (what to predict) and the features; text columns
        become one input per value.
      </p>
      <div className="table-options">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.hasHeader}
            onChange={(event) => files.setHeader(event.target.checked)}
          />
          First row is the header
        </label>
        <Select<Task>
          label="Task"
          value={draft.task}
          options={taskChoices}
          onChange={(task) => files.setTask(task)}
        />
      </div>
      <div className="table-scroll" tabIndex={0} aria-label="Table preview">
        <table>
          <caption className="visually-hidden">
            The first {Math.min(PREVIEW_ROWS, draft.rows)} rows of {draft.name}
          </caption>
          <thead>
            <tr>
              {draft.columns.map((column, j) => (
                <th key={j} scope="col">
                  <span className="column-name">{column.name}</span>
                  <span className="column-facts">{columnFacts(column)}</span>
                  <select
                    aria-label={`Use of column ${column.name}`}
                    value={use(j)}
                    onChange={(event) => setUse(j, event.target.value as Use)}
                  >
                    {USES.map((u) => (
                      <option key={u.value} value={u.value}>
                        {u.label}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.preview.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className={use(j)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <p className="problem" role="alert">
          Cannot train on {draft.name}: {problem}
        </p>
      )}
      {busy && <p className="hint">{busy}</p>}
      <div className="table-actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => files.apply()}
        >
          Train on this table
        </button>
        <button type="button" onClick={() => files.cancel()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
