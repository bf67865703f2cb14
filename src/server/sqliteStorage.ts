import type Database from 'better-sqlite3';
import { Checkpointer } from './checkpointer.ts';
import { openDatabase } from './database.ts';
import type { Logger } from './logger.ts';
import { SqliteOrganiserStore } from './sqliteOrganiserStore.ts';
import { SqliteSessionStore } from './sqliteSessionStore.ts';
import { soleOwnership } from './sessionOwnership.ts';
import type { Storage } from './storage.ts';

/**
 * The embedded store: the SQLite database in the data folder, held by this process alone, with
 * its background checkpointer. Throws a StorageError that says what is wrong with the folder.
 */
export function openSqliteStorage(dataDir: string, log: Logger): Storage {
  const db = openDatabase(dataDir);
  let checkpointer: Checkpointer;
  try {
    checkpointer = Checkpointer.start(db, { log });
  } catch (error) {
    db.close();
    throw error;
  }
  return sqliteStorageOf(db, async () => {
    await checkpointer.stop();
    db.close();
  });
}

/** The stores on an open SQLite database, let go of by `close`; its server, the only one on the folder, owns every session. */
export function sqliteStorageOf(db: Database.Database, close: () => Promise<void>): Storage {
  return { kind: 'sqlite', sessions: new SqliteSessionStore(db), organisers: new SqliteOrganiserStore(db), claimSessions: async () => soleOwnership, close };
}
