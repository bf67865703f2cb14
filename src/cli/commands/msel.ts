import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatMessage, loadScenario } from '../../scenario/index.ts';
import { exportMsel, importMsel, withInjects } from '../../scenario/msel/index.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const MSEL_HELP = `Usage: samenspel msel export SCENARIO > msel.csv
       samenspel msel import MSEL.csv --into BASE_SCENARIO > scenario.yaml

Takes a scenario's injects out to a spreadsheet (the master scenario events list, MSEL) and
brings an edited one back in.

export  writes one CSV row per inject: event no., time, from, to, channel, title, message,
        expected actions, discussion questions, decision, decided by, options, facilitator
        notes. Lists sit one item per line inside a cell. Headers follow the scenario's
        language; UTF-8 with a byte order mark, so spreadsheet programs open it correctly.
import  reads such a file (comma or semicolon separated, with or without a byte order mark,
        quoted cells across lines) and prints BASE_SCENARIO with its injects replaced by the
        rows, validated. Problems are reported with their row and column.

Options:
  --into BASE   the scenario whose agencies, tasks, events... the injects join (import)
  -h, --help    show this help`;

const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** `samenspel msel export|import`: MSEL spreadsheets in and out. */
export function mselCommand(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { into: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    out(MSEL_HELP);
    return EXIT.ok;
  }
  const [verb, file, ...extra] = positionals;
  if (extra.length > 0 || file === undefined) throw new UsageError('name one file: msel export SCENARIO, or msel import MSEL.csv --into BASE');
  if (verb === 'export') return exportCommand(file, out, err);
  if (verb === 'import') {
    if (values.into === undefined) throw new UsageError('msel import needs --into BASE_SCENARIO');
    return importCommand(file, values.into, out, err);
  }
  throw new UsageError(`unknown msel command "${verb}"; use export or import`);
}

function exportCommand(file: string, out: (text: string) => void, err: (text: string) => void): number {
  const loaded = readScenarioFile(file);
  if (!loaded.ok) {
    loaded.messages.forEach((message) => err(formatMessage(message)));
    return EXIT.failed;
  }
  out(exportMsel(loaded.scenario).replace(/\r\n$/, ''));
  return EXIT.ok;
}

function importCommand(csvFile: string, baseFile: string, out: (text: string) => void, err: (text: string) => void): number {
  let csv: string;
  try {
    if (statSync(csvFile).size > MAX_CSV_BYTES) {
      err(`samenspel msel: ${csvFile} is larger than 5 MiB`);
      return EXIT.failed;
    }
    csv = readFileSync(csvFile, 'utf8');
  } catch {
    err(`samenspel msel: cannot read ${csvFile}: no such file`);
    return EXIT.failed;
  }
  const base = readScenarioFile(baseFile);
  if (!base.ok) {
    base.messages.forEach((message) => err(formatMessage(message)));
    err(`samenspel msel: the base scenario ${baseFile} has errors; fix them first`);
    return EXIT.failed;
  }
  const imported = importMsel(csv);
  if (!imported.ok) {
    imported.problems.forEach((problem) => err(`${csvFile}:row ${problem.row}${problem.column ? `, column "${problem.column}"` : ''}: ${problem.message}`));
    return EXIT.failed;
  }

  const text = withInjects(readFileSync(baseFile, 'utf8'), imported.injects);
  const result = loadScenario(text, baseFile);
  // Findings about an inject belong to its spreadsheet row; the rest to the scenario.
  const located = result.messages.map((message) => {
    const index = /^injects\[(\d+)\]/.exec(message.path)?.[1];
    const row = index === undefined ? undefined : imported.rows[Number(index)];
    return row === undefined ? formatMessage(message) : `${csvFile}:row ${row}: ${message.severity} ${message.code} ${message.path}: ${message.message}`;
  });
  located.forEach((line) => err(line));
  if (!result.ok) return EXIT.failed;
  out(text.trimEnd());
  return EXIT.ok;
}
