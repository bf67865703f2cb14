import { describe, expect, it } from 'vitest';
import { ScenarioClock } from '../../src/server/scenarioClock.ts';
import { FakeWall } from './fakeWall.ts';

describe('the scenario clock', () => {
  it('stands still until it runs', () => {
    const wall = new FakeWall();
    const clock = new ScenarioClock(wall, 3600, 0, 1);
    wall.advance(5000);
    expect(clock.now()).toBe(0);
    expect(clock.msUntil(60)).toBeUndefined();
  });

  it('counts wall time times speed while running', () => {
    const wall = new FakeWall();
    const clock = new ScenarioClock(wall, 3600, 0, 1);
    clock.run(10);
    wall.advance(2500);
    expect(clock.now()).toBe(12.5);
    expect(clock.second()).toBe(12);
    clock.setSpeed(4);
    wall.advance(1000);
    expect(clock.now()).toBe(16.5);
  });

  it('keeps the time it stopped at', () => {
    const wall = new FakeWall();
    const clock = new ScenarioClock(wall, 3600, 0, 2);
    clock.run(0);
    wall.advance(10_000);
    clock.stop(clock.second());
    wall.advance(60_000);
    expect(clock.now()).toBe(20);
  });

  it('never passes the scenario duration', () => {
    const wall = new FakeWall();
    const clock = new ScenarioClock(wall, 100, 90, 10);
    clock.run(90);
    wall.advance(60_000);
    expect(clock.now()).toBe(100);
  });

  it('tells how long to wait for a scenario time at the current speed', () => {
    const wall = new FakeWall();
    const clock = new ScenarioClock(wall, 3600, 0, 60);
    clock.run(0);
    expect(clock.msUntil(120)).toBe(2000);
    expect(clock.msUntil(0)).toBe(0);
  });
});
