import { parseArgs } from 'node:util';
import { backupDatabase, type BackupProgress } from '../../server/backup.ts';
import { StorageError } from '../../server/storageError.ts';
import { refusePostgresStore, storeOption } from '../storeOption.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const BACKUP_HELP = `Usage: samenspel backup --out FILE [--data DIR]

Copies the database of a data folder into FILE with SQLite's online backup, also while
"samenspel serve" runs on the folder: the copy holds every exercise as it stood when the backup
began, with every input acknowledged by then. FILE must not exist yet. Restore it with
"samenspel restore --from FILE" while the server is stopped.

Options:
  --data DIR   the server's data folder (env DATA_DIR, default ./data)
  --out FILE   the backup file to write
  -h, --help   show this help`;

const PAGE_BYTES = 4096;

/** `samenspel backup`: an online backup of the server's database. */
export async function backupCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(BACKUP_HELP);
    return EXIT.ok;
  }
  refusePostgresStore('backup', values.store, "back it up with PostgreSQL's own pg_dump instead (deploy/README.md shows how)");
  if (values.out === undefined || values.out.trim() === '') throw new UsageError('name the backup file with --out FILE');
  let shownPercent = -1;
  const showProgress = ({ totalPages, copiedPages }: BackupProgress) => {
    const percent = Math.floor((copiedPages / totalPages) * 100);
    // Only a file that takes more than one step is worth a progress line, and only every tenth.
    if (copiedPages === totalPages || percent - shownPercent < 10) return;
    shownPercent = percent;
    err(`samenspel backup: ${percent}% (${megabytes(copiedPages)} of ${megabytes(totalPages)})`);
  };
  try {
    const done = await backupDatabase(values.data, values.out, showProgress);
    out(`Backed up ${values.data} to ${values.out} (${megabytes(done.totalPages)}).`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    err(`samenspel backup: ${error.message}`);
    return EXIT.failed;
  }
}

function megabytes(pages: number): string {
  return `${((pages * PAGE_BYTES) / 1_000_000).toFixed(1)} MB`;
}
