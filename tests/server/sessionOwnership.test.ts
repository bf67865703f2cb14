import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { OWNERSHIP_APPLICATION } from '../../src/server/postgresOwnership.ts';
import { createTestDatabase, describeWithPostgres } from '../support/testPostgres.ts';
import { api, createHarbourSession, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** Two servers on one new PostgreSQL database, as two instances behind a proxy would be. */
async function twoInstances(options: { failed?: (error: Error) => void } = {}): Promise<{ a: TestServer; b: TestServer; databaseUrl: string }> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const [a, b] = await Promise.all([startTestServer({ databaseUrl: database.url, ...options }), startTestServer({ databaseUrl: database.url })]);
  cleanups.push(a.close, b.close);
  return { a, b, databaseUrl: database.url };
}

describeWithPostgres('instances sharing one PostgreSQL store', () => {
  it('play an exercise on one instance at a time, and hand it over when the other is asked for it', async () => {
    const { a, b } = await twoInstances();
    const session = await createHarbourSession(a.url);
    const state = (server: TestServer) => api(server.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect((await state(a)).status).toBe(200);
    const { client: facilitatorOnA } = await TestClient.join(a.wsUrl, session.sessionId, session.facilitatorKey);

    // B is asked while A plays it: "try again in a second", and A lets go meanwhile, sending its clients off to reconnect.
    const refused = await state(b);
    expect(refused).toMatchObject({ status: 503, body: { error: { code: 'session-elsewhere' } } });
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await facilitatorOnA.closed).toEqual({ code: 4503, reason: 'session-elsewhere' });
    await expect.poll(async () => (await state(b)).status, { timeout: 5_000 }).toBe(200);

    // Now B plays it; a client that still reaches A is told to reconnect.
    const { client: onB, welcome } = await TestClient.join(b.wsUrl, session.sessionId, session.facilitatorKey);
    expect(welcome.sessionId).toBe(session.sessionId);
    onB.close();
    const lateOnA = await TestClient.connect(a.wsUrl);
    lateOnA.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: session.facilitatorKey });
    expect(await lateOnA.closed).toMatchObject({ code: 4503 });
  });

  it('stop an instance that loses the connection holding its locks, since it can no longer tell which exercises are its own', async () => {
    let lost: Error | undefined;
    const { a, databaseUrl } = await twoInstances({ failed: (error) => (lost = error) });
    const session = await createHarbourSession(a.url);
    expect((await api(a.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey })).status).toBe(200);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [OWNERSHIP_APPLICATION]);
      expect(rows).toHaveLength(2);
      // Which of the two is A's does not matter for the telling: end both and A must hear of it.
      for (const { pid } of rows) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    await expect.poll(() => lost?.message, { timeout: 5_000 }).toBeDefined();
  });
});
