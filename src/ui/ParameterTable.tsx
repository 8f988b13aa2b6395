import { parameterSummary, summaryTotals } from '../page/parameterSummary';
import { useLab } from './LabContext';

const count = (n: number) => n.toLocaleString('en');

/**
 * The BN twin's layers and parameters as Keras' `model.summary()` prints them, with BN's four
 * numbers per feature split into trainable (γ, β) and not (running mean and variance).
 */
export function ParameterTable() {
  const e = useLab((s) => s.settings.experiment);
  const rows = parameterSummary(e);
  const totals = summaryTotals(rows);
  const bnRows = rows.filter((r) => r.kind === 'BatchNormalization');
  return (
    <section className="panel" aria-labelledby="parameters-title" data-tour="parameters">
      <h2 id="parameters-title">The BN twin’s parameters, as model.summary() counts them</h2>
      <table className="summary">
        <caption className="hint">
          Per BN layer, four numbers per feature: γ and β are trained by gradient descent; the
          running mean and variance are tracked, not trained.
          {bnRows.length > 0 &&
            ` Here: ${bnRows.map((r) => `${r.units} × 4 = ${r.units * 4}`).join(', ')}.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Layer (type)</th>
            <th scope="col">Output shape</th>
            <th scope="col">Param #</th>
            <th scope="col">of which not trainable</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className={r.kind === 'BatchNormalization' ? 'bn' : undefined}>
              <th scope="row">
                {r.name} ({r.kind})
              </th>
              <td>(None, {r.units})</td>
              <td>{count(r.trainable + r.nonTrainable)}</td>
              <td>{r.nonTrainable > 0 ? count(r.nonTrainable) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {(
            [
              ['Total params', 'total-params', totals.total],
              ['Trainable params', 'trainable-params', totals.trainable],
              ['Non-trainable params', 'non-trainable-params', totals.nonTrainable],
            ] as const
          ).map(([name, testId, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
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
