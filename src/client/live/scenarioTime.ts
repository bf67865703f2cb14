import type { ClockReading } from '../store/sessionSlice.ts';

/** The scenario second a clock reading stands for at client time `now`: running on from when it was heard, never past the end. */
export function scenarioTimeAt(clock: ClockReading, now: number): number {
  if (clock.status !== 'running') return clock.at;
  const elapsed = Math.max(0, now - clock.receivedAt) / 1000;
  return Math.min(clock.duration, clock.at + elapsed * clock.speed);
}
