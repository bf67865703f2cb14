import { formatClock } from '../shared/duration.ts';

/**
 * Scenario seconds as `H:MM:SS`, hours always shown: in a debrief spanning hours, `25:00` beside
 * `1:55:00` would read as twenty-five hours.
 */
export function clockTime(seconds: number): string {
  const clock = formatClock(seconds);
  return clock.split(':').length === 3 ? clock : `0:${clock.padStart(5, '0')}`;
}
