import type { Logger } from './logger.ts';
import type { OrganiserStore } from './organiserStore.ts';
import { openPostgresStorage } from './postgresStorage.ts';
import type { SessionOwnership } from './sessionOwnership.ts';
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
  /** Which sessions this instance may play, among the instances on the store (sessionOwnership.ts). */
  claimSessions(handlers: OwnershipHandlers): Promise<SessionOwnership>;
  /** Writes what is pending to the disk and lets go of the database. */
  close(): Promise<void>;
}

/** What the instance hears of its ownership: another asks for a session, or every session is lost. */
export interface OwnershipHandlers {
  releaseAsked: (sessionId: string) => void;
  lost: (error: Error) => void;
}

/** Where a server keeps everything: PostgreSQL when given its address, else SQLite in the data folder. */
export async function openStorage(where: { dataDir: string; databaseUrl?: string }, log: Logger): Promise<Storage> {
  return where.databaseUrl === undefined ? openSqliteStorage(where.dataDir, log) : openPostgresStorage(where.databaseUrl, log);
}
