import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { stepAt, type PlotFrame } from './charts/lines';
import { useLabClient } from './LabContext';

/**
 * Makes a chart over steps answer the pointer and the keyboard: the step under the pointer
 * becomes the page's one crosshair (every chart over steps marks it, and the readouts give the
 * values there); focused, ← → move it by 1% of the run, Home and End go to its ends, Escape
 * clears it. Returns the setter the drawing reports its plot frame to, and the element's props.
 */
export function useStepPointer() {
  const client = useLabClient();
  const frame = useRef<PlotFrame | null>(null);
  const props = {
    tabIndex: 0,
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const f = frame.current;
      if (!f) return;
      const box = event.currentTarget.getBoundingClientRect();
      client.setHoverStep(stepAt(f, event.clientX - box.left));
    },
    onPointerLeave: () => client.setHoverStep(null),
    onBlur: () => client.setHoverStep(null),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const f = frame.current;
      if (!f) return;
      const current = client.store.getState().hover.step ?? f.maxX;
      const delta = Math.max(1, Math.round(f.maxX / 100));
      const next =
        event.key === 'ArrowLeft'
          ? current - delta
          : event.key === 'ArrowRight'
            ? current + delta
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? f.maxX
                : event.key === 'Escape'
                  ? null
                  : undefined;
      if (next === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      client.setHoverStep(next === null ? null : Math.min(f.maxX, Math.max(0, next)));
    },
  };
  /** Records where the chart's plot sits (what drawLines returns), to read steps from pixels. */
  const setFrame = (next: PlotFrame | null) => {
    frame.current = next;
  };
  return { setFrame, props };
}
