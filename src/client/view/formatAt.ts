import { formatClock } from '../../shared/duration.ts';
import { simulatedClockTime } from './clockTime.ts';

/** A scenario time as people read it: `T+0:15:00`, and the simulated clock time beside it when the scenario has one. */
export function formatAt(at: number, startTime?: string): string {
  const offset = `T+${formatClock(at)}`;
  return startTime === undefined ? offset : `${offset} (${simulatedClockTime(startTime, at)})`;
}
