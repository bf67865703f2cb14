import type pg from 'pg';
import type { Organiser } from './organiser.ts';
import { organiserAccountFromRow, type OrganiserRow, type OrganiserStore } from './organiserStore.ts';
import type { PasswordHash } from './passwords.ts';
import { inTransaction } from './postgresDatabase.ts';

/** The organiser store in PostgreSQL. */
export class PostgresOrganiserStore implements OrganiserStore {
  constructor(private readonly pool: pg.Pool) {}

  async add(organiser: Organiser, password: PasswordHash, createdAt: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO organisers (id, name, password_salt, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING',
      [organiser.id, organiser.name, password.salt, password.hash, createdAt],
    );
    return rowCount === 1;
  }

  async byName(name: string): Promise<{ organiser: Organiser; password: PasswordHash } | undefined> {
    const { rows } = await this.pool.query<OrganiserRow>('SELECT * FROM organisers WHERE name = $1', [name]);
    return rows[0] && organiserAccountFromRow(rows[0]);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM organisers');
    return rows[0]?.n ?? 0;
  }

  async addLogin(tokenHash: Buffer, organiserId: string, now: number, expiresAt: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM organiser_logins WHERE expires_at <= $1', [now]);
      await client.query('INSERT INTO organiser_logins (token_hash, organiser_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, organiserId, expiresAt]);
    });
  }

  async organiserOfLogin(tokenHash: Buffer, now: number): Promise<Organiser | undefined> {
    const { rows } = await this.pool.query<Organiser>(
      'SELECT o.id, o.name FROM organiser_logins l JOIN organisers o ON o.id = l.organiser_id WHERE l.token_hash = $1 AND l.expires_at > $2',
      [tokenHash, now],
    );
    return rows[0];
  }

  async removeLogin(tokenHash: Buffer): Promise<void> {
    await this.pool.query('DELETE FROM organiser_logins WHERE token_hash = $1', [tokenHash]);
  }

  async setting(key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0]?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }
}
