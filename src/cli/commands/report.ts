import { parseArgs } from 'node:util';
import { isReportFormat, REPORT_FORMATS } from '../../analysis/index.ts';
import { renderReportFile } from '../../server/reportFile.ts';
import { readStoredRun } from '../../server/storedRun.ts';
import { openCommandStorage } from '../openCommandStorage.ts';
import { databaseUrlOf, storeOption } from '../storeOption.ts';
import { checkReportDestination, OUT_OPTION, writeOutput } from '../commandOutput.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const REPORT_HELP = `Usage: samenspel report SESSION_ID [--data DIR | --store URL] [--format json|md|html|csv|pdf] [--out FILE]

Prints the debrief report of an exercise stored by "samenspel serve": the gaps, cooperation,
timeline, and the facilitator's ratings and improvement plan when recorded. The session id is
the one in the facilitator's link (/facilitate/SESSION_ID).

Options:
  --data DIR       the server's data folder (env DATA_DIR, default ./data)
  --store URL      the server's PostgreSQL store (postgres://user:password@host/db) instead
                   of the SQLite file in --data (env DATABASE_URL)
  --format FORMAT  json (default), md, html (a standalone report that prints on A4), csv
                   or pdf (the after-action report as an A4 document)
  --out FILE       write the report into FILE instead of standard output
  -h, --help       show this help

A server holds its SQLite database exclusively while it runs: stop it first, or export from the
debrief screen instead. A PostgreSQL store may be read while its servers run.`;

/** `samenspel report`: the debrief of a stored session, from the server's database. */
export async function reportCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      format: { type: 'string', default: 'json' },
      ...OUT_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(REPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('name exactly one session id');
  if (!isReportFormat(values.format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`);
  checkReportDestination(values.format, values.out);
  const [sessionId] = positionals as [string];

  const databaseUrl = databaseUrlOf(values.store);
  const storage = await openCommandStorage('report', { dataDir: values.data, databaseUrl }, err);
  if (storage === undefined) return EXIT.failed;
  try {
    const run = await readStoredRun(storage.sessions, sessionId);
    if (run === undefined) {
      err(`samenspel report: there is no session ${sessionId} in ${databaseUrl === undefined ? values.data : 'the PostgreSQL store'}`);
      return EXIT.failed;
    }
    if (typeof run === 'string') {
      err(`samenspel report: ${run}`);
      return EXIT.failed;
    }
    const body = await renderReportFile(values.format, run.report, run.scenario, run.notes, run.facts);
    return writeOutput(body, values.out, out, err, 'report') ? EXIT.ok : EXIT.failed;
  } finally {
    await storage.close();
  }
}
