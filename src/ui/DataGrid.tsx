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
import { useT } from './language';
import { say } from '../i18n/translate';

/**
 * One cell of the grid: typed freely, applied on Enter or when it loses focus (the twins then
 * restart on the changed rows); a value the setup refuses is marked and explained.
 */
function Cell(props: { label: string; value: number; apply: (value: number) => string[] }) {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();
  const commit = () => {
    if (text === null) return;
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const problems = Number.isFinite(value) ? props.apply(value) : [t.t('grid.giveNumber')];
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
          {t.t('grid.cellProblem', { label: props.label, problem })}
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
  const t = useT();
  const reasonId = useId();
  const data = editableData(source);
  if (!data) return null;
  const noRemoval = whyNoRemoval(data, batchSize);
  const target = t.t('grid.target', { task: data.task });
  const apply = (next: InlineDataSpec | null) => {
    const problems = next ? client.update((e) => void (e.data = next)) : [];
    setProblem(problems.length > 0 ? problems.join(' ') : null);
    return problems;
  };
  return (
    <details className="data-grid">
      <summary>{t.t('grid.summary', { rows: data.x.length, max: MAX_GRID_ROWS })}</summary>
      {noRemoval && (
        <p className="hint" id={reasonId}>
          {say(t, noRemoval)}
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} aria-label={t.t('grid.label')}>
        <table>
          <caption className="visually-hidden">{t.t('grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('grid.row')}</th>
              {data.featureNames.map((name, j) => (
                <th key={j} scope="col">
                  {name}
                </th>
              ))}
              <th scope="col">{target}</th>
              <th scope="col">
                <span className="visually-hidden">{t.t('grid.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.x.map((row, i) => (
              <tr key={i}>
                <th scope="row">{t.number(i + 1)}</th>
                {row.map((value, j) => (
                  <Cell
                    key={`${j}:${value}`}
                    label={t.t('grid.cellLabel', { column: data.featureNames[j], row: i + 1 })}
                    value={value}
                    apply={(v) => apply(withInput(data, i, j, v))}
                  />
                ))}
                <Cell
                  key={`y:${String(data.y[i])}`}
                  label={t.t('grid.cellLabel', { column: target, row: i + 1 })}
                  value={data.y[i] as number}
                  apply={(v) => apply(withTarget(data, i, v))}
                />
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={t.t('grid.copyRow', { row: i + 1 })}
                    disabled={data.x.length >= Math.min(MAX_GRID_ROWS, LIMITS.inlineRows.max)}
                    onClick={() => apply(withRowCopied(data, i))}
                  >
                    {t.t('grid.copy')}
                  </button>
                  <button
                    type="button"
                    aria-label={t.t('grid.removeRow', { row: i + 1 })}
                    disabled={noRemoval !== null}
                    aria-describedby={noRemoval ? reasonId : undefined}
                    onClick={() => apply(withoutRow(data, i))}
                  >
                    {t.t('grid.remove')}
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
