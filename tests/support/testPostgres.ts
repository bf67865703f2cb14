import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/**
 * The PostgreSQL server the tests use: `SAMENSPEL_TEST_POSTGRES_URL`, the address of an account
 * that may create databases (`.ci/run` starts Debian's PostgreSQL and sets it). Each test file
 * makes databases of its own on it and drops them after, so files run side by side.
 */
export const testPostgresUrl = process.env.SAMENSPEL_TEST_POSTGRES_URL;

/**
 * `describe` for tests that need PostgreSQL. Without a server they are skipped, so `npm test` runs
 * on a machine without one, unless `SAMENSPEL_REQUIRE_POSTGRES=1` (set by `.ci/run`): then a missing
 * server is a failure, never a silent skip.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (testPostgresUrl) {
    describe(name, body);
  } else if (process.env.SAMENSPEL_REQUIRE_POSTGRES === '1') {
    describe(name, () => {
      it('has a PostgreSQL server to run against', () => {
        throw new Error('SAMENSPEL_REQUIRE_POSTGRES=1 but SAMENSPEL_TEST_POSTGRES_URL is not set');
      });
    });
  } else {
    describe.skip(`${name} (no SAMENSPEL_TEST_POSTGRES_URL)`, body);
  }
}

/** A new, empty database on the test server, and a way to drop it (closing what is still connected). */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testPostgresUrl) throw new Error('SAMENSPEL_TEST_POSTGRES_URL is not set');
  const name = `samenspel_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
