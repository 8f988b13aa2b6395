import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { TWINS, type Member } from '../experiment/members';
import type { LabClient } from '../state/client';
import type { LabState } from '../state/store';

/** The values an effect depends on. */
type DependencyList = readonly unknown[];

export const LabContext = createContext<LabClient | null>(null);

export function useLabClient(): LabClient {
  const client = useContext(LabContext);
  if (!client) throw new Error('useLabClient needs a LabContext provider');
  return client;
}

/** Low-rate state for rendering; re-renders only when the selected value changes. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabClient().store, selector);
}

/**
 * How much throttled redrawing one animation frame takes: at most HEAVY_PER_FRAME effects and
 * about HEAVY_FRAME_BUDGET_MS of script; the rest wait for the next frames. (Every changed canvas
 * is also copied when the frame is committed, so their number matters as much as the time.)
 */
const HEAVY_PER_FRAME = 2;
const HEAVY_FRAME_BUDGET_MS = 4;
const heavyBudget = {
  frame: -1,
  count: 0,
  spent: 0,
  admit(now: number): boolean {
    if (now !== this.frame) {
      this.frame = now;
      this.count = 0;
      this.spent = 0;
    }
    if (this.count >= HEAVY_PER_FRAME || this.spent >= HEAVY_FRAME_BUDGET_MS) return false;
    this.count++;
    return true;
  },
  spend(ms: number): void {
    this.spent += ms;
  },
};

/**
 * Runs `effect` (at most once per animation frame) whenever a frame arrives or `deps` change,
 * without re-rendering React: the high-rate path of the page.
 */
export function useFrameEffect(effect: () => void, deps: DependencyList, minIntervalMs = 0): void {
  const { store } = useLabClient();
  const effectRef = useRef(effect);
  useEffect(() => {
    effectRef.current = effect;
  });
  useEffect(() => {
    let pending = 0;
    let last = -Infinity;
    const run = () => {
      if (pending) return;
      pending = requestAnimationFrame((now) => {
        pending = 0;
        // Too soon after the last run: try again on a later frame.
        if (now - last < minIntervalMs) {
          run();
          return;
        }
        // Throttled (heavy) effects share a per-frame budget, so they spread over frames instead
        // of all redrawing (and being committed to the screen) in the same one.
        if (minIntervalMs > 0 && !heavyBudget.admit(now)) {
          run();
          return;
        }
        last = now;
        const started = performance.now();
        effectRef.current();
        if (minIntervalMs > 0) heavyBudget.spend(performance.now() - started);
      });
    };
    run();
    const unsubscribe = store.subscribe((s) => s.run.frameCount, run);
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what effect depends on
  }, [store, minIntervalMs, ...deps]);
}

/**
 * A value read from the frame history, re-rendering at most every `ms` milliseconds (for small
 * SVG panels that need not follow every frame).
 */
export function useThrottledFrameValue<T>(
  read: () => T,
  ms: number,
  /** What else the value depends on (the page's language): a change re-reads it at once. */
  deps: DependencyList = [],
): T {
  const [value, setValue] = useState(read);
  const last = useRef(0);
  const trailing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(
    () => () => {
      if (trailing.current !== null) clearTimeout(trailing.current);
    },
    [],
  );
  useFrameEffect(() => {
    const now = performance.now();
    const wait = ms - (now - last.current);
    if (wait > 0) {
      // Too soon: read once more when the interval is over, so the last frame is never missed.
      trailing.current ??= setTimeout(() => {
        trailing.current = null;
        last.current = performance.now();
        setValue(readRef.current);
      }, wait);
      return;
    }
    last.current = now;
    setValue(read);
  }, [ms, ...deps]);
  return value;
}

/**
 * Re-renders the calling component with the frames, at most every `ms` milliseconds: for text
 * computed in render from the frame history (which lives outside React).
 */
export function useFrameTick(ms: number): void {
  const { store } = useLabClient();
  useThrottledFrameValue(() => store.getState().run.frameCount, ms);
}

/** A canvas redrawn by `draw` on every frame (see useFrameEffect). */
export function useFrameCanvas(
  draw: (canvas: HTMLCanvasElement) => void,
  deps: DependencyList,
  minIntervalMs = 0,
) {
  const ref = useRef<HTMLCanvasElement>(null);
  useFrameEffect(
    () => {
      if (ref.current) draw(ref.current);
    },
    deps,
    minIntervalMs,
  );
  return ref;
}

/** Redraw interval for the heavy canvases (heatmaps, histograms, per-feature charts): 10 per second. */
export const HEAVY_CANVAS_MS = 100;

/** The networks of the loaded run, the twins first (the twins until a run is loaded). */
export function useMembers(): readonly Member[] {
  return useLab((s) => s.run.info?.members ?? TWINS);
}

/** The step every chart over steps marks: the one under the pointer, else the replayed one. */
export function useMarkedStep(): number | null {
  return useLab((s) => s.hover.step ?? s.hover.replay);
}

/** The replayed step (null: live). Panels that show "now" show this step's frame instead. */
export function useReplayStep(): number | null {
  return useLab((s) => s.hover.replay);
}
