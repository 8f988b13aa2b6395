/** The page's views (as the page names them in its hash). */
type View = 'live' | 'figure-1' | 'test-time' | 'stable-range' | 'optimization' | 'notes';

/** A panel presenter mode can show alone: where it is (its `data-tour` mark) and in which view. */
export interface PresenterPanel {
  target: string;
  view: View;
  label: string;
}

/** The panels a teacher can pick in presenter mode, in the page's order. */
export const PRESENTER_PANELS: readonly PresenterPanel[] = [
  { target: 'loss', view: 'live', label: 'Loss and accuracy' },
  { target: 'distributions', view: 'live', label: 'Layer distributions' },
  { target: 'scoreboard', view: 'live', label: 'The scoreboard' },
  { target: 'slider', view: 'live', label: 'Learning rate and its bands' },
  { target: 'figure-1', view: 'figure-1', label: 'Figure 1' },
  { target: 'worked', view: 'test-time', label: 'One batch, worked by hand' },
  { target: 'test-time', view: 'test-time', label: 'BN at test time' },
  { target: 'stable-range', view: 'stable-range', label: 'Stable range' },
  { target: 'optimization', view: 'optimization', label: 'Optimization (Santurkar et al.)' },
  { target: 'parameters', view: 'notes', label: 'Parameters, as Keras counts them' },
];
