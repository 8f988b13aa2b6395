import { Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useLab, useLabClient } from './LabContext';
import { lazyView } from './lazyView';
import { useT } from './language';
import { say } from '../i18n/translate';

/** The column picker's code, with the table rules it states, loads when a table is dropped. */
const PICKER = lazyView(() => import('./TablePicker'));
const Picker = PICKER.fresh();

/**
 * A table the learner dropped, picked or pasted: what is going on while it is read, the column
 * picker (TablePicker.tsx) once it is, and afterwards the line on what it became.
 */
export function TableImport() {
  const client = useLabClient();
  const t = useT();
  const drafted = useLab((s) => s.table.draft !== null);
  const busy = useLab((s) => s.table.busy);
  // The table trained on, while it is still the data and the learner has not hidden the line.
  const applied = useLab((s) =>
    s.table.applied &&
    !s.table.applied.dismissed &&
    s.settings.experiment.data.type === 'inline' &&
    s.settings.experiment.data.x === s.table.applied.rows
      ? s.table.applied.description
      : null,
  );
  if (drafted)
    return (
      <ErrorBoundary what={t.t('picker.what')} kept={t.t('picker.kept')}>
        <Suspense fallback={<p className="hint table-busy">{t.t('picker.opening')}</p>}>
          <Picker />
        </Suspense>
      </ErrorBoundary>
    );
  if (busy) return <p className="hint table-busy">{say(t, busy)}</p>;
  return applied ? (
    <div className="table-applied" role="status">
      <p>{t.t('picker.trainingOn', { table: say(t, applied) })}</p>
      <button type="button" onClick={() => client.files.dismissApplied()}>
        {t.t('picker.hide')}
      </button>
    </div>
  ) : null;
}
