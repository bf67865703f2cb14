import type Database from 'better-sqlite3';
import type { Organiser } from './organiser.ts';
import type { PasswordHash } from './passwords.ts';

interface OrganiserRow {
  id: string;
  name: string;
  password_salt: Buffer;
  password_hash: Buffer;
}

/** The organiser accounts, their logins (only the hash of a login's token is kept) and the server's settings, in its SQLite database. */
export class OrganiserStore {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare<[string, string, Buffer, Buffer, number]>('INSERT INTO organisers (id, name, password_salt, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      byName: db.prepare<[string], OrganiserRow>('SELECT * FROM organisers WHERE name = ?'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM organisers'),
      insertLogin: db.prepare<[Buffer, string, number]>('INSERT INTO organiser_logins (token_hash, organiser_id, expires_at) VALUES (?, ?, ?)'),
      login: db.prepare<[Buffer, number], { id: string; name: string }>(
        'SELECT o.id, o.name FROM organiser_logins l JOIN organisers o ON o.id = l.organiser_id WHERE l.token_hash = ? AND l.expires_at > ?',
      ),
      deleteLogin: db.prepare<[Buffer]>('DELETE FROM organiser_logins WHERE token_hash = ?'),
      deleteExpiredLogins: db.prepare<[number]>('DELETE FROM organiser_logins WHERE expires_at <= ?'),
      setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** Adds an organiser account; false when the name is taken. */
  add(organiser: Organiser, password: PasswordHash, createdAt: number): boolean {
    if (this.statements.byName.get(organiser.name)) return false;
    this.statements.insert.run(organiser.id, organiser.name, password.salt, password.hash, createdAt);
    return true;
  }

  /** The account with this name and its stored password. */
  byName(name: string): { organiser: Organiser; password: PasswordHash } | undefined {
    const row = this.statements.byName.get(name);
    return row && { organiser: { id: row.id, name: row.name }, password: { salt: row.password_salt, hash: row.password_hash } };
  }

  /** How many accounts there are. */
  count(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  /** Stores a login until `expiresAt`, and forgets the logins that expired. */
  addLogin(tokenHash: Buffer, organiserId: string, now: number, expiresAt: number): void {
    this.statements.deleteExpiredLogins.run(now);
    this.statements.insertLogin.run(tokenHash, organiserId, expiresAt);
  }

  /** The organiser of a login that has not expired. */
  organiserOfLogin(tokenHash: Buffer, now: number): Organiser | undefined {
    return this.statements.login.get(tokenHash, now);
  }

  removeLogin(tokenHash: Buffer): void {
    this.statements.deleteLogin.run(tokenHash);
  }

  /** A stored setting of the server. */
  setting(key: string): string | undefined {
    return this.statements.setting.get(key)?.value;
  }

  setSetting(key: string, value: string): void {
    this.statements.setSetting.run(key, value);
  }
}
