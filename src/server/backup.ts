import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './database.ts';
import { StorageError } from './storageError.ts';

/** How far a backup has come, in database pages (4 KiB each). */
export interface BackupProgress {
  totalPages: number;
  copiedPages: number;
}

// Pages copied a step: a step is short, so the progress moves and nothing waits long on it.
const PAGES_A_STEP = 1024;

/**
 * Copies the database of a data folder into `outFile` with SQLite's online backup, also while a
 * server runs on the folder. The copy is one consistent moment: a read transaction held for the
 * whole backup pins the database as it was when the backup began, so every input the server had
 * acknowledged by then is in it, and nothing the server commits meanwhile makes it start over.
 * (The server goes on committing; its checkpoints leave what came after that moment in the
 * write-ahead log until the backup ends.) The copy is written beside `outFile` and renamed
 * once it is whole and checked, so a failed backup leaves no file that looks like one; it is a
 * single file, without a write-ahead log of its own.
 */
export async function backupDatabase(dataDir: string, outFile: string, progress: (progress: BackupProgress) => void = () => {}): Promise<BackupProgress> {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) throw new StorageError(`there is no database in ${dataDir} (no ${DATABASE_FILE}); check --data`);
  if (existsSync(outFile)) throw new StorageError(`${outFile} exists already; choose another --out file or remove it first`);
  if (!existsSync(dirname(outFile))) throw new StorageError(`the folder of ${outFile} does not exist`);
  const partial = `${outFile}.partial`;
  rmSync(partial, { force: true });
  let source: Database.Database;
  try {
    source = new Database(file, { fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new StorageError(`cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    source.exec('BEGIN');
    // The first read starts the transaction, and with it the moment the backup copies.
    source.pragma('user_version');
    const done = await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        progress({ totalPages, copiedPages: totalPages - remainingPages });
        return PAGES_A_STEP;
      },
    });
    source.exec('COMMIT');
    finish(partial);
    renameSync(partial, outFile);
    return { totalPages: done.totalPages, copiedPages: done.totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error instanceof StorageError ? error : new StorageError(`the backup of ${file} failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
}

/** Makes the copy a single file (no write-ahead log beside it) and checks it page by page. */
function finish(partial: string): void {
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = copy.pragma('integrity_check', { simple: true });
    if (problems !== 'ok') throw new StorageError(`the copy does not pass SQLite's integrity check (${String(problems)}); the database itself may be damaged`);
  } finally {
    copy.close();
  }
}
