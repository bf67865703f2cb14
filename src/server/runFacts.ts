import type { RunFacts } from '../analysis/index.ts';
import type { SessionRecord } from './sessionStore.ts';

/** What the report's cover takes from a stored session: the day it was created, in the server's time zone. */
export function runFactsOf(record: Pick<SessionRecord, 'createdAt'>): RunFacts {
  const created = new Date(record.createdAt);
  const two = (value: number) => String(value).padStart(2, '0');
  return { heldOn: `${created.getFullYear()}-${two(created.getMonth() + 1)}-${two(created.getDate())}` };
}
