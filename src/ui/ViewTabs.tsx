import { useRef, type KeyboardEvent } from 'react';
import { VIEWS, type ViewId } from '../state/pageHash';
import { useLab, useLabClient } from './LabContext';
import { useT } from './language';

/** The id of a view's tab and of its panel (for aria-controls and aria-labelledby). */
export const tabId = (view: ViewId) => `tab-${view}`;
export const viewPanelId = (view: ViewId) => `view-${view}`;

/**
 * The views beside the controls as an ARIA tab list: a click or Enter opens one (and writes
 * `#view=…`), ← → Home End move between tabs as the WAI-ARIA tabs pattern says.
 */
export function ViewTabs() {
  const client = useLabClient();
  const t = useT();
  const view = useLab((s) => s.settings.view);
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());
  const open = (next: ViewId) => {
    client.setPage({ view: next });
    refs.current.get(next)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.findIndex((v) => v.id === view);
    const n = VIEWS.length;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % n
        : event.key === 'ArrowLeft'
          ? (at - 1 + n) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    open(VIEWS[to].id);
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t.t('views.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          ref={(node) => {
            if (node) refs.current.set(v.id, node);
          }}
          type="button"
          role="tab"
          id={tabId(v.id)}
          aria-selected={v.id === view}
          aria-controls={viewPanelId(v.id)}
          tabIndex={v.id === view ? 0 : -1}
          onClick={() => open(v.id)}
        >
          {t.t(`view.${v.id}`)}
        </button>
      ))}
    </div>
  );
}
