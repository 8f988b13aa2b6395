import { useState } from 'react';
import { toKeras, toPyTorch } from '../page/codegen';
import { useLab } from './LabContext';

/** "Copy as Keras" / "Copy as PyTorch" for the BN twin of the current setup, with the code shown. */
export function CodeExport() {
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
      setStatus(`${which === 'keras' ? 'Keras' : 'PyTorch'} code copied.`);
    } catch {
      setStatus('The browser did not allow copying: select the code below and copy it.');
    }
  };
  return (
    <div className="code-export">
      <div className="buttons">
        <button type="button" onClick={() => void copy('keras')}>
          Copy as Keras
        </button>
        <button type="button" onClick={() => void copy('pytorch')}>
          Copy as PyTorch
        </button>
        <span className="muted" role="status">
          {status}
        </span>
      </div>
      <details>
        <summary>{shown === 'keras' ? 'Keras' : 'PyTorch'} code</summary>
        <pre aria-label={`${shown === 'keras' ? 'Keras' : 'PyTorch'} code`}>{code}</pre>
      </details>
    </div>
  );
}
