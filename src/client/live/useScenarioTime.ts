import { useEffect, useState } from 'react';
import { useSession } from '../store/useSession.ts';
import { scenarioTimeAt } from './scenarioTime.ts';

const TICK_MS = 250;

/** The scenario clock in whole seconds, ticking on screen between the server's clock messages. */
export function useScenarioTime(): number {
  const clock = useSession((state) => state.clock);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (clock?.status !== 'running') return undefined;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return clock === undefined ? 0 : Math.floor(scenarioTimeAt(clock, Math.max(now, clock.receivedAt)));
}
