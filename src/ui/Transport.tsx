import { useId } from 'react';
import { useLab, useLabClient } from './LabContext';
import { formatNumber } from './charts/canvas';

/** Log-scale learning-rate slider bounds: η from 1e-4 to 10. */
export const LOG_LR_MIN = -4;
export const LOG_LR_MAX = 1;

/** Play/Pause, Step, Reset, and the live learning-rate slider. */
export function Transport() {
  const client = useLabClient();
  const status = useLab((s) => s.run.status);
  const learningRate = useLab((s) => s.settings.experiment.optimizer.learningRate);
  const running = status === 'running';
  const sliderId = useId();
  const logValue = Math.min(LOG_LR_MAX, Math.max(LOG_LR_MIN, Math.log10(learningRate)));
  return (
    <div className="transport">
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={() => client.togglePlay()}
          aria-keyshortcuts="Space"
        >
          {running ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => client.step()} aria-keyshortcuts="ArrowRight">
          Step
        </button>
        <button type="button" onClick={() => client.reset()}>
          Reset
        </button>
      </div>
      <div className="slider">
        <span className="slider-head">
          <label htmlFor={sliderId}>Learning rate</label>
          <output htmlFor={sliderId}>{formatNumber(learningRate)}</output>
        </span>
        <input
          id={sliderId}
          type="range"
          min={LOG_LR_MIN}
          max={LOG_LR_MAX}
          step={0.05}
          value={logValue}
          aria-valuetext={`η = ${formatNumber(learningRate)}`}
          onChange={(event) =>
            client.setLearningRate(Number(Math.pow(10, Number(event.target.value)).toPrecision(3)))
          }
        />
        <span className="range-ends" aria-hidden="true">
          <span>10⁻⁴</span>
          <span>10</span>
        </span>
      </div>
    </div>
  );
}
