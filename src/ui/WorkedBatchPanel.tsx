import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { smallTable } from '../experiment/placementTable';
import { useLab, useLabClient } from './LabContext';
import { Select } from './Select';
import { column, OPERATIONS, operationText, SHOWN_ROWS, worked } from './workedBatchText';
import { useT } from './language';

/** The columns the table has grown by each operation. */
const COLUMNS = ['x', 'x − μ_B', '(x − μ_B)²', 'x̂', 'y'] as const;

/**
 * One batch worked by hand: the BN twin's next mini-batch through one BN layer, one operation at
 * a time (buttons, or ← → on the panel), every number the engine's own (see run/workedBatch.ts).
 */
export function WorkedBatchPanel() {
  const client = useLabClient();
  const t = useT();
  const batch = useLab((s) => s.measurements.workedBatch);
  const info = useLab((s) => s.run.info);
  const data = useLab((s) => s.settings.experiment.data);
  const convention = useLab((s) => s.settings.experiment.batchNorm.convention);
  const hidden = useLab((s) => s.settings.experiment.model.hidden);
  const [layer, setLayer] = useState(0);
  const [feature, setFeature] = useState(0);
  const [stage, setStage] = useState(0);
  const stepperId = useId();
  const shownLayer = Math.min(layer, hidden.length - 1);
  // A new run, or another layer: take its next batch.
  useEffect(() => {
    if (info) client.measure('workedBatch', shownLayer);
  }, [client, info, shownLayer]);
  const features = batch?.features ?? hidden[shownLayer]?.units ?? 1;
  const j = Math.min(feature, features - 1);
  const last = OPERATIONS.length - 1;
  const move = (by: number) => setStage((s) => Math.max(0, Math.min(last, s + by)));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      move(event.key === 'ArrowRight' ? 1 : -1);
    }
  };
  const table = data.type === 'named' ? smallTable(data) : null;
  const rowName = (row: number) => {
    const inputs = table && table.testFraction === 0 ? table.x[row] : null;
    return inputs
      ? t.t('worked.rowName', {
          row: row + 1,
          inputs: t.digitsOf(table!.featureNames.map((n, k) => `${n} ${inputs[k]}`).join(', ')),
        })
      : t.number(row + 1);
  };
  const columns = COLUMNS.slice(0, Math.min(stage, 4) + 1);
  const cells = (r: number): number[] => {
    if (!batch) return [];
    const x = column(batch.x, batch, j)[r];
    const d = x - batch.mean[j];
    return [x, d, d * d, batch.xHat[r * batch.features + j], batch.y[r * batch.features + j]];
  };
  return (
    <section className="worked-batch" aria-labelledby={`${stepperId}-title`} data-tour="worked">
      <h3 id={`${stepperId}-title`}>{t.t('worked.title')}</h3>
      <div className="buttons">
        <Select
          label={t.t('worked.layer')}
          value={String(shownLayer)}
          options={hidden.map((h, i) => ({
            value: String(i),
            label: t.t('worked.layerOption', { layer: i + 1, units: h.units }),
          }))}
          onChange={(value) => setLayer(Number(value))}
        />
        <Select
          label={t.t('worked.feature')}
          value={String(j)}
          options={Array.from({ length: features }, (_, k) => ({
            value: String(k),
            label: t.t('worked.featureOption', { feature: k + 1 }),
          }))}
          onChange={(value) => setFeature(Number(value))}
        />
        <button type="button" onClick={() => client.measure('workedBatch', shownLayer)}>
          {t.t('worked.next')}
        </button>
      </div>
      {!batch ? (
        <p className="hint">{t.t(info ? 'worked.taking' : 'worked.waiting')}</p>
      ) : (
        <div
          className="stepper"
          tabIndex={0}
          role="group"
          aria-label={t.t('worked.operations')}
          onKeyDown={onKeyDown}
        >
          <div className="buttons">
            <button type="button" onClick={() => move(-1)} disabled={stage === 0}>
              {t.t('worked.previousOperation')}
            </button>
            <button type="button" onClick={() => move(1)} disabled={stage === last}>
              {t.t('worked.nextOperation')}
            </button>
            <span className="muted" aria-live="polite">
              {t.t('worked.where', {
                stage: stage + 1,
                total: OPERATIONS.length,
                name: t.t(OPERATIONS[stage]),
              })}
            </span>
          </div>
          <table className="worked-table">
            <thead>
              <tr>
                <th scope="col">{t.t('worked.row')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {batch.rows.slice(0, SHOWN_ROWS).map((row, r) => (
                <tr key={r}>
                  <th scope="row">{rowName(row)}</th>
                  {cells(r)
                    .slice(0, columns.length)
                    .map((v, c) => (
                      <td key={c}>{t.digitsOf(worked(v))}</td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
          {batch.rows.length > SHOWN_ROWS && (
            <p className="hint">
              {t.t('worked.firstRows', { shown: SHOWN_ROWS, rows: batch.rows.length })}
            </p>
          )}
          <ol className="operations">
            {OPERATIONS.slice(0, stage + 1).map((name, k) => (
              <li key={name} aria-current={k === stage ? 'step' : undefined}>
                <strong>{t.t('worked.operationName', { name: t.t(name) })}</strong>{' '}
                {operationText(batch, j, k, convention, t)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
