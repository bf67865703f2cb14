import { describe, expect, it } from 'vitest';
import { failure, type Outcome } from '../../src/server/outcome.ts';
import { SessionClock } from '../../src/server/sessionClock.ts';
import { FakeWall } from './fakeWall.ts';
import { captureLog } from './capturedLog.ts';

/** A session clock of a one-hour scenario whose releases answer with `answer` and are recorded. */
function sessionClock(answer: () => Outcome<unknown> = () => ({ ok: true, value: undefined })) {
  const wall = new FakeWall();
  const released: number[] = [];
  const captured = captureLog();
  const clock = new SessionClock({
    wall,
    duration: 3600,
    speed: 1,
    release: async (to) => {
      released.push(to);
      return answer();
    },
    log: captured.log,
  });
  return { wall, clock, released, captured };
}

describe('the session clock', () => {
  it('runs only while play runs and wakes once, when the next release is due', () => {
    const { wall, clock, released } = sessionClock();
    clock.follow({ status: 'running', now: 0 }, 60);
    wall.advance(59_999);
    expect(released).toEqual([]);
    wall.advance(1);
    expect(released).toEqual([60]);
    clock.follow({ status: 'paused', now: 60 }, undefined);
    wall.advance(600_000);
    expect(clock.view('paused')).toEqual({ status: 'paused', at: 60, speed: 1, duration: 3600 });
    expect(wall.pendingTimers).toBe(0);
  });

  it('never waits for a release after the end of play', () => {
    const { wall, clock } = sessionClock();
    clock.follow({ status: 'running', now: 0 }, 3601);
    expect(wall.pendingTimers).toBe(0);
  });

  it('wakes sooner when the speed goes up', () => {
    const { wall, clock, released } = sessionClock();
    clock.follow({ status: 'running', now: 0 }, 60);
    wall.advance(10_000);
    clock.setSpeed(10);
    wall.advance(5_000);
    expect(released).toEqual([60]);
  });

  it('tries a release again a second later when it could not be stored, and says so', async () => {
    let stored = false;
    const { wall, clock, released, captured } = sessionClock(() => (stored ? { ok: true, value: undefined } : failure('storage', 'storage-failed', 'disk full')));
    clock.follow({ status: 'running', now: 0 }, 60);
    await wall.play(60_000);
    expect(captured.entries()).toEqual([expect.objectContaining({ level: 'warn', msg: 'the clock could not release what is due', due: 60, code: 'storage-failed', reason: 'disk full' })]);
    stored = true;
    await wall.play(1_000);
    expect(released).toEqual([60, 61]);
  });

  it('gives up on a release the engine refuses rather than trying it again', () => {
    const { wall, clock, released } = sessionClock(() => failure('refused', 'ended', 'play has ended'));
    clock.follow({ status: 'running', now: 0 }, 60);
    wall.advance(120_000);
    expect(released).toEqual([60]);
  });
});
