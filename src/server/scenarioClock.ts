/** Wall time and timers, injected so that clock tests need not wait for real time to pass. */
export interface WallClock {
  now(): number;
  /** Calls back once after `ms` milliseconds; the returned function cancels it. */
  setTimer(ms: number, callback: () => void): () => void;
}

// setTimeout fires at once for delays over 2^31 - 1 ms (about 24.8 days); longer waits re-arm.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The machine's clock. */
export const systemClock: WallClock = {
  now: () => Date.now(),
  setTimer(ms, callback) {
    const timer = setTimeout(callback, Math.min(Math.max(0, ms), LONGEST_TIMER_MS));
    return () => clearTimeout(timer);
  },
};

/**
 * The live scenario clock: scenario seconds = anchor + wall time elapsed × speed while running,
 * standing still otherwise, never past the scenario's duration. Each start, stop or speed change
 * re-anchors it, so nothing is counted twice and nothing is lost across them.
 */
export class ScenarioClock {
  private running = false;
  private anchorAt: number;
  private anchorWall: number;

  constructor(
    private readonly wall: WallClock,
    private readonly duration: number,
    at: number,
    private currentSpeed: number,
  ) {
    this.anchorAt = at;
    this.anchorWall = wall.now();
  }

  /** Scenario seconds now, fractional. */
  now(): number {
    if (!this.running) return this.anchorAt;
    const elapsed = ((this.wall.now() - this.anchorWall) / 1000) * this.currentSpeed;
    return Math.min(this.duration, this.anchorAt + Math.max(0, elapsed));
  }

  /** Whole scenario seconds now: the time inputs are stamped with. */
  second(): number {
    return Math.floor(this.now());
  }

  get speed(): number {
    return this.currentSpeed;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Runs the clock from scenario time `at`. */
  run(at: number): void {
    this.anchor(at);
    this.running = true;
  }

  /** Stops the clock at scenario time `at`. */
  stop(at: number): void {
    this.anchor(at);
    this.running = false;
  }

  /** Moves a clock to scenario time `at` without starting or stopping it. */
  jump(at: number): void {
    this.anchor(at);
  }

  /** Changes the speed from now on; time already passed keeps the speed it had. */
  setSpeed(factor: number): void {
    this.anchor(this.now());
    this.currentSpeed = factor;
  }

  /** Wall milliseconds until scenario time `at` (undefined while stopped: it would never come). */
  msUntil(at: number): number | undefined {
    if (!this.running) return undefined;
    return Math.max(0, ((at - this.now()) / this.currentSpeed) * 1000);
  }

  private anchor(at: number): void {
    this.anchorAt = at;
    this.anchorWall = this.wall.now();
  }
}
