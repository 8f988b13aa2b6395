import type { ReactNode } from 'react';
import { useT } from './language';

/** Short notes for a student, beside the panels. */
export function Explanations() {
  const t = useT();
  const sub = (chunks: ReactNode[]) => <sub>{chunks}</sub>;
  return (
    <section className="panel explain" aria-labelledby="explain-title">
      <h2 id="explain-title">{t.t('notes.title')}</h2>
      <h3>{t.t('notes.icsTitle')}</h3>
      <p>{t.t('notes.ics')}</p>
      <h3 id="what-bn-computes">{t.t('notes.computesTitle')}</h3>
      <p>{t.parts<ReactNode>('notes.computes', { sub })}</p>
      <h3>{t.t('notes.modesTitle')}</h3>
      <p>{t.t('notes.modes')}</p>
      <h3>{t.t('notes.secondTitle')}</h3>
      <p>{t.t('notes.second')}</p>
    </section>
  );
}
