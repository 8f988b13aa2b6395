import { useCallback, useEffect, useState } from 'react';

/**
 * The content width of an element, in CSS pixels, kept up to date by a ResizeObserver (charts
 * size themselves from it, so no chart is wider than its column). Returns a callback ref, so an
 * element rendered later (or replaced) is measured too. `fallback` is used before the first
 * measurement and where ResizeObserver does not exist.
 */
export function useBoxWidth<T extends HTMLElement>(fallback: number) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(element);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const next = Math.floor(element.clientWidth - (Number.isFinite(padding) ? padding : 0));
      if (next > 0) setWidth((current) => (current === next ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [ref, width] as const;
}
