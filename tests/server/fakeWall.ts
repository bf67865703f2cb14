import type { WallClock } from '../../src/server/scenarioClock.ts';

interface PendingTimer {
  due: number;
  id: number;
  callback: () => void;
}

/** A wall clock that moves only when the test says so, running due timers in order on the way. */
export class FakeWall implements WallClock {
  private time = 1_700_000_000_000;
  private nextId = 1;
  private timers: PendingTimer[] = [];

  now(): number {
    return this.time;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer = { due: this.time + Math.max(0, ms), id: this.nextId++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((pending) => pending !== timer);
    };
  }

  /** How many timers are waiting. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing each timer at its own due time. */
  advance(ms: number): void {
    const end = this.time + ms;
    while (this.fireNext(end));
    this.time = end;
  }

  /**
   * Moves time forward by `ms` as `advance` does, but after each timer lets what it started run
   * to its end (a release written to the store, the next timer armed) before the next fires.
   */
  async play(ms: number): Promise<void> {
    const end = this.time + ms;
    while (this.fireNext(end)) await new Promise((resolve) => setImmediate(resolve));
    this.time = end;
  }

  /** Fires the first timer due by `end`, at its due time; false when there is none. */
  private fireNext(end: number): boolean {
    const next = this.timers.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due || a.id - b.id)[0];
    if (!next) return false;
    this.timers = this.timers.filter((timer) => timer !== next);
    this.time = Math.max(this.time, next.due);
    next.callback();
    return true;
  }
}
