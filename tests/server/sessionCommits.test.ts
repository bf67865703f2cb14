import { describe, expect, it } from 'vitest';
import { SessionCommits } from '../../src/server/sessionCommits.ts';
import type { LogRecord } from '../../src/server/sessionStore.ts';
import { scenarioFixture } from '../support/scenarioFixture.ts';
import { quietLog } from './capturedLog.ts';
import { checkedAction } from './checkedAction.ts';
import { FakeWall } from './fakeWall.ts';
import { HARBOUR } from './serverHarness.ts';

/** The commit pipeline of a harbour drill on a store that takes `appendMs` for each batch, like a database across a network. */
function slowPipeline(appendMs: number) {
  const batches: LogRecord[][] = [];
  const commits = new SessionCommits({
    sessionId: 's1',
    scenario: scenarioFixture(HARBOUR),
    seed: 1,
    speed: 1,
    store: {
      append: async (_sessionId, records) => {
        await new Promise((resolve) => setTimeout(resolve, appendMs));
        batches.push([...records]);
      },
    },
    wall: new FakeWall(),
    log: quietLog,
    committed: () => undefined,
  });
  return { commits, batches };
}

const note = (text: string) => checkedAction({ type: 'note', by: 'wijkagent', text });

describe('the commit pipeline on a store that takes its time', () => {
  it('has one batch in flight and gathers what comes meanwhile into the next, in order', async () => {
    const { commits, batches } = slowPipeline(5);
    await commits.commit({ type: 'START' }, 'facilitator');
    const answers = Promise.all(['one', 'two', 'three'].map((text, index) => new Promise((done) => commits.commitSoon(note(text), 'participant:p1', `c${index}`, done))));
    await new Promise((resolve) => setImmediate(resolve));
    const fourth = commits.commitOnce(note('four'), 'participant:p1', 'c3');
    expect(await answers).toEqual([2, 3, 4].map((seq) => ({ ok: true, value: { seq, at: 0 } })));
    expect(await fourth).toEqual({ ok: true, value: { seq: 5, at: 0 } });
    expect(batches.map((batch) => batch.map((record) => record.seq))).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('settles what was stepped so far while actions keep arriving, so a facilitator command never waits for the room to fall silent', async () => {
    const { commits } = slowPipeline(3);
    await commits.commit({ type: 'START' }, 'facilitator');
    let sent = 0;
    const stream = setInterval(() => commits.commitSoon(note(`note ${sent}`), 'participant:p1', `c${(sent += 1)}`, () => undefined), 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = sent;
    await commits.settled();
    const paused = await commits.commit({ type: 'PAUSE' }, 'facilitator');
    clearInterval(stream);
    expect(paused.ok).toBe(true);
    expect(commits.seq).toBeGreaterThan(before);
  });
});
