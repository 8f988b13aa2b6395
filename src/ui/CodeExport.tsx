import { useState } from 'react';
import { toKeras, toPyTorch } from '../page/codegen';
import { useLab } from './LabContext';
import { useT } from './language';

/** "Copy as Keras" / "Copy as PyTorch" for the BN twin of the current setup, with the code shown. */
export function CodeExport() {
  const t = useT();
  const experiment = useLab((s) => s.settings.experiment);
  const presetId = useLab((s) => s.settings.presetId);
  const [shown, setShown] = useState<'keras' | 'pytorch'>('keras');
  const [status, setStatus] = useState('');
  const code = shown === 'keras' ? toKeras(experiment, presetId) : toPyTorch(experiment, presetId);
  const copy = async (which: 'keras' | 'pytorch') => {
    setShown(which);
    const text =
      which === 'keras' ? toKeras(experiment, presetId) : toPyTorch(experiment, presetId);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.t('code.copied', { framework: which }));
    } catch {
      setStatus(t.t('code.notAllowed'));
    }
  };
  return (
    <div className="code-export">
      <div className="buttons">
        <button type="button" onClick={() => void copy('keras')}>
          {t.t('code.copyKeras')}
        </button>
        <button type="button" onClick={() => void copy('pytorch')}>
          {t.t('code.copyPytorch')}
        </button>
        <span className="muted" role="status">
          {status}
        </span>
      </div>
      <details>
        <summary>{t.t('code.summary', { framework: shown })}</summary>
        <pre aria-label={t.t('code.summary', { framework: shown })}>{code}</pre>
      </details>
    </div>
  );
}
