import { useId, useState } from 'react';

/**
 * A number typed freely and applied on Enter or leaving the field; `apply` returns problems
 * (shown under the field, nothing applied) or an empty list.
 */
export function NumberField(props: {
  label: string;
  /** One sentence about the field (the input's title). */
  help?: string;
  value: number;
  apply: (value: number) => string[];
  step?: number | 'any';
  min?: number;
  max?: number;
}) {
  // null: show the current value; a string: what the learner is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();
  const text = typed ?? String(props.value);
  const commit = () => {
    if (typed === null) return;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      setProblems([`${props.label}: “${text}” is not a number`]);
      return;
    }
    const result = value === props.value ? [] : props.apply(value);
    setProblems(result);
    if (result.length === 0) setTyped(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        title={props.help}
        type="number"
        inputMode="decimal"
        step={props.step ?? 'any'}
        min={props.min}
        max={props.max}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problem` : undefined}
        onChange={(event) => setTyped(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problems.length > 0 && (
        <p className="problem" id={`${id}-problem`} role="alert">
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}
