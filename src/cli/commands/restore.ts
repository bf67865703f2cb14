import { parseArgs } from 'node:util';
import { StorageError } from '../../server/storageError.ts';
import { restoreDatabase } from '../../server/restore.ts';
import { refusePostgresStore, storeOption } from '../storeOption.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const RESTORE_HELP = `Usage: samenspel restore --from FILE [--data DIR]

Makes a backup written by "samenspel backup" the database of a data folder. Stop the server
first: the command refuses while one runs on the folder. The folder's database before the
restore is kept beside it (samenspel.db.before-restore-TIME), never deleted. Start the server
again afterwards; it brings back every unfinished exercise of the backup, paused.

Options:
  --data DIR   the server's data folder (env DATA_DIR, default ./data)
  --from FILE  the backup file
  -h, --help   show this help`;

/** `samenspel restore`: puts a backup in place as the data folder's database. */
export function restoreCommand(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(RESTORE_HELP);
    return EXIT.ok;
  }
  refusePostgresStore('restore', values.store, "restore a pg_dump backup with pg_restore instead (deploy/README.md shows how)");
  if (values.from === undefined || values.from.trim() === '') throw new UsageError('name the backup file with --from FILE');
  try {
    const restored = restoreDatabase(values.data, values.from, new Date());
    out(`Restored ${values.from} into ${values.data}.`);
    if (restored.setAside !== undefined) out(`The database it replaced is kept as ${restored.setAside}.`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    err(`samenspel restore: ${error.message}`);
    return EXIT.failed;
  }
}
