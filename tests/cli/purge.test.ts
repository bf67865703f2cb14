import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/database.ts';
import { FakeWall } from '../server/fakeWall.ts';
import { readStoredRows, type StoredRows } from '../server/robustness/fuzzTarget.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, tempDir, type CreatedSession, type TestServer } from '../server/serverHarness.ts';
import { runCli } from './runCli.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** A session of the harbour drill with a participant who wrote a note and an evaluator who observed. */
async function playedSession(test: TestServer, tag: string): Promise<CreatedSession> {
  const session = await createHarbourSession(test.url);
  const token = await joinAs(test.url, session, 'wijkagent', `Participant ${tag}`);
  await control(test.url, session, { type: 'start' });
  await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'note', text: `Private note ${tag}` } });
  const evaluator = await api(test.url, `/api/sessions/${session.sessionId}/evaluators`, { method: 'POST', credential: session.facilitatorKey, body: { name: `Evaluator ${tag}` } });
  await api(test.url, `/api/sessions/${session.sessionId}/observations`, { method: 'POST', credential: evaluator.body.token, body: { text: `Private observation ${tag}` } });
  return session;
}

/** The rows of every table that belong to none of `sessionIds`. */
function rowsWithout(rows: StoredRows, sessionIds: string[]): StoredRows {
  const belongs = (row: any) => sessionIds.includes(row.session_id ?? row.id);
  return Object.fromEntries(Object.entries(rows).map(([table, tableRows]) => [table, tableRows.filter((row) => !belongs(row))]));
}

/**
 * A data folder with three exercises: "old" ended on the first day, "recent" ended two days
 * later, and "open" is still running. No server runs on it afterwards.
 */
async function threeExercises(): Promise<{ dataDir: string; wall: FakeWall; old: CreatedSession; recent: CreatedSession; open: CreatedSession }> {
  const root = tempDir('purge');
  cleanups.push(root.remove);
  const dataDir = join(root.path, 'data');
  const wall = new FakeWall();
  const test = await startTestServer({ dataDir, wall });
  const old = await playedSession(test, 'old');
  await control(test.url, old, { type: 'end' });
  wall.advance(2 * DAY_MS);
  const recent = await playedSession(test, 'recent');
  await control(test.url, recent, { type: 'end' });
  const open = await playedSession(test, 'open');
  await test.server.close();
  return { dataDir, wall, old, recent, open };
}

describe('samenspel purge', () => {
  it('lists in a dry run what would go, removes only ended exercises older than the date with all their data, and leaves the rest exactly as it was', async () => {
    const { dataDir, wall, old, recent, open } = await threeExercises();
    const before = readStoredRows(dataDir);
    const cutoff = new Date(wall.now() - DAY_MS).toISOString();

    const dryRun = await runCli(['purge', '--data', dataDir, '--ended-before', cutoff, '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${old.sessionId}  harbour  created \\S+  ended \\S+  1 participant, 1 evaluator, 1 observation, \\d+ logged inputs$`)),
      `Would remove 1 ended exercise that ended before ${cutoff} (dry run: nothing removed).`,
    ]);
    expect(readStoredRows(dataDir)).toEqual(before);

    const purged = await runCli(['purge', '--data', dataDir, '--ended-before', cutoff]);
    expect(purged.code).toBe(0);
    expect(purged.stdout).toContain(old.sessionId);
    expect(purged.stdout).toContain('Removed 1 ended exercise');
    const after = readStoredRows(dataDir);
    expect(after).toEqual(rowsWithout(before, [old.sessionId]));
    expect((after.sessions as { id: string }[]).map((row) => row.id).sort()).toEqual([recent.sessionId, open.sessionId].sort());
    // Gone from the file itself, not only from its tables.
    const file = readFileSync(join(dataDir, DATABASE_FILE)).toString('latin1');
    for (const text of ['Participant old', 'Private note old', 'Evaluator old', 'Private observation old']) expect(file).not.toContain(text);
    expect(file).toContain('Private note open');

    // Even a date after everything leaves the open exercise alone; the server brings it back.
    const everything = await runCli(['purge', '--data', dataDir, '--ended-before', '2100-01-01']);
    expect(everything.stdout).toContain('Removed 1 ended exercise');
    const test = await startTestServer({ dataDir });
    cleanups.push(() => test.server.close());
    expect(test.server.restoredSessions).toBe(1);
    expect((await api(test.url, `/api/sessions/${open.sessionId}/state`, { credential: open.facilitatorKey })).status).toBe(200);
  });

  it('refuses while a server runs on the folder, and changes nothing', async () => {
    const { dataDir } = await threeExercises();
    const test = await startTestServer({ dataDir });
    cleanups.push(() => test.server.close());
    // Read beside the running server, which paused the open exercise when it brought it back.
    const before = readStoredRows(dataDir);
    const refused = await runCli(['purge', '--data', dataDir, '--ended-before', '2100-01-01']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('in use by another process');
    expect(readStoredRows(dataDir)).toEqual(before);
  });

  it('refuses a date it cannot read and a folder without a database', async () => {
    for (const date of ['31-01-2026', '2026-01-31T12:00', 'yesterday', '2026-02-30', '2026-13-01', '2026-01-31T25:00Z']) {
      const result = await runCli(['purge', '--ended-before', date, '--data', '/nonexistent']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--ended-before must be a date');
    }
    expect((await runCli(['purge', '--data', '/nonexistent'])).code).toBe(2);
    const missing = await runCli(['purge', '--ended-before', '2026-01-01', '--data', '/nonexistent-samenspel-data']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no Samenspel database');
  });
});
