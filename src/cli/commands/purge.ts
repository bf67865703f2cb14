import { parseArgs } from 'node:util';
import type { PurgedSession } from '../../server/sessionStore.ts';
import { openCommandStorage } from '../openCommandStorage.ts';
import { databaseUrlOf, storeOption } from '../storeOption.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const PURGE_HELP = `Usage: samenspel purge --ended-before DATE [--data DIR | --store URL] [--dry-run]

Removes every exercise that ended before DATE from the data folder, with all that belongs to it:
its log (the actions and their free text), the participants and their names, the evaluators and
their observations, and the debrief notes. An exercise that has not ended is never removed. Prints
each exercise it removes. On SQLite, stop the server first: the command refuses while one runs on
the folder; a PostgreSQL store is purged while its servers run (only ended exercises go).
Backups made before keep what they hold until they are deleted themselves.

Options:
  --ended-before DATE  a date (2026-01-31, meaning its start in UTC) or a date and time with its
                       zone (2026-01-31T12:00:00Z, 2026-01-31T13:00:00+01:00)
  --data DIR           the server's data folder (env DATA_DIR, default ./data)
  --store URL          the server's PostgreSQL store (postgres://user:password@host/db) instead
                       of the SQLite file in --data (env DATABASE_URL)
  --dry-run            only list what would be removed
  -h, --help           show this help`;

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** `samenspel purge`: removes ended exercises older than a date, for a retention period. */
export async function purgeCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'ended-before': { type: 'string' },
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(PURGE_HELP);
    return EXIT.ok;
  }
  const cutoff = values['ended-before'];
  if (cutoff === undefined) throw new UsageError('name the date with --ended-before DATE');
  const before = parseCutoff(cutoff);
  if (before === undefined) throw new UsageError(`--ended-before must be a date such as 2026-01-31 or 2026-01-31T12:00:00Z, not "${cutoff}"`);
  const storage = await openCommandStorage('purge', { dataDir: values.data, databaseUrl: databaseUrlOf(values.store) }, err);
  if (storage === undefined) return EXIT.failed;
  try {
    const dryRun = values['dry-run'];
    const purged = await storage.sessions.purgeEnded(before, { dryRun });
    for (const session of purged) out(describe(session));
    const count = `${purged.length} ended exercise${purged.length === 1 ? '' : 's'}`;
    out(dryRun ? `Would remove ${count} that ended before ${new Date(before).toISOString()} (dry run: nothing removed).` : `Removed ${count} that ended before ${new Date(before).toISOString()}.`);
    return EXIT.ok;
  } finally {
    await storage.close();
  }
}

/** Milliseconds since the epoch of a date (its start in UTC) or a date and time with its zone; undefined for anything else, also a day the month does not have. */
function parseCutoff(text: string): number | undefined {
  if (!DATE.test(text)) return undefined;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Date.parse would read 2026-02-30 as the 2nd of March.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}

function describe(session: PurgedSession): string {
  const counts = [
    plural(session.participants, 'participant'),
    plural(session.evaluators, 'evaluator'),
    plural(session.observations, 'observation'),
    plural(session.inputs, 'logged input'),
  ].join(', ');
  return `${session.id}  ${session.scenarioId}  created ${new Date(session.createdAt).toISOString()}  ended ${new Date(session.endedAt).toISOString()}  ${counts}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
