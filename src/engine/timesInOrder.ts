import type { TimedId } from './scenarioSchedule.ts';

const listed = new WeakMap<object, readonly TimedId[]>();

/**
 * The entries of a record of release times (`chanceTimes`, `afterTimes`) sorted by time. A state
 * is never changed once made, so the list is built once per record object and reused by every
 * later step; a step draft writing to its own copy of a record forgets that copy's list first.
 */
export function timesInOrder(record: Readonly<Record<string, number>>): readonly TimedId[] {
  const cached = listed.get(record);
  if (cached) return cached;
  const list = Object.keys(record)
    .map((id) => ({ id, time: record[id] as number }))
    .sort((a, b) => a.time - b.time);
  listed.set(record, list);
  return list;
}

/** Drops the sorted list of a record that is about to be written. */
export function forgetTimesOf(record: object): void {
  listed.delete(record);
}
