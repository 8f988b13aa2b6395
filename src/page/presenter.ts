/** The page's views (as the page names them in its hash). */
type View = 'live' | 'figure-1' | 'test-time' | 'stable-range' | 'optimization' | 'notes';

/**
 * A panel presenter mode can show alone: where it is (its `data-tour` mark, which also names its
 * `presenter.panel.<target>` message) and in which view.
 */
export interface PresenterPanel {
  target: PanelTarget;
  view: View;
}

type PanelTarget =
  | 'loss'
  | 'distributions'
  | 'scoreboard'
  | 'slider'
  | 'figure-1'
  | 'worked'
  | 'test-time'
  | 'stable-range'
  | 'optimization'
  | 'parameters';

/** The panels a teacher can pick in presenter mode, in the page's order. */
export const PRESENTER_PANELS: readonly PresenterPanel[] = [
  { target: 'loss', view: 'live' },
  { target: 'distributions', view: 'live' },
  { target: 'scoreboard', view: 'live' },
  { target: 'slider', view: 'live' },
  { target: 'figure-1', view: 'figure-1' },
  { target: 'worked', view: 'test-time' },
  { target: 'test-time', view: 'test-time' },
  { target: 'stable-range', view: 'stable-range' },
  { target: 'optimization', view: 'optimization' },
  { target: 'parameters', view: 'notes' },
];
