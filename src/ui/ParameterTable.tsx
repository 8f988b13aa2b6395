import { parameterSummary, summaryTotals } from '../page/parameterSummary';
import { useLab } from './LabContext';
import { useT } from './language';

/**
 * The BN twin's layers and parameters as Keras' `model.summary()` prints them, with BN's four
 * numbers per feature split into trainable (γ, β) and not (running mean and variance).
 */
export function ParameterTable() {
  const e = useLab((s) => s.settings.experiment);
  const t = useT();
  const count = (n: number) => t.t('params.number', { n });
  const rows = parameterSummary(e);
  const totals = summaryTotals(rows);
  const bnRows = rows.filter((r) => r.kind === 'BatchNormalization');
  return (
    <section className="panel" aria-labelledby="parameters-title" data-tour="parameters">
      <h2 id="parameters-title">{t.t('params.title')}</h2>
      <table className="summary">
        <caption className="hint">
          {t.t('params.caption')}
          {bnRows.length > 0 &&
            t.t('params.here', {
              counts: bnRows
                .map((r) => t.t('params.count', { units: r.units, total: r.units * 4 }))
                .join(', '),
            })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.t('params.layer')}</th>
            <th scope="col">{t.t('params.shape')}</th>
            <th scope="col">{t.t('params.params')}</th>
            <th scope="col">{t.t('params.notTrainable')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className={r.kind === 'BatchNormalization' ? 'bn' : undefined}>
              <th scope="row">{t.t('params.row', { name: r.name, kind: r.kind })}</th>
              <td>{t.t('params.shapeValue', { units: r.units })}</td>
              <td>{count(r.trainable + r.nonTrainable)}</td>
              <td>{r.nonTrainable > 0 ? count(r.nonTrainable) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {(
            [
              ['params.total', 'total-params', totals.total],
              ['params.trainable', 'trainable-params', totals.trainable],
              ['params.nonTrainable', 'non-trainable-params', totals.nonTrainable],
            ] as const
          ).map(([name, testId, value]) => (
            <tr key={name}>
              <th scope="row">{t.t(name)}</th>
              <td />
              <td data-testid={testId}>{count(value)}</td>
              <td />
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  );
}
