import { useId } from 'react';
import { useLab, useLabClient } from './LabContext';
import { FIELDS } from '../experiment/fields';
import { formatNumber } from './charts/canvas';
import { NumberField } from './NumberField';

/** Log-scale learning-rate slider bounds: η from 1e-4 to 10. */
export const LOG_LR_MIN = -4;
export const LOG_LR_MAX = 1;
/** The largest η a description accepts (typed exactly, beyond the slider's end). */
const LEARNING_RATE_MAX = FIELDS['optimizer.learningRate'].rule.max;

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
        <NumberField
          key={learningRate}
          label="Exact η"
          help="Type any learning rate (the slider moves in steps of 10^0.05)."
          value={learningRate}
          min={0}
          max={LEARNING_RATE_MAX}
          apply={(value) => {
            if (!(value > 0) || value > LEARNING_RATE_MAX)
              return [`Exact η: a number above 0 and at most ${LEARNING_RATE_MAX}`];
            client.setLearningRate(value);
            return [];
          }}
        />
      </div>
    </div>
  );
}
