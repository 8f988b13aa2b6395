import { useId, useState } from 'react';
import { LIMITS } from '../experiment/fields';
import {
  editableData,
  MAX_GRID_ROWS,
  withInput,
  withoutRow,
  withRowCopied,
  withTarget,
  whyNoRemoval,
} from '../tables/editRows';
import type { InlineDataSpec } from '../experiment/schema';
import { useLab, useLabClient } from './LabContext';

/**
 * One cell of the grid: typed freely, applied on Enter or when it loses focus (the twins then
 * restart on the changed rows); a value the setup refuses is marked and explained.
 */
function Cell(props: { label: string; value: number; apply: (value: number) => string[] }) {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const problems = Number.isFinite(value) ? props.apply(value) : ['give a number'];
    setProblem(problems.length > 0 ? problems.join(' ') : null);
    if (problems.length === 0) setText(null);
  };
  return (
    <td>
      <input
        type="text"
        inputMode="decimal"
        aria-label={props.label}
        aria-invalid={problem !== null}
        title={problem ?? undefined}
        value={text ?? String(props.value)}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problem && (
        <span className="problem" role="alert">
          {props.label}: {problem}
        </span>
      )}
    </td>
  );
}

/**
 * The rows of a small dataset (the worked example's table, or inline rows up to 300) as an
 * editable grid: change a value, copy a row, remove one; each change restarts the twins on the
 * changed rows.
 */
export function DataGrid() {
  const client = useLabClient();
  const source = useLab((s) => s.settings.experiment.data);
  const batchSize = useLab((s) => s.settings.experiment.training.batchSize);
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = useId();
  const data = editableData(source);
  if (!data) return null;
  const noRemoval = whyNoRemoval(data, batchSize);
  const target =
    data.task === 'regression' ? 'target' : data.task === 'binary' ? 'label (0/1)' : 'class';
  const apply = (next: InlineDataSpec | null) => {
    const problems = next ? client.update((e) => void (e.data = next)) : [];
    setProblem(problems.length > 0 ? problems.join(' ') : null);
    return problems;
  };
  return (
    <details className="data-grid">
      <summary>
        Edit the rows ({data.x.length} of at most {MAX_GRID_ROWS})
      </summary>
      {noRemoval && (
        <p className="hint" id={reasonId}>
          {noRemoval}
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} aria-label="The rows to edit">
        <table>
          <caption className="visually-hidden">
            The training rows: each change restarts the twins
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {data.featureNames.map((name, j) => (
                <th key={j} scope="col">
                  {name}
                </th>
              ))}
              <th scope="col">{target}</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.x.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {row.map((value, j) => (
                  <Cell
                    key={`${j}:${value}`}
                    label={`${data.featureNames[j]}, row ${i + 1}`}
                    value={value}
                    apply={(v) => apply(withInput(data, i, j, v))}
                  />
                ))}
                <Cell
                  key={`y:${String(data.y[i])}`}
                  label={`${target}, row ${i + 1}`}
                  value={data.y[i] as number}
                  apply={(v) => apply(withTarget(data, i, v))}
                />
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Copy row ${i + 1}`}
                    disabled={data.x.length >= Math.min(MAX_GRID_ROWS, LIMITS.inlineRows.max)}
                    onClick={() => apply(withRowCopied(data, i))}
                  >
                    Copy
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove row ${i + 1}`}
                    disabled={noRemoval !== null}
                    aria-describedby={noRemoval ? reasonId : undefined}
                    onClick={() => apply(withoutRow(data, i))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
