import { useLab, useLabClient } from './LabContext';

/**
 * Whether the learner's own rows (drawn, edited or imported) are kept on this device, with the
 * control to forget them; nothing while the data is a preset's.
 */
export function OwnDataNote() {
  const client = useLabClient();
  const status = useLab((s) => s.ownData);
  if (status.kind === 'none') return null;
  const rows = `${status.rows.toLocaleString('en')} row${status.rows === 1 ? '' : 's'}`;
  const text =
    status.kind === 'saving'
      ? `Keeping your ${rows} on this device…`
      : status.kind === 'kept'
        ? status.restored
          ? `Your ${rows} were restored from this device.`
          : `Your ${rows} are kept on this device: a reload brings them back.`
        : `Your ${rows} are not kept on this device: ${status.reason}. Export setup keeps them in a file; closing the tab asks first.`;
  return (
    <div className="own-data" role="status">
      <p className="hint">{text}</p>
      {status.kind === 'kept' && client.ownData && (
        <button type="button" onClick={() => void client.ownData?.forget()}>
          Forget my rows on this device
        </button>
      )}
    </div>
  );
}
