import pg from 'pg';
import type { Logger } from './logger.ts';
import { StorageError } from './storageError.ts';

/**
 * Ordered schema migrations of a PostgreSQL store; `samenspel_schema.version` counts how many have
 * run. Append only, as for SQLite (database.ts). The tables are SQLite's, column for column, so
 * both stores read rows the same way (storedRows.ts): BIGINT for times in milliseconds, BYTEA for
 * hashes, JSON kept as text.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    scenario_file TEXT NOT NULL,
    scenario_text TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    seed BIGINT NOT NULL,
    status TEXT NOT NULL,
    speed DOUBLE PRECISION NOT NULL,
    join_code TEXT NOT NULL,
    facilitator_key_hash BYTEA NOT NULL,
    display_key_hash BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    plan_visible INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT NOT NULL DEFAULT 'local'
  );
  CREATE UNIQUE INDEX sessions_open_join_code ON sessions (join_code) WHERE status <> 'ended';
  CREATE INDEX sessions_owner_scenario ON sessions (owner_id, scenario_id, created_at);
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash BYTEA NOT NULL,
    joined_at BIGINT NOT NULL
  );
  CREATE INDEX participants_session ON participants (session_id);
  CREATE TABLE event_log (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    seq BIGINT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    wall_time BIGINT NOT NULL,
    who TEXT NOT NULL,
    input TEXT NOT NULL,
    client_id TEXT,
    PRIMARY KEY (session_id, seq)
  );
  CREATE UNIQUE INDEX event_log_client_id ON event_log (session_id, who, client_id) WHERE client_id IS NOT NULL;
  CREATE TABLE debrief_notes (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id),
    notes TEXT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE TABLE evaluators (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    name TEXT NOT NULL,
    token_hash BYTEA NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE INDEX evaluators_session ON evaluators (session_id);
  CREATE TABLE observations (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    id BIGINT NOT NULL,
    evaluator_id TEXT NOT NULL REFERENCES evaluators (id),
    client_id TEXT,
    observation TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, id)
  );
  CREATE UNIQUE INDEX observations_client_id ON observations (session_id, evaluator_id, client_id) WHERE client_id IS NOT NULL;
  CREATE TABLE organisers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_salt BYTEA NOT NULL,
    password_hash BYTEA NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE TABLE organiser_logins (
    token_hash BYTEA PRIMARY KEY,
    organiser_id TEXT NOT NULL REFERENCES organisers (id),
    expires_at BIGINT NOT NULL
  );
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
];

/** How many migrations this Samenspel knows for PostgreSQL. */
export const POSTGRES_DATA_VERSION = MIGRATIONS.length;

/** Instances starting together on one database take this transaction lock in turn to migrate it. */
const MIGRATION_LOCK = 0x5a3e_5be1;

/** BIGINT columns hold milliseconds and seeds, well inside what a JavaScript number holds exactly. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A PostgreSQL address as the log may show it: without its password. */
export function redactedDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable address)';
  }
}

/**
 * Connects to the PostgreSQL server at `url` and brings its schema up to date. Throws a
 * StorageError that says what is wrong (unreachable, refused login, no such database, a newer
 * Samenspel's or another program's tables); nothing is changed in that case.
 */
export async function openPostgresPool(url: string, log: Logger): Promise<pg.Pool> {
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: 10, types, connectionTimeoutMillis: 10_000 });
  } catch (error) {
    throw new StorageError(`cannot use the PostgreSQL address ${redactedDatabaseUrl(url)}: ${(error as Error).message}`);
  }
  // An idle connection the server drops is replaced on next use; it must not take the process down.
  pool.on('error', (error) => log.warn({ err: error }, 'a PostgreSQL connection failed'));
  try {
    await migrate(pool);
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explain(error, url);
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const known = await client.query<{ found: boolean }>("SELECT to_regclass('samenspel_schema') IS NOT NULL AS found");
    let version = 0;
    if (known.rows[0]?.found) {
      version = (await client.query<{ version: number }>('SELECT version FROM samenspel_schema')).rows[0]?.version ?? 0;
    } else {
      const foreign = await client.query<{ found: boolean }>("SELECT to_regclass('sessions') IS NOT NULL AS found");
      if (foreign.rows[0]?.found) throw new StorageError('this database holds a "sessions" table of some other program; give Samenspel a database of its own. Nothing was changed.');
      await client.query('CREATE TABLE samenspel_schema (version INTEGER NOT NULL)');
      await client.query('INSERT INTO samenspel_schema (version) VALUES (0)');
    }
    if (version > MIGRATIONS.length) {
      throw new StorageError(`this database was written by a newer version of Samenspel (data version ${version}, this one knows ${MIGRATIONS.length}); upgrade Samenspel`);
    }
    for (const sql of MIGRATIONS.slice(version)) await client.query(sql);
    await client.query('UPDATE samenspel_schema SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction on one connection of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function explain(error: unknown, url: string): StorageError {
  if (error instanceof StorageError) return error;
  const where = redactedDatabaseUrl(url);
  const code = String((error as { code?: unknown }).code ?? '');
  const detail = (error as Error).message;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      return new StorageError(`cannot reach PostgreSQL at ${where} (${detail}); is the server running, and is the address right?`);
    case '28P01':
    case '28000':
      return new StorageError(`PostgreSQL at ${where} refused the login (${detail}); check the user and password in the address`);
    case '3D000':
      return new StorageError(`PostgreSQL at ${where} has no such database (${detail}); create it first (createdb)`);
    case '42501':
      return new StorageError(`the PostgreSQL user of ${where} may not create Samenspel's tables (${detail}); grant it CREATE on the database`);
    default:
      return new StorageError(`cannot use PostgreSQL at ${where}: ${detail}`);
  }
}
