import { describe, expect, it } from 'vitest';
import { scenarioTimeAt } from '../../../src/client/live/scenarioTime.ts';
import { simulatedClockTime } from '../../../src/client/view/clockTime.ts';
import { formatAt } from '../../../src/client/view/formatAt.ts';

describe('times on screen', () => {
  it('turn a scenario second into the simulated clock time of the scenario’s start', () => {
    expect(simulatedClockTime('2026-03-14T06:00', 0)).toBe('06:00');
    expect(simulatedClockTime('2026-03-14T06:00', 15 * 60 + 59)).toBe('06:15');
    expect(simulatedClockTime('2026-03-14T23:30:00', 45 * 60)).toBe('00:15 +1');
  });

  it('show the offset and, with a start time, the clock time', () => {
    expect(formatAt(5400)).toBe('T+1:30:00');
    expect(formatAt(90, '2026-03-14T06:00')).toBe('T+1:30 (06:01)');
  });

  it('run the clock on from the last reading while running, at its speed, never past the end', () => {
    const reading = { status: 'running' as const, at: 100, speed: 10, duration: 200, receivedAt: 1_000 };
    expect(scenarioTimeAt(reading, 1_000)).toBe(100);
    expect(scenarioTimeAt(reading, 3_000)).toBe(120);
    expect(scenarioTimeAt(reading, 60_000)).toBe(200);
  });

  it('stand still while paused', () => {
    expect(scenarioTimeAt({ status: 'paused', at: 100, speed: 10, duration: 200, receivedAt: 1_000 }, 9_000)).toBe(100);
  });
});
