import { describe, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from './scratchDatabase.ts';

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

/** A new, empty database on the test server, dropped by its `drop`. */
export function createTestDatabase(): Promise<ScratchDatabase> {
  if (!testPostgresUrl) throw new Error('SAMENSPEL_TEST_POSTGRES_URL is not set');
  return createScratchDatabase(testPostgresUrl, 'samenspel_test');
}
