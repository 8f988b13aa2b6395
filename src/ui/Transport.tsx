import { useId } from 'react';
import { LOG_LR_MAX, LOG_LR_MIN } from '../experiment/bands';
import type { Choice } from '../experiment/choices';
import { FIELDS } from '../experiment/fields';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient } from './LabContext';
import { NumberField } from './NumberField';
import { Select } from './Select';
import { SliderBands, THUMB_INSET } from './SliderBands';
import { useBoxWidth } from './useBoxWidth';

/** The largest η a description accepts (typed exactly, beyond the slider's end). */
const LEARNING_RATE_MAX = FIELDS['optimizer.learningRate'].rule.max;

const SPEEDS: Choice[] = [
  { value: 'max', label: 'As fast as possible' },
  { value: '100', label: '100 steps per frame' },
  { value: '10', label: '10 steps per frame' },
  { value: '1', label: '1 step per frame' },
];

/** Play/Pause, Step, Reset, the speed, and the live learning-rate slider with its bands. */
export function Transport() {
  const client = useLabClient();
  const status = useLab((s) => s.run.status);
  const speed = useLab((s) => s.settings.speed);
  const learningRate = useLab((s) => s.settings.experiment.optimizer.learningRate);
  const running = status === 'running';
  // A heavy setup waits for the learner's answer (see Notices): nothing to play until then.
  const waiting = useLab((s) => s.messages.heavy !== null);
  const sliderId = useId();
  const [boxRef, width] = useBoxWidth<HTMLDivElement>(240);
  const logValue = Math.min(LOG_LR_MAX, Math.max(LOG_LR_MIN, Math.log10(learningRate)));
  return (
    <div className="transport">
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={() => client.togglePlay()}
          aria-keyshortcuts="Space"
          disabled={waiting}
        >
          {running ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => client.step()}
          aria-keyshortcuts="ArrowRight"
          disabled={waiting}
        >
          Step
        </button>
        <button type="button" onClick={() => client.reset()} disabled={waiting}>
          Reset
        </button>
      </div>
      <div className="slider" ref={boxRef}>
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
            client.setLearningRate(
              Number(Math.pow(10, Number(event.currentTarget.value)).toPrecision(3)),
            )
          }
        />
        <SliderBands
          width={width}
          learningRate={learningRate}
          axis={
            <span className="range-ends" aria-hidden="true">
              {['10⁻⁴', '10⁻³', '10⁻²', '0.1', '1', '10'].map((text, i) => (
                <span
                  key={text}
                  style={{
                    left: `calc(${THUMB_INSET}px + (100% - ${2 * THUMB_INSET}px) * ${i / 5})`,
                  }}
                >
                  {text}
                </span>
              ))}
            </span>
          }
        />
      </div>
      <details className="disclosure more-controls">
        <summary>Speed and exact η</summary>
        <Select
          label="Speed"
          value={String(speed)}
          options={SPEEDS}
          onChange={(value) => client.setSpeed(value === 'max' ? 'max' : Number(value))}
        />
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
      </details>
    </div>
  );
}
