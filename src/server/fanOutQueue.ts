/**
 * Sends the messages of fan-outs a slice at a time, in the order they were queued. One fan-out
 * to thousands of screens is thousands of socket writes: sent at once they hold up everything
 * else, acknowledgements of stored actions included; sent a slice per turn of the event loop,
 * what arrives meanwhile is answered between slices. Up to `slice` messages a turn go out at
 * once, so a small fan-out is not delayed at all; a message never overtakes one queued before it.
 */
export class FanOutQueue<To> {
  private queued: { to: To; text: string | Buffer }[] = [];
  private next = 0;
  private budget: number;
  private turnScheduled = false;

  constructor(private readonly options: { slice: number; send: (to: To, text: string | Buffer) => void }) {
    this.budget = options.slice;
  }

  /** Sends now when the slice of this turn allows and nothing waits, else after what waits. */
  push(to: To, text: string | Buffer): void {
    if (this.next === this.queued.length && this.budget > 0) {
      this.budget -= 1;
      this.options.send(to, text);
    } else {
      this.queued.push({ to, text });
    }
    this.scheduleTurn();
  }

  /** Drops everything waiting: the hub is closing. */
  clear(): void {
    this.queued = [];
    this.next = 0;
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      this.budget = this.options.slice;
      this.drain();
    });
  }

  private drain(): void {
    while (this.next < this.queued.length && this.budget > 0) {
      const { to, text } = this.queued[this.next] as { to: To; text: string | Buffer };
      this.next += 1;
      this.budget -= 1;
      this.options.send(to, text);
    }
    if (this.next < this.queued.length) return this.scheduleTurn();
    this.queued = [];
    this.next = 0;
  }
}
