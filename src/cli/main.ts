import { readFileSync } from 'node:fs';
import { backupCommand, BACKUP_HELP } from './commands/backup.ts';
import { mselCommand, MSEL_HELP } from './commands/msel.ts';
import { organiserCommand, ORGANISER_HELP } from './commands/organiser.ts';
import { purgeCommand, PURGE_HELP } from './commands/purge.ts';
import { reportCommand, REPORT_HELP } from './commands/report.ts';
import { restoreCommand, RESTORE_HELP } from './commands/restore.ts';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.ts';
import { serveCommand, SERVE_HELP } from './commands/serve.ts';
import { simulateCommand, SIMULATE_HELP } from './commands/simulate.ts';
import { validateCommand, VALIDATE_HELP } from './commands/validate.ts';
import { EXIT, UsageError } from './usageError.ts';

type Output = (text: string) => void;
type Command = (args: string[], out: Output, err: Output) => number | Promise<number>;

const COMMANDS: Record<string, { summary: string; run: Command; help: string }> = {
  validate: { summary: 'check scenario files and list their errors and paper gaps', run: validateCommand, help: VALIDATE_HELP },
  simulate: { summary: 'play a scenario headlessly with an action script and print the debrief', run: simulateCommand, help: SIMULATE_HELP },
  serve: { summary: 'run the live exercise server with the browser client', run: serveCommand, help: SERVE_HELP },
  report: { summary: 'print the debrief of an exercise the server stored (json, md, html, csv, pdf)', run: reportCommand, help: REPORT_HELP },
  backup: { summary: 'copy the server\'s database into a backup file, also while it runs', run: backupCommand, help: BACKUP_HELP },
  restore: { summary: 'make a backup the database of a data folder (server stopped)', run: restoreCommand, help: RESTORE_HELP },
  organiser: { summary: 'add an organiser account for a server with --organisers accounts', run: organiserCommand, help: ORGANISER_HELP },
  purge: { summary: 'remove the exercises that ended before a date, with their personal data', run: purgeCommand, help: PURGE_HELP },
  msel: { summary: 'export injects to an MSEL spreadsheet (xlsx or CSV) or import them from one', run: mselCommand, help: MSEL_HELP },
  schema: { summary: 'print the JSON Schema of the scenario format', run: schemaCommand, help: SCHEMA_HELP },
};

export const MAIN_HELP = `Usage: samenspel COMMAND [options]

Samenspel simulates multi-agency tabletop exercises and shows where tasks and authorities were
unclear in practice compared with the plan on paper.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "samenspel COMMAND --help" for the options of a command, "samenspel --version" for the version.`;

/** The version of this Samenspel, as its package.json states it. */
export function version(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return packageJson.version;
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: string[], out: Output = console.log, err: Output = console.error): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? err : out)(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    out(`samenspel ${version()}`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`samenspel: unknown command "${name}"\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, out, err);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      err(`samenspel ${name}: ${(error as Error).message}\nRun "samenspel ${name} --help" for usage.`);
      return EXIT.usage;
    }
    err(`samenspel ${name}: ${(error as Error).message ?? String(error)}`);
    return EXIT.failed;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
