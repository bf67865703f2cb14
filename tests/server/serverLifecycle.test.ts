import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/database.ts';
import { ListenError, startServer } from '../../src/server/server.ts';
import { SqliteSessionStore } from '../../src/server/sqliteSessionStore.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, tempDir, type TestServer } from './serverHarness.ts';
import { quietLog } from './capturedLog.ts';

const servers: TestServer[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()?.close();
  while (cleanups.length > 0) cleanups.pop()?.();
});

describe('starting and stopping the server', () => {
  it('brings a running session back paused after a restart, with its participants still signed in', async () => {
    const data = tempDir('lifecycle');
    cleanups.push(data.remove);
    const first = await startTestServer({ dataDir: data.path });
    const session = await createHarbourSession(first.url);
    const token = await joinAs(first.url, session, 'wijkagent');
    await control(first.url, session, { type: 'start' });
    await control(first.url, session, { type: 'advance', by: '3m' });
    const note = await api(first.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'note', text: 'cordon' } });
    const before = await api(first.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    await first.close();

    const second = await startTestServer({ dataDir: data.path });
    servers.push(second);
    expect(second.server.restoredSessions).toBe(1);
    const after = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(after.body.clock).toMatchObject({ status: 'paused', at: 180 });
    expect(after.body.projection.timeline).toEqual(before.body.projection.timeline);
    expect(after.body.projection.timeline.find((entry: any) => entry.seq === note.body.seq)).toMatchObject({ type: 'note', text: 'cordon' });
    const participantView = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: token });
    expect(participantView.status).toBe(200);
    await control(second.url, session, { type: 'resume' });
    expect((await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: token })).body.clock.status).toBe('running');
  });

  it('does not bring back ended sessions at start, but still serves their report', async () => {
    const data = tempDir('lifecycle');
    cleanups.push(data.remove);
    const first = await startTestServer({ dataDir: data.path });
    const session = await createHarbourSession(first.url);
    await control(first.url, session, { type: 'start' });
    await control(first.url, session, { type: 'end' });
    await first.close();
    const second = await startTestServer({ dataDir: data.path });
    servers.push(second);
    expect(second.server.restoredSessions).toBe(0);
    const report = await api(second.url, `/api/sessions/${session.sessionId}/report`, { credential: session.facilitatorKey });
    expect(report.status).toBe(200);
    expect(report.body.timeline).toEqual([{ seq: 1, at: 0, type: 'released', inject: 'i1' }]);
    const join = await api(second.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name: 'Late', role: 'wijkagent' } });
    expect(join.status).toBe(409);
    expect(join.body.error.code).toBe('session-ended');
  });

  it('refuses a port in use with a clear error and leaves the stored sessions as they were', async () => {
    const data = tempDir('lifecycle');
    cleanups.push(data.remove);
    const first = await startTestServer({ dataDir: data.path });
    const session = await createHarbourSession(first.url);
    await control(first.url, session, { type: 'start' });
    await first.close();
    const readLog = () => {
      const db = openDatabase(data.path);
      const log = new SqliteSessionStore(db).log(session.sessionId);
      db.close();
      return log;
    };
    const logBefore = readLog();

    const busy = await startTestServer();
    servers.push(busy);
    const attempt = startServer({ port: busy.server.port, host: '127.0.0.1', dataDir: data.path, scenariosDir: join(data.path, 'none'), log: quietLog });
    await expect(attempt).rejects.toThrow(ListenError);
    await expect(attempt).rejects.toThrow(/already in use/);
    expect(readLog()).toEqual(logBefore);
  });
});
