/**
 * Look-ups in the engine's plain-object records. Scenario ids such as `constructor` or
 * `toString` are valid identifiers, so a bare `record[id]` would find Object.prototype members.
 */

/** Whether the record has its own entry for the key. */
export function hasEntry(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** The record's own entry for the key, or undefined. */
export function entryOf<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
