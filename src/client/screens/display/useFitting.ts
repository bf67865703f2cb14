import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The first of `candidates` (from the most generous to the most modest) with which the element
 * shows all it holds without overflowing its box: a projector cannot scroll, so what does not fit
 * is shown smaller or in parts. Tried again from the first when `content` or the box's size changes.
 */
export function useFitting<T>(element: RefObject<HTMLElement | null>, candidates: readonly T[], content: string): T {
  const [boxSize, setBoxSize] = useState('');
  const key = `${content}|${boxSize}`;
  const [fit, setFit] = useState({ key, index: 0 });
  const index = fit.key === key ? fit.index : 0;

  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    const observer = new ResizeObserver(() => setBoxSize(`${target.clientWidth}x${target.clientHeight}`));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);

  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const overflows = target.scrollHeight > target.clientHeight + 1 || target.scrollWidth > target.clientWidth + 1;
    if (overflows && index < candidates.length - 1) setFit({ key, index: index + 1 });
    else if (fit.key !== key) setFit({ key, index });
  });

  return candidates[Math.min(index, candidates.length - 1)] as T;
}
