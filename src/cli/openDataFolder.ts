import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DATABASE_FILE, openDatabase } from '../server/database.ts';
import { StorageError } from '../server/storageError.ts';

/**
 * Opens the database of a server's data folder for a command, as the server would (so it refuses
 * while a server runs on the folder); prints why not, as `samenspel COMMAND: ...`, and gives
 * undefined when there is no database there or it cannot be used.
 */
export function openDataFolder(command: string, dataDir: string, err: (text: string) => void): Database.Database | undefined {
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    err(`samenspel ${command}: there is no Samenspel database in ${dataDir}; name the server's data folder with --data`);
    return undefined;
  }
  try {
    return openDatabase(dataDir);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    err(`samenspel ${command}: ${error.message}`);
    return undefined;
  }
}
