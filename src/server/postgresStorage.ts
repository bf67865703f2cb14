import type { Logger } from './logger.ts';
import { openPostgresPool, redactedDatabaseUrl } from './postgresDatabase.ts';
import { PostgresOrganiserStore } from './postgresOrganiserStore.ts';
import { PostgresOwnership } from './postgresOwnership.ts';
import { PostgresSessionStore } from './postgresSessionStore.ts';
import type { Storage } from './storage.ts';
import { StorageError } from './storageError.ts';

/** The store on a PostgreSQL server, its schema brought up to date; throws a StorageError that says what is wrong. */
export async function openPostgresStorage(url: string, log: Logger): Promise<Storage> {
  const pool = await openPostgresPool(url, log);
  return {
    kind: 'postgres',
    sessions: new PostgresSessionStore(pool),
    organisers: new PostgresOrganiserStore(pool),
    claimSessions: async (handlers) => {
      try {
        return await PostgresOwnership.connect({ url, log, ...handlers });
      } catch (error) {
        throw new StorageError(`cannot open the connection that holds this instance's exercises at ${redactedDatabaseUrl(url)}: ${(error as Error).message}`);
      }
    },
    close: () => pool.end(),
  };
}
