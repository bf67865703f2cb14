import type { Organiser } from './organiser.ts';
import type { PasswordHash } from './passwords.ts';

/**
 * The organiser accounts, their logins (only the hash of a login's token is kept) and the server's
 * settings. Kept beside the sessions, in SQLite (sqliteOrganiserStore.ts) or PostgreSQL
 * (postgresOrganiserStore.ts); a write whose promise resolves is committed.
 */
export interface OrganiserStore {
  /** Adds an organiser account; false when the name is taken. */
  add(organiser: Organiser, password: PasswordHash, createdAt: number): Promise<boolean>;
  /** The account with this name and its stored password. */
  byName(name: string): Promise<{ organiser: Organiser; password: PasswordHash } | undefined>;
  /** How many accounts there are. */
  count(): Promise<number>;
  /** Stores a login until `expiresAt`, and forgets the logins that expired. */
  addLogin(tokenHash: Buffer, organiserId: string, now: number, expiresAt: number): Promise<void>;
  /** The organiser of a login that has not expired. */
  organiserOfLogin(tokenHash: Buffer, now: number): Promise<Organiser | undefined>;
  removeLogin(tokenHash: Buffer): Promise<void>;
  /** A stored setting of the server. */
  setting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}

/** An organiser row as both stores keep it. */
export interface OrganiserRow {
  id: string;
  name: string;
  password_salt: Buffer;
  password_hash: Buffer;
}

export function organiserAccountFromRow(row: OrganiserRow): { organiser: Organiser; password: PasswordHash } {
  return { organiser: { id: row.id, name: row.name }, password: { salt: row.password_salt, hash: row.password_hash } };
}
