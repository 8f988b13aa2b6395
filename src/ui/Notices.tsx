import { visibleText } from '../experiment/fieldReader';
import { useLab, useLabClient } from './LabContext';
import { useT } from './language';
import { say } from '../i18n/translate';

/** Problems with a shared link or a setting, and worker faults with a way to recover. */
export function Notices() {
  const client = useLabClient();
  const t = useT();
  const notices = useLab((s) => s.messages.notices);
  const workerError = useLab((s) => s.messages.workerError);
  const workerSilent = useLab((s) => s.messages.workerSilent);
  const workerSaid = useLab((s) => s.messages.workerSaid);
  const heavy = useLab((s) => s.messages.heavy);
  if (notices.length === 0 && workerError === null && heavy === null) return null;
  return (
    <div className="notices" role="alert">
      {heavy !== null && (
        <p className="heavy">
          {t.t(heavy.kind === 'confirm' ? 'notice.heavyConfirm' : 'notice.heavyRefused', {
            reason: heavy.said ? t.digitsOf(say(t, heavy.said)) : heavy.reason,
          })}{' '}
          {t.t(client.hasBuilt ? 'notice.previousShown' : 'notice.nothingTraining')}{' '}
          {heavy.kind === 'confirm' && (
            <button type="button" onClick={() => client.runHeavy()}>
              {t.t('notice.runAnyway')}
            </button>
          )}{' '}
          <button type="button" onClick={() => client.backFromHeavy()}>
            {t.t(client.hasBuilt ? 'notice.backToPrevious' : 'notice.openWorkedExample')}
          </button>
        </p>
      )}
      {workerError !== null && (
        <p>
          {t.t(workerSilent ? 'notice.workerSilent' : 'notice.workerStopped', {
            error: workerSaid ? say(t, workerSaid) : workerError,
          })}{' '}
          <button type="button" onClick={() => client.start()}>
            {t.t('notice.restart')}
          </button>
        </p>
      )}
      {notices.length > 0 && (
        <>
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{visibleText(say(t, notice))}</li>
            ))}
          </ul>
          <button type="button" onClick={() => client.dismissNotices()}>
            {t.t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
