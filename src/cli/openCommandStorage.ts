import { createLogger } from '../server/logger.ts';
import { openDatabase } from '../server/database.ts';
import { openPostgresStorage } from '../server/postgresStorage.ts';
import { sqliteStorageOf } from '../server/sqliteStorage.ts';
import type { Storage } from '../server/storage.ts';
import { StorageError } from '../server/storageError.ts';
import { openDataFolder } from './openDataFolder.ts';

/**
 * Opens the store a command names: PostgreSQL at `databaseUrl`, else the SQLite database of the
 * data folder (refused while a server runs on it; with `create`, made when missing). Prints why
 * not, as `samenspel COMMAND: ...`, and gives undefined when it cannot be used.
 */
export async function openCommandStorage(
  command: string,
  where: { dataDir: string; databaseUrl: string | undefined; create?: boolean },
  err: (text: string) => void,
): Promise<Storage | undefined> {
  try {
    if (where.databaseUrl === undefined) {
      const db = where.create ? openDatabase(where.dataDir) : openDataFolder(command, where.dataDir, err);
      return db && sqliteStorageOf(db, async () => {
        db.close();
      });
    }
    // Standard output is the command's; nothing of the store's own goes there.
    return await openPostgresStorage(where.databaseUrl, createLogger('silent'));
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    err(`samenspel ${command}: ${error.message}`);
    return undefined;
  }
}
