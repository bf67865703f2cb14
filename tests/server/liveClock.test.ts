import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/database.ts';
import type { LiveSession } from '../../src/server/liveSession.ts';
import { ELSEWHERE, SessionRegistry } from '../../src/server/sessionRegistry.ts';
import { SqliteSessionStore } from '../../src/server/sqliteSessionStore.ts';
import type { ControlCommand } from '../../src/shared/protocol.ts';
import { FakeWall } from './fakeWall.ts';
import { HARBOUR_YAML, tempDir } from './serverHarness.ts';
import { checkedAction } from './checkedAction.ts';
import { quietLog } from './capturedLog.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A live session of the harbour drill on a fake wall clock and a real database in a temp folder. */
async function harbourSession(): Promise<{ session: LiveSession; wall: FakeWall; registry: SessionRegistry }> {
  const dir = tempDir('clock');
  const db = openDatabase(dir.path);
  const wall = new FakeWall();
  const registry = new SessionRegistry(new SqliteSessionStore(db), wall, quietLog);
  cleanups.push(async () => {
    await registry.stopAll();
    db.close();
    dir.remove();
  });
  const created = await registry.create(HARBOUR_YAML, 'harbour.yaml', 1);
  if (!created.ok) throw new Error('the harbour scenario does not load');
  return { session: created.created.session, wall, registry };
}

