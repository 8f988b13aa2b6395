import { visibleText } from '../experiment/fieldReader';
import { useLab, useLabClient } from './LabContext';

/** Problems with a shared link or a setting, and worker faults with a way to recover. */
export function Notices() {
  const client = useLabClient();
  const notices = useLab((s) => s.messages.notices);
  const workerError = useLab((s) => s.messages.workerError);
  const workerSilent = useLab((s) => s.messages.workerSilent);
  const heavy = useLab((s) => s.messages.heavy);
  if (notices.length === 0 && workerError === null && heavy === null) return null;
  return (
    <div className="notices" role="alert">
      {heavy !== null && (
        <p className="heavy">
          {heavy.kind === 'confirm'
            ? `This setup is slow to train in the page: ${heavy.reason}. Run it anyway?`
            : `This setup cannot run in the page: ${heavy.reason}.`}{' '}
          {client.hasBuilt
            ? 'The charts show the previous setup until then.'
            : 'Nothing is training yet.'}{' '}
          {heavy.kind === 'confirm' && (
            <button type="button" onClick={() => client.runHeavy()}>
              Run anyway
            </button>
          )}{' '}
          <button type="button" onClick={() => client.backFromHeavy()}>
            {client.hasBuilt ? 'Back to the previous setup' : 'Open the worked example'}
          </button>
        </p>
      )}
      {workerError !== null && (
        <p>
          {workerSilent
            ? `The training worker ${workerError} (this clears itself if it answers).`
            : `The training worker stopped: ${workerError}.`}{' '}
          <button type="button" onClick={() => client.start()}>
            Restart
          </button>
        </p>
      )}
      {notices.length > 0 && (
        <>
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{visibleText(notice)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => client.dismissNotices()}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
