import { useId, useState, type ReactNode } from 'react';
import type { GlossaryTerm } from './glossary';
import { useT } from './language';

/**
 * A technical term with a "?" that opens its plain-words note in place (by pointer or keyboard;
 * Escape or the button again closes it). The note is also the term's tooltip.
 */
export function Term(props: { term: GlossaryTerm; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const t = useT();
  const note = t.t(`glossary.${props.term}`);
  return (
    <span className="term">
      {props.children ?? props.term}
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t.t('term.what', { term: props.term })}
        title={note}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        ?
      </button>
      {open && (
        <span id={id} role="note" className="term-note">
          {note}
        </span>
      )}
    </span>
  );
}
