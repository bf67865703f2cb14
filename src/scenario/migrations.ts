import { SCHEMA_VERSION } from './schema.ts';

/**
 * Ordered upgrades of older scenario documents to the current `schemaVersion`. Version 1 is the
 * first, so the list is empty; a v2 adds `{ from: 1, up: (doc) => ... }` here and old files keep loading.
 */
interface Migration {
  from: number;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; message: string };

/** Brings a raw document up to the current version, or says why it cannot. */
export function migrate(document: Record<string, unknown>): MigrationResult {
  const version = document.schemaVersion;
  if (version === undefined) return { ok: true, document }; // the schema reports the missing field
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion must be the integer ${SCHEMA_VERSION}, not ${JSON.stringify(version)}` };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      message: `this file uses schemaVersion ${version}, but this Samenspel reads up to version ${SCHEMA_VERSION}; upgrade Samenspel`,
    };
  }
  let current = document;
  for (const migration of MIGRATIONS) {
    if ((current.schemaVersion as number) === migration.from) current = migration.up(current);
  }
  return { ok: true, document: current };
}
