/**
 * Runs async tasks one after another, in the order they were queued: a task starts once the one
 * before it has settled, whether it succeeded or failed. For the writes of one session that must
 * not overtake each other (observations numbered in order, facilitator commands, notes).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
