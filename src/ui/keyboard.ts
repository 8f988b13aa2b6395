import type { LabClient } from '../state/client';

/** Space toggles play and → takes one step, unless the learner is typing or using a control. */
export function installKeyboardShortcuts(client: LabClient, target: Window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const element = event.target as HTMLElement | null;
    // A focused chart's arrows move its crosshair (see useStepPointer), not the training.
    if (
      element?.closest('input, select, textarea, button, [contenteditable="true"], [tabindex="0"]')
    )
      return;
    if (event.key === ' ') {
      event.preventDefault();
      client.togglePlay();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      client.step();
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
