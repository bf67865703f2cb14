import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/server/database.ts';
import { StorageError } from '../../src/server/storageError.ts';
import { SqliteSessionStore } from '../../src/server/sqliteSessionStore.ts';
import { startServer } from '../../src/server/server.ts';
import { tempDir } from './serverHarness.ts';
import { quietLog } from './capturedLog.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function dataDir(): string {
  const dir = tempDir('db');
  cleanups.push(dir.remove);
  return dir.path;
}

function openError(dir: string): StorageError {
  try {
    const db = openDatabase(dir);
    db.close();
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error('the database opened');
}

describe('the database', () => {
  it('creates its schema in WAL mode in a new data folder', () => {
    const dir = join(dataDir(), 'nested', 'data');
    const db = openDatabase(dir);
    cleanups.push(() => db.close());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['debrief_notes', 'evaluators', 'event_log', 'observations', 'organiser_logins', 'organisers', 'participants', 'sessions', 'settings']);
  });

  it('keeps what was stored across a reopen', async () => {
    const dir = dataDir();
    const db = openDatabase(dir);
    const store = new SqliteSessionStore(db);
    await store.createSession({
      id: 's1', scenarioId: 'x', scenarioFile: 'x.yaml', scenarioText: 'text', scenarioHash: 'h', seed: 1, status: 'ready', speed: 1,
      joinCode: 'ABCDEF', facilitatorKeyHash: Buffer.alloc(32, 1), displayKeyHash: Buffer.alloc(32, 2), createdAt: 5, planVisible: false, ownerId: 'local',
    });
    await store.append('s1', [{ seq: 1, at: 0, wallTime: 6, who: 'facilitator', input: { type: 'START' } }], 'running');
    db.close();
    const reopened = new SqliteSessionStore(openDatabase(dir));
    expect((await reopened.openSessions()).map((session) => [session.id, session.status])).toEqual([['s1', 'running']]);
    expect(await reopened.log('s1')).toEqual([{ seq: 1, at: 0, wallTime: 6, who: 'facilitator', input: { type: 'START' } }]);
    expect(await reopened.openSessionIdForJoinCode('ABCDEF')).toBe('s1');
  });

  it('refuses a corrupt file with a clear message and leaves it as it was', () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    const garbage = Buffer.from('this is not a database at all, but it is long enough to look like a header '.repeat(20));
    writeFileSync(file, garbage);
    expect(openError(dir).message).toMatch(/damaged or not a database.*Nothing was changed/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses the database of another program', () => {
    const dir = dataDir();
    const other = new Database(join(dir, DATABASE_FILE));
    other.exec('CREATE TABLE customers (id INTEGER)');
    other.close();
    expect(openError(dir).message).toContain('some other program');
  });

  it('refuses a database written by a newer version', () => {
    const dir = dataDir();
    openDatabase(dir).close();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma('user_version = 99');
    raw.close();
    expect(openError(dir).message).toContain('newer version of Samenspel');
  });

  it('refuses a database another server holds, instead of writing beside it', () => {
    const dir = dataDir();
    const first = openDatabase(dir);
    cleanups.push(() => first.close());
    expect(openError(dir).message).toContain('in use by another process');
  });

  it('makes the server refuse to start on a locked or corrupt database', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(4096, 7));
    await expect(startServer({ port: 0, host: '127.0.0.1', dataDir: dir, scenariosDir: dir, log: quietLog })).rejects.toThrow(StorageError);
  });
});
