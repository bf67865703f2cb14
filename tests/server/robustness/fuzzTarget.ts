import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../src/server/database.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, tempDir, type CreatedSession, type TestServer } from '../serverHarness.ts';
import { captureLog } from '../capturedLog.ts';

/** Every row of every table of a data folder's database, table by table. */
export type StoredRows = Record<string, unknown[]>;

/** Reads the whole database of a data folder, read-only, while no server holds it. */
export function readStoredRows(dataDir: string): StoredRows {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

/** A live server holding a harbour session in play, ready to be thrown bad input at. */
export interface FuzzTarget {
  test: TestServer;
  /** The session under attack: started, two notes stored, i2 released, then paused so nothing moves by itself. */
  session: CreatedSession;
  /** A second session, whose keys must not work on the first. */
  other: CreatedSession;
  tokens: { police: string; mayor: string };
  /** Everything the server warned about: a bug it caught is a warning. */
  warnings: () => string[];
  /** The database as it was before the attack, read while no server ran. */
  rowsBefore: StoredRows;
  /** The facilitator's view of the session before the attack. */
  stateBefore: unknown;
  /** Stops the server (once) and returns the database as the attack left it. */
  stop(): Promise<StoredRows>;
}

/**
 * Sets up a session on one server, stops it to read the database, and starts a second server on
 * the same data: the rows before and after an attack can then be compared exactly.
 */
export async function startFuzzTarget(): Promise<FuzzTarget> {
  const data = tempDir('fuzz');
  const dataDir = join(data.path, 'data');
  const first = await startTestServer({ dataDir });
  const session = await createHarbourSession(first.url);
  const other = await createHarbourSession(first.url);
  const tokens = { police: await joinAs(first.url, session, 'wijkagent', 'Anna'), mayor: await joinAs(first.url, session, 'burgemeester', 'Carla') };
  await joinAs(first.url, other, 'wijkagent', 'Bram');
  await control(first.url, session, { type: 'start' });
  const note = (token: string, text: string) => api(first.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'note', text }, headers: { 'Idempotency-Key': text } });
  await note(tokens.police, 'before-the-attack-1');
  await control(first.url, session, { type: 'advance', by: '1m' });
  await note(tokens.mayor, 'before-the-attack-2');
  await control(first.url, session, { type: 'pause' });
  await first.close();
  const rowsBefore = readStoredRows(dataDir);

  const captured = captureLog('warn');
  const test = await startTestServer({ dataDir, log: captured.log });
  const stateBefore = await facilitatorState(test, session);
  let stopped: Promise<StoredRows> | undefined;
  return {
    test,
    session,
    other,
    tokens,
    warnings: captured.warnings,
    rowsBefore,
    stateBefore,
    stop: () => {
      stopped ??= test.close().then(() => {
        const rows = readStoredRows(dataDir);
        data.remove();
        return rows;
      });
      return stopped;
    },
  };
}

/** The facilitator's state of a session, without who happens to be connected right now. */
export async function facilitatorState(test: TestServer, session: CreatedSession): Promise<unknown> {
  const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
  if (state.status !== 200) throw new Error(`reading the state failed: ${state.text}`);
  return { ...state.body, participants: state.body.participants.map(({ online: _online, ...participant }: { online: boolean }) => participant) };
}
