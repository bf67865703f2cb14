import { createScratchDatabase, type ScratchDatabase } from '../../tests/support/scratchDatabase.ts';

/**
 * The PostgreSQL server `actions-pg` measures on: `SAMENSPEL_BENCH_POSTGRES_URL` (else the tests'
 * `SAMENSPEL_TEST_POSTGRES_URL`), an account that may create databases, on this machine so the
 * figure is the store's and not a network's. Each run gets a database of its own, dropped after.
 */
export function createBenchDatabase(): Promise<ScratchDatabase> {
  const server = process.env.SAMENSPEL_BENCH_POSTGRES_URL || process.env.SAMENSPEL_TEST_POSTGRES_URL;
  if (!server) {
    throw new Error('actions-pg needs a PostgreSQL server: set SAMENSPEL_BENCH_POSTGRES_URL to an account that may create databases (postgres://user:password@127.0.0.1:5432/postgres)');
  }
  return createScratchDatabase(server, 'samenspel_bench');
}
