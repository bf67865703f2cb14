import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/server/database.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, tempDir, TestClient, type TestServer } from '../server/serverHarness.ts';
import { ROOT, runCli } from './runCli.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(dataDir?: string): Promise<TestServer> {
  const test = await startTestServer(dataDir === undefined ? {} : { dataDir });
  cleanups.push(() => test.close());
  return test;
}

function folder(prefix: string): string {
  const dir = tempDir(prefix);
  cleanups.push(dir.remove);
  return dir.path;
}

/** Runs the real `samenspel` executable in a process of its own, without blocking this one (where the server runs). */
async function samenspel(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/samenspel.js'), ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

const PLAYERS = 50;
const SEND_EVERY_MS = 150;

describe('samenspel backup and restore', () => {
  it('backs up a running server while 50 clients act, and the restored folder replays every input acknowledged before the backup began', async () => {
    const first = await server();
    const session = await createHarbourSession(first.url);
    const tokens = await Promise.all(Array.from({ length: PLAYERS }, (_, n) => joinAs(first.url, session, n % 2 === 0 ? 'wijkagent' : 'burgemeester', `Player ${n}`)));
    await control(first.url, session, { type: 'start' });

    // Each client sends notes one after another until told to stop, each a little after the one
    // before: a client may send at most ten messages a second.
    const acked = new Map<string, { seq: number; at: number }>();
    let stopping = false;
    let wanted = { count: 0, reached: () => {} };
    const ackedReach = (count: number) => new Promise<void>((resolve) => (wanted = { count, reached: resolve }));
    const play = async (token: string, index: number) => {
      const { client } = await TestClient.join(first.wsUrl, session.sessionId, token);
      for (let n = 0; !stopping; n += 1) {
        const clientId = `p${index}-n${n}`;
        const answer = await client.request({ type: 'action', clientId, action: { type: 'note', text: `note ${clientId}` } }, (message) => message.clientId === clientId);
        expect(answer.type).toBe('action_accepted');
        acked.set(clientId, { seq: answer.seq, at: answer.at });
        if (acked.size >= wanted.count) wanted.reached();
        await new Promise((resolve) => setTimeout(resolve, SEND_EVERY_MS));
      }
      client.close();
    };
    const firstRound = ackedReach(PLAYERS * 3);
    const playing = tokens.map((token, index) => play(token, index));
    await firstRound;

    const backupFile = join(folder('backup'), 'samenspel-backup.db');
    const ackedBefore = new Map(acked);
    const backup = samenspel(['backup', '--data', first.dataDir, '--out', backupFile]);
    const backedUp = await backup;
    // Play went on during the backup and after it.
    const afterwards = ackedReach(acked.size + PLAYERS);
    await afterwards;
    stopping = true;
    await Promise.all(playing);

    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toContain(`to ${backupFile}`);
    expect(acked.size).toBeGreaterThan(ackedBefore.size);
    // A single file, no write-ahead log beside it.
    expect(readdirSync(join(backupFile, '..'))).toEqual(['samenspel-backup.db']);

    const restoredDir = join(folder('restored'), 'data');
    const restored = await runCli(['restore', '--from', backupFile, '--data', restoredDir]);
    expect(restored.code).toBe(0);
    const second = await server(restoredDir);
    expect(second.server.restoredSessions).toBe(1);
    const state = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.clock.status).toBe('paused');
    const timeline: any[] = state.body.projection.timeline;
    for (const [clientId, ack] of ackedBefore) {
      expect(timeline.find((entry) => entry.seq === ack.seq)).toMatchObject({ type: 'note', at: ack.at, text: `note ${clientId}` });
    }
    // The participants' tokens still open their seats on the restored server.
    expect((await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: tokens[0] })).status).toBe(200);
  }, 60_000);

  it('shows its progress for a big database', async () => {
    const dataDir = folder('big');
    const db = openDatabase(dataDir);
    db.exec('CREATE TABLE filler (text TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) INSERT INTO filler SELECT hex(randomblob(2000)) FROM n;');
    db.close();
    const out = join(folder('big-backup'), 'copy.db');
    const done = await runCli(['backup', '--data', dataDir, '--out', out]);
    const progress = done.stderr.split('\n');
    expect(done.code).toBe(0);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toMatch(/^samenspel backup: \d+% \(\d+\.\d MB of \d+\.\d MB\)$/);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses to overwrite a file, to back up a folder without a database, and to restore what is not a backup', async () => {
    const test = await server();
    const existing = join(folder('taken'), 'taken.db');
    writeFileSync(existing, 'keep me');
    const overwrite = await runCli(['backup', '--data', test.dataDir, '--out', existing]);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toContain('exists already');

    const empty = folder('empty');
    const nothing = await runCli(['backup', '--data', empty, '--out', join(empty, 'x.db')]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(`no ${DATABASE_FILE}`);

    const notABackup = await runCli(['restore', '--from', existing, '--data', folder('target')]);
    expect(notABackup.code).toBe(1);
    expect(notABackup.stderr).toMatch(/is not a Samenspel backup/);
    expect((await runCli(['backup', '--data', test.dataDir])).code).toBe(2);
  });

  it('refuses to restore into a folder a server is running on, and keeps the database it replaces', async () => {
    const dataDir = join(folder('running'), 'data');
    const running = await server(dataDir);
    await createHarbourSession(running.url);
    const backupFile = join(folder('running-backup'), 'b.db');
    expect((await runCli(['backup', '--data', running.dataDir, '--out', backupFile])).code).toBe(0);

    const refused = await runCli(['restore', '--from', backupFile, '--data', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a server is running');

    await running.server.close();
    const replaced = await runCli(['restore', '--from', backupFile, '--data', dataDir]);
    expect(replaced.code).toBe(0);
    expect(readdirSync(dataDir).filter((name) => name.startsWith(`${DATABASE_FILE}.before-restore-`))).toHaveLength(1);
  });
});
