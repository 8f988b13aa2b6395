import { useState, type DragEvent, type ReactNode } from 'react';
import { useLabClient } from './LabContext';
import { useT } from './language';

/** Hands a dropped or picked file to the client (which checks its size, then reads it). */
export function useImport() {
  const client = useLabClient();
  return (file: File | undefined) => {
    if (file) client.importFile(file);
  };
}

/** The page as a drop target for experiment files. */
export function FileDropZone({ children }: { children: ReactNode }) {
  const importFile = useImport();
  const t = useT();
  const [over, setOver] = useState(false);
  const carriesFiles = (event: DragEvent<HTMLDivElement>) =>
    event.dataTransfer?.types.includes('Files') === true;
  return (
    <div
      className={over ? 'drop-zone dropping' : 'drop-zone'}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        importFile(event.dataTransfer?.files[0]);
      }}
    >
      {over && (
        <p className="drop-hint" aria-live="polite">
          {t.t('drop.hint')}
        </p>
      )}
      {children}
    </div>
  );
}
