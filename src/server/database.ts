import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StorageError } from './storageError.ts';

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
  `
  CREATE TABLE evaluators (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    name TEXT NOT NULL,
    token_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX evaluators_session ON evaluators (session_id);
  CREATE TABLE observations (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    id INTEGER NOT NULL,
    evaluator_id TEXT NOT NULL REFERENCES evaluators (id),
    client_id TEXT,
    observation TEXT NOT NULL,
    written_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, id)
  );
  CREATE UNIQUE INDEX observations_client_id ON observations (session_id, evaluator_id, client_id) WHERE client_id IS NOT NULL;
  `,
  `
  ALTER TABLE sessions ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
  CREATE INDEX sessions_owner_scenario ON sessions (owner_id, scenario_id, created_at);
  CREATE TABLE organisers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE organiser_logins (
    token_hash BLOB PRIMARY KEY,
    organiser_id TEXT NOT NULL REFERENCES organisers (id),
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
];

/**
 * The lock file beside the database. The serving connection attaches it and holds an exclusive
 * lock on it for its whole run, so a second server on the same folder is refused instead of
 * writing beside the first; the operating system drops the lock when the process ends, however it
 * ends. (The database file itself stays open to other connections of this process: the
 * checkpointer's.)
 */
const LOCK_FILE = 'samenspel.lock';

/**
 * Opens (creating if needed) the database in the data folder, in WAL mode with
 * `synchronous = NORMAL`: a commit is in the database's write-ahead log when it returns, so it
 * survives the server being killed, and the disk flush that makes it survive a power cut happens
 * at the next checkpoint (see checkpointer.ts). Throws a StorageError with a clear message for a
 * corrupt, foreign, newer or locked file; never resets one.
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
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.prepare('ATTACH DATABASE ? AS guard').run(join(dataDir, LOCK_FILE));
    db.pragma('guard.locking_mode = EXCLUSIVE');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw explain(error, file);
  }
}

/** How many migrations this Samenspel knows: the `user_version` of a database it wrote. */
export const DATA_VERSION = MIGRATIONS.length;

/**
 * Holds the data folder as a running server does (its lock file, exclusively), for a command that
 * changes the folder's files while no server may use them; returns the function that lets go.
 * Throws a StorageError when a server holds the folder.
 */
export function lockDataFolder(dataDir: string): () => void {
  const lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    lock.close();
    const busy = ['SQLITE_BUSY', 'SQLITE_LOCKED'].includes(String((error as { code?: unknown }).code));
    throw new StorageError(busy ? `a server is running on ${dataDir}; stop it first` : `cannot lock ${dataDir}: ${(error as Error).message}`);
  }
  return () => lock.close();
}

function migrate(db: Database.Database, file: string): void {
  // BEGIN EXCLUSIVE also locks the attached lock file, which its exclusive locking mode then keeps for the whole run.
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
