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
import { useT } from './language';
import type { Translator } from '../i18n/translate';

/** The largest η a description accepts (typed exactly, beyond the slider's end). */
const LEARNING_RATE_MAX = FIELDS['optimizer.learningRate'].rule.max;

/** The speeds offered, in the page's language. */
function speeds(t: Translator): Choice[] {
  return [
    { value: 'max', label: t.t('transport.speedMax') },
    ...[100, 10, 1].map((steps) => ({
      value: String(steps),
      label: t.t('transport.speedSteps', { steps }),
    })),
  ];
}

/** Play/Pause, Step, Reset, the speed, and the live learning-rate slider with its bands. */
export function Transport() {
  const client = useLabClient();
  const t = useT();
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
          {running ? t.t('transport.pause') : t.t('transport.play')}
        </button>
        <button
          type="button"
          onClick={() => client.step()}
          aria-keyshortcuts="ArrowRight"
          disabled={waiting}
        >
          {t.t('transport.step')}
        </button>
        <button type="button" onClick={() => client.reset()} disabled={waiting}>
          {t.t('transport.reset')}
        </button>
      </div>
      <div className="slider" ref={boxRef}>
        <span className="slider-head">
          <label htmlFor={sliderId}>{t.t('transport.learningRate')}</label>
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
        <summary>{t.t('transport.more')}</summary>
        <Select
          label={t.t('transport.speed')}
          value={String(speed)}
          options={speeds(t)}
          onChange={(value) => client.setSpeed(value === 'max' ? 'max' : Number(value))}
        />
        <NumberField
          key={learningRate}
          label={t.t('transport.exact')}
          help={t.t('transport.exactHelp')}
          value={learningRate}
          min={0}
          max={LEARNING_RATE_MAX}
          apply={(value) => {
            if (!(value > 0) || value > LEARNING_RATE_MAX)
              return [t.t('transport.exactError', { max: LEARNING_RATE_MAX })];
            client.setLearningRate(value);
            return [];
          }}
        />
      </details>
    </div>
  );
}
