import type { EngineState } from '../engine/index.ts';
import type { ClockView } from '../shared/protocol.ts';
import type { Logger } from './logger.ts';
import type { Outcome } from './outcome.ts';
import { ScenarioClock, type WallClock } from './scenarioClock.ts';

// After a failed write the clock tries again this much later rather than spinning.
const STORAGE_RETRY_MS = 1000;

export interface SessionClockOptions {
  wall: WallClock;
  duration: number;
  speed: number;
  /** Plays what is due by scenario second `to`; a storage failure is tried again later. */
  release: (to: number) => Promise<Outcome<unknown>>;
  log: Logger;
}

/**
 * A session's live scenario clock, kept in step with committed play, and its one timer: for the
 * next release due, none while play is not running. It knows nothing of the engine: whoever
 * commits play tells it where play stands and when the next release is due.
 */
export class SessionClock {
  private readonly clock: ScenarioClock;
  private readonly wall: WallClock;
  private readonly duration: number;
  private readonly release: (to: number) => Promise<Outcome<unknown>>;
  private readonly log: Logger;
  /** The next release due as play last stood, kept so a change of speed re-arms the timer. */
  private due: number | undefined;
  private cancelTimer: (() => void) | undefined;

  constructor({ wall, duration, speed, release, log }: SessionClockOptions) {
    this.clock = new ScenarioClock(wall, duration, 0, speed);
    this.wall = wall;
    this.duration = duration;
    this.release = release;
    this.log = log;
  }

  /** Whole scenario seconds now: the time inputs are stamped with. */
  second(): number {
    return this.clock.second();
  }

  /** The clock as clients see it right now. */
  view(status: EngineState['status']): ClockView {
    return { status, at: this.clock.now(), speed: this.clock.speed, duration: this.duration };
  }

  /**
   * Follows committed play: running only while play runs, never behind it, and waking at `due`,
   * the next release (undefined when nothing is due or play is not running).
   */
  follow(play: Pick<EngineState, 'status' | 'now'>, due: number | undefined): void {
    if (play.status !== 'running') {
      if (this.clock.isRunning || this.clock.now() !== play.now) this.clock.stop(play.now);
    } else if (!this.clock.isRunning) {
      this.clock.run(play.now);
    } else if (this.clock.now() < play.now) {
      this.clock.jump(play.now);
    }
    this.due = due;
    this.wakeAt(due);
  }

  /** Changes the speed from now on; the next release comes sooner or later accordingly. */
  setSpeed(factor: number): void {
    this.clock.setSpeed(factor);
    this.wakeAt(this.due);
  }

  /** Cancels the timer. */
  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private wakeAt(due: number | undefined): void {
    this.stop();
    // The clock stops at the duration: something due later would never come.
    if (due === undefined || due > this.duration) return;
    const wait = this.clock.msUntil(due);
    if (wait === undefined) return;
    this.cancelTimer = this.wall.setTimer(Math.ceil(wait), () => this.wake(due));
  }

  private wake(due: number): void {
    this.cancelTimer = undefined;
    if (!this.clock.isRunning) return;
    const now = this.clock.second();
    // Rounding can wake the timer a hair early; it then sleeps again for the rest.
    if (now < due) return this.wakeAt(due);
    void this.release(now).then((released) => {
      if (released.ok) return;
      this.log.warn({ due, code: released.code, reason: released.reason }, 'the clock could not release what is due');
      // Unless play moved on meanwhile and armed the timer again, the release is tried again later.
      if (released.kind === 'storage' && this.cancelTimer === undefined && this.clock.isRunning) {
        this.cancelTimer = this.wall.setTimer(STORAGE_RETRY_MS, () => this.wake(due));
      }
    });
  }
}
