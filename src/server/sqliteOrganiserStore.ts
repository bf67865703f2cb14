import type Database from 'better-sqlite3';
import type { Organiser } from './organiser.ts';
import { organiserAccountFromRow, type OrganiserRow, type OrganiserStore } from './organiserStore.ts';
import type { PasswordHash } from './passwords.ts';

/** The organiser store in the server's SQLite database. */
export class SqliteOrganiserStore implements OrganiserStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare<[string, string, Buffer, Buffer, number]>(
        'INSERT INTO organisers (id, name, password_salt, password_hash, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
      ),
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

  async add(organiser: Organiser, password: PasswordHash, createdAt: number): Promise<boolean> {
    return this.statements.insert.run(organiser.id, organiser.name, password.salt, password.hash, createdAt).changes === 1;
  }

  async byName(name: string): Promise<{ organiser: Organiser; password: PasswordHash } | undefined> {
    const row = this.statements.byName.get(name);
    return row && organiserAccountFromRow(row);
  }

  async count(): Promise<number> {
    return this.statements.count.get()?.n ?? 0;
  }

  async addLogin(tokenHash: Buffer, organiserId: string, now: number, expiresAt: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteExpiredLogins.run(now);
      this.statements.insertLogin.run(tokenHash, organiserId, expiresAt);
    })();
  }

  async organiserOfLogin(tokenHash: Buffer, now: number): Promise<Organiser | undefined> {
    return this.statements.login.get(tokenHash, now);
  }

  async removeLogin(tokenHash: Buffer): Promise<void> {
    this.statements.deleteLogin.run(tokenHash);
  }

  async setting(key: string): Promise<string | undefined> {
    return this.statements.setting.get(key)?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.statements.setSetting.run(key, value);
  }
}
