import { useLab, useLabClient } from './LabContext';
import { useT } from './language';
import { say } from '../i18n/translate';

/**
 * Whether the learner's own rows (drawn, edited or imported) are kept on this device, with the
 * control to forget them; nothing while the data is a preset's.
 */
export function OwnDataNote() {
  const client = useLabClient();
  const t = useT();
  const status = useLab((s) => s.ownData);
  if (status.kind === 'none') return null;
  const { rows } = status;
  const text =
    status.kind === 'saving'
      ? t.t('ownData.saving', { rows })
      : status.kind === 'kept'
        ? t.t(status.restored ? 'ownData.restored' : 'ownData.kept', { rows })
        : t.t('ownData.notKept', { rows, reason: say(t, status.reason) });
  return (
    <div className="own-data" role="status">
      <p className="hint">{text}</p>
      {status.kind === 'kept' && client.ownData && (
        <button type="button" onClick={() => void client.ownData?.forget()}>
          {t.t('ownData.forget')}
        </button>
      )}
    </div>
  );
}