async function run(session: LiveSession, command: ControlCommand): Promise<void> {
  const outcome = await session.control(command);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.reason}`);
}

function releases(session: LiveSession): { inject: string; at: number }[] {
  return session.report().timeline.flatMap((entry) => (entry.type === 'released' ? [{ inject: entry.inject, at: entry.at }] : []));
}

const SCHEDULE = [
  { inject: 'i1', at: 0 },
  { inject: 'i2', at: 60 },
  { inject: 'i3', at: 120 },
  { inject: 'i4', at: 1200 },
];

describe('the live clock', () => {
  it('releases each inject when the scenario clock reaches its time, and not before', async () => {
    const { session, wall } = await harbourSession();
    await run(session, { type: 'start' });
    expect(releases(session)).toEqual([{ inject: 'i1', at: 0 }]);
    await wall.play(59_999);
    expect(releases(session)).toHaveLength(1);
    await wall.play(1);
    expect(releases(session)).toEqual(SCHEDULE.slice(0, 2));
  });

  it('keeps exactly one timer, for the next release only', async () => {
    const { session, wall } = await harbourSession();
    expect(wall.pendingTimers).toBe(0);
    await run(session, { type: 'start' });
    expect(wall.pendingTimers).toBe(1);
    await wall.play(61_000);
    expect(wall.pendingTimers).toBe(1);
    await run(session, { type: 'pause' });
    expect(wall.pendingTimers).toBe(0);
  });

  it('stops scenario time while paused and carries on from there after resume', async () => {
    const { session, wall } = await harbourSession();
    await run(session, { type: 'start' });
    await wall.play(30_000);
    await run(session, { type: 'pause' });
    await wall.play(10 * 60_000);
    expect(releases(session)).toHaveLength(1);
    expect(session.clockView()).toMatchObject({ status: 'paused', at: 30 });
    await run(session, { type: 'resume' });
    await wall.play(29_999);
    expect(releases(session)).toHaveLength(1);
    await wall.play(1);
    expect(releases(session)).toEqual(SCHEDULE.slice(0, 2));
  });

  it('runs faster after a speed change without losing the time already played', async () => {
    const { session, wall } = await harbourSession();
    await run(session, { type: 'start' });
    await wall.play(30_000);
    await run(session, { type: 'speed', factor: 60 });
    // The 30 scenario seconds left until i2 take half a wall second at 60 times.
    await wall.play(499);
    expect(releases(session)).toHaveLength(1);
    await wall.play(1);
    expect(releases(session)).toEqual(SCHEDULE.slice(0, 2));
    expect(session.clockView()).toMatchObject({ speed: 60, at: 60 });
  });

  it('releases what an advance skips over once, each inject at its own time', async () => {
    const { session, wall } = await harbourSession();
    await run(session, { type: 'start' });
    await wall.play(30_000);
    await run(session, { type: 'advance', by: 150 });
    expect(releases(session)).toEqual(SCHEDULE.slice(0, 3));
    expect(session.clockView().at).toBe(180);
    await wall.play(1020_000);
    expect(releases(session)).toEqual(SCHEDULE);
  });

  it('never moves beyond the duration on an advance', async () => {
    const { session } = await harbourSession();
    await run(session, { type: 'start' });
    await run(session, { type: 'advance', by: 10 * 3600 });
    expect(session.clockView().at).toBe(1800);
    expect(releases(session)).toEqual(SCHEDULE);
  });

  it('refuses to advance a paused clock and changes nothing', async () => {
    const { session } = await harbourSession();
    await run(session, { type: 'start' });
    await run(session, { type: 'pause' });
    const outcome = await session.control({ type: 'advance', by: 600 });
    expect(outcome).toMatchObject({ ok: false, code: 'not-running' });
    expect(session.clockView().at).toBe(0);
    expect(releases(session)).toHaveLength(1);
  });

  it('stamps a participant action with the live scenario time', async () => {
    const { session, wall } = await harbourSession();
    const joined = await session.join('Anna', 'wijkagent');
    if (!joined.ok) throw new Error('join failed');
    await run(session, { type: 'start' });
    await wall.play(75_500);
    const ack = await session.act(joined.value.participant, checkedAction({ type: 'note', by: 'wijkagent', text: 'on the quay' }));
    expect(ack).toEqual({ ok: true, value: { seq: 3, at: 75 } });
  });

  it('releases every inject exactly once at its own time, whatever the facilitator does with the clock', async () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
      fc.record({ kind: fc.constant('pause' as const) }),
      fc.record({ kind: fc.constant('resume' as const) }),
      fc.record({ kind: fc.constant('speed' as const), factor: fc.constantFrom(0.25, 1, 7.5, 60, 120) }),
      fc.record({ kind: fc.constant('advance' as const), by: fc.integer({ min: 0, max: 900 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (operations) => {
        const { session, wall } = await harbourSession();
        await run(session, { type: 'start' });
        for (const op of operations) {
          if (op.kind === 'wait') await wall.play(op.ms);
          else if (op.kind === 'speed') await session.control({ type: 'speed', factor: op.factor });
          else if (op.kind === 'advance') await session.control({ type: 'advance', by: op.by });
          else await session.control({ type: op.kind });
        }
        await session.control({ type: 'resume' });
        await session.control({ type: 'speed', factor: 120 });
        await wall.play(20 * 60_000);
        expect(releases(session)).toEqual(SCHEDULE);
        await cleanups.pop()?.();
      }),
      { numRuns: 40 },
    );
  });
});

describe('a session brought back after a restart', () => {
  it('replays its log to the same timeline and comes back paused at the time it had reached', async () => {
    const dir = tempDir('restart');
    cleanups.push(dir.remove);
    const wall = new FakeWall();
    const db = openDatabase(dir.path);
    const registry = new SessionRegistry(new SqliteSessionStore(db), wall, quietLog);
    const created = await registry.create(HARBOUR_YAML, 'harbour.yaml', 5);
    if (!created.ok) throw new Error('the harbour scenario does not load');
    const { session } = created.created;
    const joined = await session.join('Anna', 'burgemeester');
    if (!joined.ok) throw new Error('join failed');
    await run(session, { type: 'start' });
    await wall.play(61_000);
    await session.act(joined.value.participant, checkedAction({ type: 'decide', by: 'burgemeester', decision: 'i2', option: 'close' }), 'c-1');
    await wall.play(70_000);
    const before = session.report().timeline;
    // A crash: no stop(), the database is just closed.
    db.close();

    const reopened = openDatabase(dir.path);
    const again = new SessionRegistry(new SqliteSessionStore(reopened), wall, quietLog);
    cleanups.push(async () => {
      await again.stopAll();
      reopened.close();
    });
    expect(await again.restoreOpenSessions()).toBe(1);
    const restored = await again.get(session.id);
    if (!restored || restored === ELSEWHERE) throw new Error('the session did not come back');
    expect(restored.report().timeline).toEqual(before);
    expect(restored.clockView()).toMatchObject({ status: 'paused', at: 120 });
    // The retried action is recognised by its client id and not stored twice.
    const participant = joined.value.participant;
    expect(await restored.act(participant, checkedAction({ type: 'decide', by: 'burgemeester', decision: 'i2', option: 'close' }), 'c-1')).toEqual({ ok: true, value: { seq: 3, at: 61 } });
    expect(restored.report().timeline).toEqual(before);
  });
});
