import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The database file inside the data folder. */
export const DATABASE_FILE = 'samenspel.db';

/**
 * Ordered schema migrations; `PRAGMA user_version` counts how many have run. Append only: a
 * released migration is never edited, so every data folder upgrades the same way.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    scenario_file TEXT NOT NULL,
    scenario_text TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    status TEXT NOT NULL,
    speed REAL NOT NULL,
    join_code TEXT NOT NULL,
    facilitator_key_hash BLOB NOT NULL,
    display_key_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX sessions_open_join_code ON sessions (join_code) WHERE status != 'ended';
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash BLOB NOT NULL,
    joined_at INTEGER NOT NULL
  );
  CREATE INDEX participants_session ON participants (session_id);
  CREATE TABLE event_log (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    wall_time INTEGER NOT NULL,
    who TEXT NOT NULL,
    input TEXT NOT NULL,
    client_id TEXT,
    PRIMARY KEY (session_id, seq)
  );
  CREATE UNIQUE INDEX event_log_client_id ON event_log (session_id, who, client_id) WHERE client_id IS NOT NULL;
  `,
  `
  CREATE TABLE debrief_notes (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id),
    notes TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_scenario ON sessions (scenario_id, created_at);
  `,
  `
  ALTER TABLE sessions ADD COLUMN plan_visible INTEGER NOT NULL DEFAULT 0;
  `,
];

/** A database that cannot be opened or used: the message says what to do, and nothing was changed. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/**
 * Opens (creating if needed) the database in the data folder: WAL mode, full sync so that a
 * committed input survives a crash, and an exclusive lock so a second server on the same folder
 * is refused instead of writing beside the first. Throws a StorageError with a clear message for
 * a corrupt, foreign, newer or locked file; never resets one.
 */
export function openDatabase(dataDir: string): Database.Database {
  const file = join(dataDir, DATABASE_FILE);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StorageError(`cannot create the data folder ${dataDir}: ${(error as Error).message}`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 1000 });
  } catch (error) {
    throw new StorageError(`cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw explain(error, file);
  }
}

function migrate(db: Database.Database, file: string): void {
  // BEGIN EXCLUSIVE takes the lock that exclusive locking mode then keeps for the whole run.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new StorageError(
        `${file} was written by a newer version of Samenspel (data version ${version}, this one knows ${MIGRATIONS.length}); upgrade Samenspel or choose another --data folder`,
      );
    }
    if (version === 0 && hasTables(db)) {
      throw new StorageError(`${file} is an SQLite database of some other program; choose another --data folder. Nothing was changed.`);
    }
    MIGRATIONS.slice(version).forEach((sql) => db.exec(sql));
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).exclusive();
}

function hasTables(db: Database.Database): boolean {
  const { n } = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return n > 0;
}

function explain(error: unknown, file: string): Error {
  if (error instanceof StorageError) return error;
  const code = (error as { code?: unknown }).code;
  const detail = (error as Error).message;
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new StorageError(`${file} is damaged or not a database (${detail}); move it aside and start again, or restore a backup. Nothing was changed.`);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StorageError(`${file} is in use by another process (is another "samenspel serve" using the same --data folder?). Nothing was changed.`);
    default:
      return new StorageError(`cannot use ${file}: ${detail}`);
  }
}
