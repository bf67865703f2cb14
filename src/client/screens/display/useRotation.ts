import { useEffect, useState } from 'react';

/** Which of `count` parts to show now: the next one every `everyMs`, round and round, so a long board is read in turns. */
export function useRotation(count: number, everyMs: number): number {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (count < 2) return undefined;
    const timer = setInterval(() => setTurn((current) => current + 1), everyMs);
    return () => clearInterval(timer);
  }, [count, everyMs]);
  return count < 2 ? 0 : turn % count;
}
