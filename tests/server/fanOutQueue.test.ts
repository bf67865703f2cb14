import { describe, expect, it } from 'vitest';
import { FanOutQueue } from '../../src/server/fanOutQueue.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('sending fan-outs a slice at a time', () => {
  it('sends a small fan-out at once', () => {
    const sent: string[] = [];
    const queue = new FanOutQueue<string>({ slice: 4, send: (to, text) => sent.push(`${to}:${String(text)}`) });
    queue.push('a', 'u1');
    queue.push('b', 'u1');
    expect(sent).toEqual(['a:u1', 'b:u1']);
  });

  it('sends a large one a slice per turn of the event loop, in order, and a later message only after it', async () => {
    const sent: string[] = [];
    const queue = new FanOutQueue<number>({ slice: 3, send: (to, text) => sent.push(`${to}:${String(text)}`) });
    for (let member = 1; member <= 7; member += 1) queue.push(member, 'u1');
    queue.push(1, 'u2');
    expect(sent).toEqual(['1:u1', '2:u1', '3:u1']);
    await nextTurn();
    expect(sent).toHaveLength(6);
    await nextTurn();
    expect(sent).toEqual(['1:u1', '2:u1', '3:u1', '4:u1', '5:u1', '6:u1', '7:u1', '1:u2']);
  });

  it('sends nothing that waited once cleared', async () => {
    const sent: number[] = [];
    const queue = new FanOutQueue<number>({ slice: 1, send: (to) => sent.push(to) });
    queue.push(1, 'x');
    queue.push(2, 'x');
    queue.clear();
    await nextTurn();
    expect(sent).toEqual([1]);
  });
});
