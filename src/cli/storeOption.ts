import { UsageError } from './usageError.ts';

/**
 * The `--store` option of the commands that read or write a server's store: a PostgreSQL address
 * (`postgres://user:password@host:5432/database`), by default `DATABASE_URL`; empty means the
 * SQLite database in the data folder (`--data`).
 */
export function storeOption() {
  return { store: { type: 'string', default: process.env.DATABASE_URL ?? '' } } as const;
}

/** The PostgreSQL address chosen, or undefined for SQLite; anything else is a usage error. */
export function databaseUrlOf(store: string): string | undefined {
  if (store === '') return undefined;
  if (!/^postgres(ql)?:\/\/./.test(store)) {
    throw new UsageError('--store (or DATABASE_URL) must be a PostgreSQL address such as postgres://user:password@host:5432/samenspel; leave it out to use the SQLite database in --data');
  }
  return store;
}

/** For the commands that work on the SQLite file itself: a PostgreSQL store is refused with what to use instead. */
export function refusePostgresStore(command: string, store: string, instead: string): void {
  if (databaseUrlOf(store) !== undefined) {
    throw new UsageError(`"samenspel ${command}" works on the SQLite database of a data folder, and the store chosen (--store or DATABASE_URL) is PostgreSQL: ${instead}`);
  }
}
