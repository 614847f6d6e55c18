/**
 * Whether an element's content overflows it along one axis, measured after every render and on every resize.
 * A region that scrolls needs a Tab stop so the keyboard can scroll it; one that does not scroll (a panel that
 * fits, a table laid out as cards on a phone) should not add one.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/** `initial` is what the server render assumes, before anything can be measured. */
export function useOverflows(ref: RefObject<HTMLElement>, axis: 'x' | 'y', initial: boolean): boolean {
  const [overflows, setOverflows] = useState(initial);
  const measure = () => {
    const el = ref.current;
    if (el) setOverflows(axis === 'x' ? el.scrollWidth > el.clientWidth + 1 : el.scrollHeight > el.clientHeight + 1);
  };
  // No dependencies: the content may have changed on any render.
  useLayoutEffect(measure);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return overflows;
}
