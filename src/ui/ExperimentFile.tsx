import { useState } from 'react';
import { downloadText } from './download';
import { useImport } from './FileDropZone';
import { useLab, useLabClient } from './LabContext';
import { LessonEditor } from './LessonPanel';
import { useT } from './language';

/** Export the setup as a JSON file, or import one (the format `npm run experiment` reads). */
export default function ExperimentFile() {
  const client = useLabClient();
  const presetId = useLab((s) => s.settings.presetId);
  const importFile = useImport();
  const t = useT();
  return (
    <div className="file-actions">
      <button
        type="button"
        onClick={() =>
          downloadText(
            client.exportExperiment(),
            `batchnorm-lab-${presetId}.json`,
            'application/json',
          )
        }
      >
        {t.t('share.export')}
      </button>
      <label className="file-button">
        {t.t('share.import')}
        <input
          type="file"
          className="visually-hidden"
          accept=".json,.csv,.tsv,.tab,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
          onChange={(event) => {
            importFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </label>
      <CopyLink />
      <PasteTable />
      <LessonEditor />
    </div>
  );
}

/** A table pasted as text (copied from a spreadsheet: tabs; or CSV), read as a dropped file is. */
function PasteTable() {
  const client = useLabClient();
  const [text, setText] = useState<string | null>(null);
  const t = useT();
  if (text === null)
    return (
      <button type="button" onClick={() => setText('')}>
        {t.t('share.paste')}
      </button>
    );
  return (
    <div className="paste-table">
      <label className="field">
        {t.t('share.pasteLabel')}
        <textarea
          rows={6}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          spellcheck={false}
        />
      </label>
      <div className="table-actions">
        <button
          type="button"
          disabled={text.trim() === ''}
          onClick={() => {
            client.files.importText(text, t.t('file.pasted'));
            setText(null);
          }}
        >
          {t.t('share.read')}
        </button>
        <button type="button" onClick={() => setText(null)}>
          {t.t('share.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * Copies the page's address, which holds the whole setup, to the clipboard. Where the clipboard
 * is not available (an insecure origin, a refused permission) the link is shown to copy by hand.
 */
function CopyLink() {
  const [status, setStatus] = useState<{ copied: boolean; url: string } | null>(null);
  const t = useT();
  const copy = () => {
    const url = window.location.href;
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      setStatus({ copied: false, url });
      return;
    }
    clipboard.writeText(url).then(
      () => setStatus({ copied: true, url }),
      () => setStatus({ copied: false, url }),
    );
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {t.t('share.copyLink')}
      </button>
      <p className="hint" aria-live="polite" data-testid="copy-link-status">
        {status?.copied && t.t('share.copied')}
      </p>
      {status && !status.copied && (
        <label className="field">
          {t.t('share.copyByHand')}
          <input readOnly value={status.url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
