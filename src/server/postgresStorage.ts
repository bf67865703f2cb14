import type { Logger } from './logger.ts';
import { openPostgresPool } from './postgresDatabase.ts';
import { PostgresOrganiserStore } from './postgresOrganiserStore.ts';
import { PostgresOwnership } from './postgresOwnership.ts';
import { PostgresSessionStore } from './postgresSessionStore.ts';
import type { Storage } from './storage.ts';

/** The store on a PostgreSQL server, its schema brought up to date; throws a StorageError that says what is wrong. */
export async function openPostgresStorage(url: string, log: Logger): Promise<Storage> {
  const pool = await openPostgresPool(url, log);
  return {
    kind: 'postgres',
    sessions: new PostgresSessionStore(pool),
    organisers: new PostgresOrganiserStore(pool),
    claimSessions: (handlers) => PostgresOwnership.connect({ url, log, ...handlers }),
    close: () => pool.end(),
  };
}
