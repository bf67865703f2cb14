import type { Logger } from './logger.ts';
import type { OrganiserStore } from './organiserStore.ts';
import { openPostgresStorage } from './postgresStorage.ts';
import type { SessionStore } from './sessionStore.ts';
import { openSqliteStorage } from './sqliteStorage.ts';

/**
 * Where a server keeps everything: its sessions and its organisers, in one database, SQLite in
 * the data folder (sqliteStorage.ts) or PostgreSQL (postgresStorage.ts).
 */
export interface Storage {
  sessions: SessionStore;
  organisers: OrganiserStore;
  /** What the store is, for the log and messages: `sqlite` or `postgres`. */
  kind: 'sqlite' | 'postgres';
  /** Writes what is pending to the disk and lets go of the database. */
  close(): Promise<void>;
}

/** Where a server keeps everything: PostgreSQL when given its address, else SQLite in the data folder. */
export async function openStorage(where: { dataDir: string; databaseUrl?: string }, log: Logger): Promise<Storage> {
  return where.databaseUrl === undefined ? openSqliteStorage(where.dataDir, log) : openPostgresStorage(where.databaseUrl, log);
}
