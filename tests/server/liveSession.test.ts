import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../src/shared/actions.ts';
import { openDatabase } from '../../src/server/database.ts';
import type { LiveSession, SessionChange } from '../../src/server/liveSession.ts';
import type { Ack } from '../../src/server/sessionCommits.ts';
import type { Outcome } from '../../src/server/outcome.ts';
import { SessionRegistry } from '../../src/server/sessionRegistry.ts';
import { SqliteSessionStore } from '../../src/server/sqliteSessionStore.ts';
import type { ParticipantRecord, SessionStore } from '../../src/server/sessionStore.ts';
import { FakeWall } from './fakeWall.ts';
import { HARBOUR_YAML, tempDir } from './serverHarness.ts';
import { checkedAction } from './checkedAction.ts';
import { quietLog } from './capturedLog.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A running harbour drill on a real database, with a police officer who has joined and every change it announces. */
async function runningSession(): Promise<{ session: LiveSession; store: SessionStore; db: Database.Database; police: ParticipantRecord; changes: SessionChange[] }> {
  const dir = tempDir('live-session');
  const db = openDatabase(dir.path);
  const store = new SqliteSessionStore(db);
  const registry = new SessionRegistry(store, new FakeWall(), quietLog);
  cleanups.push(async () => {
    await registry.stopAll();
    if (db.open) db.close();
    dir.remove();
  });
  const created = await registry.create(HARBOUR_YAML, 'harbour.yaml', 1);
  if (!created.ok) throw new Error('the harbour scenario does not load');
  const { session } = created.created;
  const joined = await session.join('Anna', 'wijkagent');
  if (!joined.ok) throw new Error('joining failed');
  expect((await session.control({ type: 'start' })).ok).toBe(true);
  const changes: SessionChange[] = [];
  session.subscribe((change) => changes.push(change));
  return { session, store, db, police: joined.value.participant, changes };
}

const note = (text: string): Action => ({ type: 'note', by: 'wijkagent', text });

/** Plays an action with the others of this turn; resolves with its outcome once stored. */
function actSoon(session: LiveSession, participant: ParticipantRecord, action: Action, clientId: string): Promise<Outcome<Ack>> {
  return new Promise((resolve) => session.actSoon(participant, checkedAction(action), clientId, resolve));
}

describe('actions that arrive in one turn of the event loop', () => {
  it('are stored in one transaction and shown as one change, each with its own answer in order', async () => {
    const { session, store, police, changes } = await runningSession();
    const answers = await Promise.all([actSoon(session, police, note('one'), 'c1'), actSoon(session, police, note('two'), 'c2')]);
    expect(answers).toEqual([
      { ok: true, value: { seq: 2, at: 0 } },
      { ok: true, value: { seq: 3, at: 0 } },
    ]);
    const plays = changes.filter((change) => change.kind === 'play');
    expect(plays).toHaveLength(1);
    expect(plays[0]?.kind === 'play' && plays[0].change.entries.map((entry) => entry.seq)).toEqual([2, 3]);
    expect((await store.log(session.id)).map((row) => row.clientId)).toEqual([undefined, 'c1', 'c2']);
  });

  it('are unseen until stored: nobody hears of them and the session does not move before then', async () => {
    const { session, police, changes } = await runningSession();
    const answer = actSoon(session, police, note('wait for it'), 'c1');
    expect(session.seq).toBe(1);
    expect(changes).toEqual([]);
    expect(session.report().timeline).toHaveLength(1);
    await answer;
    expect(session.seq).toBe(2);
  });

  it('refuses a bad action at once, without holding up the rest', async () => {
    const { session, police } = await runningSession();
    const first = actSoon(session, police, { type: 'decide', by: 'wijkagent', decision: 'i9', option: 'x' }, 'bad');
    let refusedAtOnce = false;
    void first.then(() => (refusedAtOnce = true));
    await Promise.resolve();
    expect(refusedAtOnce).toBe(true);
    expect(await first).toMatchObject({ ok: false, kind: 'refused', code: 'unknown-decision' });
    expect(await actSoon(session, police, note('still fine'), 'good')).toEqual({ ok: true, value: { seq: 2, at: 0 } });
  });

  it('stores a resend of a waiting action once and answers both sends alike', async () => {
    const { session, store, police } = await runningSession();
    const [first, again] = await Promise.all([actSoon(session, police, note('once'), 'c1'), actSoon(session, police, note('once'), 'c1')]);
    expect(again).toEqual(first);
    expect(await actSoon(session, police, note('once'), 'c1')).toEqual(first);
    expect((await store.log(session.id)).filter((row) => row.clientId === 'c1')).toHaveLength(1);
  });

  it('are stored before a facilitator command that comes after them', async () => {
    const { session, store, police } = await runningSession();
    const answer = actSoon(session, police, note('before the pause'), 'c1');
    expect((await session.control({ type: 'pause' })).ok).toBe(true);
    expect(await answer).toEqual({ ok: true, value: { seq: 2, at: 0 } });
    expect((await store.log(session.id)).map((row) => row.input.type)).toEqual(['START', 'ACTION', 'PAUSE']);
  });

  it('all fail, and none happened, when they cannot be stored', async () => {
    const { session, db, police, changes } = await runningSession();
    const answers = Promise.all([actSoon(session, police, note('lost 1'), 'c1'), actSoon(session, police, note('lost 2'), 'c2')]);
    db.close();
    for (const answer of await answers) expect(answer).toMatchObject({ ok: false, kind: 'storage', code: 'storage-failed' });
    expect(session.seq).toBe(1);
    expect(changes).toEqual([]);
  });
});
