import { useId, useState } from 'react';
import { useT } from './language';

/**
 * Predict, then reveal: a question with choices, asked before the result is shown. Once the
 * learner locks in a choice (or skips), the prediction is repeated and the run answers it; this
 * component never says which choice is right.
 */
export function Prediction(props: {
  prompt: string;
  choices: readonly string[];
  /** The locked-in choice; '' when skipped; null while the question is open. */
  answer: string | null;
  onAnswer: (choice: string) => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<string | null>(null);
  const name = useId();
  if (props.answer !== null)
    return (
      <p className="prediction-made" data-testid="prediction">
        <strong>{t.t('teach.predictThenLook')}</strong> {props.prompt}{' '}
        {props.answer ? t.t('teach.predicted', { answer: props.answer }) : t.t('teach.skipped')}
      </p>
    );
  return (
    <fieldset className="prediction">
      <legend>
        <strong>{t.t('teach.predictFirst')}</strong> {props.prompt}
      </legend>
      {props.choices.map((c) => (
        <label key={c} className="check">
          <input
            type="radio"
            name={name}
            value={c}
            checked={choice === c}
            onChange={() => setChoice(c)}
          />
          {c}
        </label>
      ))}
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={choice === null}
          onClick={() => choice !== null && props.onAnswer(choice)}
        >
          {t.t('teach.lockIn')}
        </button>
        <button type="button" onClick={() => props.onAnswer('')}>
          {t.t('teach.skip')}
        </button>
      </div>
    </fieldset>
  );
}
