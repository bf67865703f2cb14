import type { PlayChange } from '../engine/index.ts';
import { isFacilitatorInputType } from '../shared/facilitatorInputTypes.ts';

export interface PacerOptions {
  /** The shortest time between two fan-outs of participants' actions, in milliseconds. */
  windowMs: number;
  /** Milliseconds on a monotonic clock. */
  now: () => number;
  /** Fans one change out to the session's audience. */
  fanOut: (change: PlayChange) => void;
}

/**
 * Paces the fan-out of one session's changes of play. In a busy room every action would be
 * sent to each member of its agency on its own: hundreds of actions a second make tens of
 * thousands of socket writes. A change made only of participants' actions that comes within
 * `windowMs` of the last fan-out waits for the window to end, merged with what follows it into
 * one change; any other change (a release, the facilitator's hand, the clock) goes out at once,
 * together with whatever was waiting. A quiet session is never delayed.
 */
export class PlayFanOutPacer {
  private waiting: PlayChange | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastFanOut = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: PacerOptions) {}

  /** Takes a change of play: fans it out now, or when the window is over. */
  add(change: PlayChange): void {
    this.waiting = this.waiting === undefined ? change : mergePlayChanges(this.waiting, change);
    const onlyActions = change.entries.length > 0 && change.entries.every((entry) => entry.type !== 'released' && !isFacilitatorInputType(entry.type));
    const wait = this.lastFanOut + this.options.windowMs - this.options.now();
    if (!onlyActions || wait <= 0) return this.flush();
    this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Fans out what is waiting now: before anything else reaches the audience, or someone joins it. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const change = this.waiting;
    if (change === undefined) return;
    this.waiting = undefined;
    this.lastFanOut = this.options.now();
    this.options.fanOut(change);
  }

  /** Drops what is waiting: the audience is gone. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = undefined;
  }
}

/** Two consecutive changes of play as one: from the state before the first to the state after the second, with the entries of both. */
export function mergePlayChanges(first: PlayChange, second: PlayChange): PlayChange {
  return {
    before: first.before,
    after: second.after,
    entries: [...first.entries, ...second.entries],
    planVisibleBefore: first.planVisibleBefore,
    planVisible: second.planVisible,
  };
}
