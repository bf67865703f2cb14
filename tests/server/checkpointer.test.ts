import { copyFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpointer } from '../../src/server/checkpointer.ts';
import { DATABASE_FILE, openDatabase } from '../../src/server/database.ts';
import type { SessionStore } from '../../src/server/sessionStore.ts';
import { SqliteSessionStore } from '../../src/server/sqliteSessionStore.ts';
import { tempDir } from './serverHarness.ts';
import { createLogger } from '../../src/server/logger.ts';
import { captureLog, quietLog } from './capturedLog.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function openStore(): { dir: string; db: Database.Database; store: SessionStore } {
  const dir = tempDir('checkpoint');
  cleanups.push(dir.remove);
  const db = openDatabase(dir.path);
  cleanups.push(() => db.close());
  return { dir: dir.path, db, store: new SqliteSessionStore(db) };
}

function storeActions(store: SessionStore, count: number, from = 1): void {
  if (from === 1) {
    store.createSession({
      id: 's1', scenarioId: 'x', scenarioFile: 'x.yaml', scenarioText: 'text', scenarioHash: 'h', seed: 1, status: 'running', speed: 1,
      joinCode: 'ABCDEF', facilitatorKeyHash: Buffer.alloc(32, 1), displayKeyHash: Buffer.alloc(32, 2), createdAt: 5, planVisible: false, ownerId: 'local',
    });
  }
  for (let seq = from; seq < from + count; seq++) {
    store.append('s1', [{ seq, at: seq, wallTime: seq, who: 'wijkagent', input: { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: `note ${seq}` } }, clientId: `c${seq}` }]);
  }
}

/** How many log rows the database file holds on its own, without its write-ahead log: what a checkpoint has put there. */
function rowsInDatabaseFileAlone(dir: string): number {
  const copyDir = tempDir('checkpoint-copy');
  cleanups.push(copyDir.remove);
  const copy = join(copyDir.path, DATABASE_FILE);
  copyFileSync(join(dir, DATABASE_FILE), copy);
  const db = new Database(copy, { readonly: true });
  try {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'event_log'").get() as { n: number };
    return tables.n === 0 ? 0 : (db.prepare('SELECT count(*) AS n FROM event_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the checkpointer', () => {
  it('leaves commits to the write-ahead log, and copies them into the database file from its own thread', async () => {
    const { dir, db, store } = openStore();
    const captured = captureLog();
    let checkpointed!: () => void;
    const firstCheckpoint = new Promise<void>((resolve) => (checkpointed = resolve));
    const checkpointer = Checkpointer.start(db, { log: captured.log, intervalMs: 20, onCheckpoint: () => checkpointed() });
    cleanups.push(() => checkpointer.stop());
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);

    storeActions(store, 50);
    await firstCheckpoint;
    expect(rowsInDatabaseFileAlone(dir)).toBe(50);
    expect(captured.warnings()).toEqual([]);
  });

  it('leaves the log wholly copied, so that the next commit writes it from its beginning instead of growing the file', async () => {
    const { dir, db, store } = openStore();
    storeActions(store, 200);
    let checkpointed!: () => void;
    const firstCheckpoint = new Promise<void>((resolve) => (checkpointed = resolve));
    const checkpointer = Checkpointer.start(db, { log: quietLog, intervalMs: 20, onCheckpoint: () => checkpointed() });
    cleanups.push(() => checkpointer.stop());
    const logBytes = () => statSync(join(dir, `${DATABASE_FILE}-wal`)).size;

    await firstCheckpoint;
    const before = logBytes();
    storeActions(store, 100, 201);
    expect(logBytes()).toBe(before);
  });

  it('runs a last checkpoint when stopped', async () => {
    const { dir, db, store } = openStore();
    const checkpointer = Checkpointer.start(db, { log: quietLog, intervalMs: 3_600_000 });
    storeActions(store, 20);
    expect(rowsInDatabaseFileAlone(dir)).toBe(0);
    await checkpointer.stop();
    expect(rowsInDatabaseFileAlone(dir)).toBe(20);
  });

  it('hands checkpoints back to the server connection, with a warning, when its thread cannot work', async () => {
    const { dir, db } = openStore();
    let warned!: (line: string) => void;
    const warning = new Promise<string>((resolve) => (warned = resolve));
    // The server's connection keeps working on the open file; the worker cannot open it any more.
    unlinkSync(join(dir, DATABASE_FILE));
    const checkpointer = Checkpointer.start(db, { log: createLogger('warn', { write: (line: string) => warned(line) }) });
    cleanups.push(() => checkpointer.stop());

    const entry = JSON.parse(await warning);
    expect(entry).toMatchObject({ level: 'warn', reason: expect.any(String) });
    expect(entry.msg).toMatch(/background checkpointer stopped.*server's own connection checkpoints/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
