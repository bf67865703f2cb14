import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATA_VERSION, DATABASE_FILE, lockDataFolder } from './database.ts';
import { StorageError } from './storageError.ts';

/** What a restore did. */
export interface Restored {
  /** Where the folder's database before the restore was moved, if it had one. */
  setAside?: string;
}

/**
 * Makes a backup the database of a data folder while no server runs on it. The folder's own
 * database is moved aside with its write-ahead log (never deleted, and never left beside the
 * restored file, where SQLite would apply the old log to it); the server then replays every
 * exercise of the backup when it starts. Refuses a file that is not a whole Samenspel database.
 */
export function restoreDatabase(dataDir: string, backupFile: string, now: Date): Restored {
  checkBackup(backupFile);
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataFolder(dataDir);
  try {
    const file = join(dataDir, DATABASE_FILE);
    const incoming = `${file}.restoring`;
    copyFileSync(backupFile, incoming);
    let setAside: string | undefined;
    if (existsSync(file)) {
      setAside = `${file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(file, setAside);
      if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${setAside}-wal`);
    }
    rmSync(`${file}-shm`, { force: true });
    renameSync(incoming, file);
    return setAside === undefined ? {} : { setAside };
  } finally {
    release();
  }
}

function checkBackup(backupFile: string): void {
  if (!existsSync(backupFile)) throw new StorageError(`there is no file ${backupFile}`);
  let db: Database.Database;
  try {
    db = new Database(backupFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StorageError(`cannot open ${backupFile}: ${(error as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const sessions = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get() as { n: number };
    if (version === 0 || sessions.n === 0) throw new StorageError(`${backupFile} is not a Samenspel backup`);
    if (version > DATA_VERSION) throw new StorageError(`${backupFile} was written by a newer version of Samenspel (data version ${version}, this one knows ${DATA_VERSION}); upgrade Samenspel first`);
    const problems = db.pragma('integrity_check', { simple: true });
    if (problems !== 'ok') throw new StorageError(`${backupFile} is damaged (${String(problems)})`);
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(`${backupFile} is not a Samenspel backup (${(error as Error).message})`);
  } finally {
    db.close();
  }
}
