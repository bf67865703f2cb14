import { parseArgs } from 'node:util';
import { formatByContent, formatMessage, loadScenario, MAX_SCENARIO_BYTES } from '../../scenario/index.ts';
import { defaultSeparator, exportMsel, importMselFile, withInjects, writeMselWorkbook, type CsvSeparator, type MselProblem, type SpreadsheetLibrary } from '../../scenario/msel/index.ts';
import { writeOutput } from '../commandOutput.ts';
import { readInput } from '../readInput.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const MSEL_HELP = `Usage: samenspel msel export SCENARIO [--format csv|xlsx] [--separator ,|;|tab] [--out FILE]
       samenspel msel import MSEL --into BASE_SCENARIO > scenario.yaml

Takes a scenario's injects out to a spreadsheet (the master scenario events list, MSEL) and
brings an edited one back in.

export  writes one row per inject: event no., time, from, to, channel, title, message,
        expected actions, expected levels, discussion questions, decision, decided by,
        options, facilitator notes. Lists sit one item per line inside a cell; times are text
        in the scenario's notation ("1h30m"). Headers follow the scenario's language.
        CSV is UTF-8 with a byte order mark and CRLF line ends, separated by ";" for a Dutch
        scenario (as Dutch Excel expects) and "," otherwise; xlsx is an Excel workbook.
import  reads such a file, .xlsx or CSV (found from its content: comma, semicolon or tab
        separated; UTF-8, UTF-16 or Windows-1252 as Excel saves it; columns in any order)
        and prints BASE_SCENARIO with only its injects replaced by the rows: every other
        line of the base stays as written. The result is validated; problems are reported
        with their row and column. SCENARIO, MSEL or BASE "-" reads standard input.

Options:
  --into BASE         the scenario whose agencies, tasks, events... the injects join (import)
  --format csv|xlsx   the export's format (default csv, or xlsx when --out ends in .xlsx)
  --separator S       the CSV separator: "," ";" or "tab" (default by the scenario's language)
  --out FILE          write the export to FILE instead of standard output (needed for xlsx)
  -h, --help          show this help`;

const MAX_MSEL_BYTES = 5 * 1024 * 1024;
const SEPARATORS: Record<string, CsvSeparator> = { ',': ',', ';': ';', tab: '\t' };

/** exceljs, loaded when a workbook is read or written. */
const loadSpreadsheetLibrary = async (): Promise<SpreadsheetLibrary> => (await import('exceljs')).default;

/** `samenspel msel export|import`: MSEL spreadsheets in and out. */
export async function mselCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      into: { type: 'string' },
      format: { type: 'string' },
      separator: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(MSEL_HELP);
    return EXIT.ok;
  }
  const [verb, file, ...extra] = positionals;
  if (extra.length > 0 || file === undefined) throw new UsageError('name one file: msel export SCENARIO, or msel import MSEL --into BASE');
  if (verb === 'export') {
    const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be csv or xlsx, not "${format}"`);
    if (format === 'xlsx' && values.out === undefined) throw new UsageError('an xlsx workbook is binary: name the file to write with --out FILE.xlsx');
    if (format === 'xlsx' && values.separator !== undefined) throw new UsageError('--separator applies to CSV only');
    const separator = values.separator === undefined ? undefined : SEPARATORS[values.separator];
    if (values.separator !== undefined && separator === undefined) throw new UsageError(`--separator must be "," ";" or "tab", not "${values.separator}"`);
    return exportCommand(file, { format, separator, outFile: values.out }, out, err);
  }
  if (verb === 'import') {
    if (values.into === undefined) throw new UsageError('msel import needs --into BASE_SCENARIO');
    if (file === '-' && values.into === '-') throw new UsageError('standard input can feed the spreadsheet or the base scenario, not both; name a file for one of them');
    if (values.format !== undefined || values.separator !== undefined || values.out !== undefined) throw new UsageError('msel import finds the format itself; --format, --separator and --out are for export');
    return importCommand(file, values.into, out, err);
  }
  throw new UsageError(`unknown msel command "${verb}"; use export or import`);
}

interface ExportOptions {
  format: 'csv' | 'xlsx';
  separator: CsvSeparator | undefined;
  outFile: string | undefined;
}

async function exportCommand(file: string, options: ExportOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const loaded = readScenarioFile(file);
  if (!loaded.ok) {
    loaded.messages.forEach((message) => err(formatMessage(message)));
    return EXIT.failed;
  }
  const scenario = loaded.scenario;
  const exported = options.format === 'xlsx' ? await writeMselWorkbook(await loadSpreadsheetLibrary(), scenario) : exportMsel(scenario, options.separator ?? defaultSeparator(scenario));
  const text = typeof exported === 'string' && options.outFile === undefined ? exported.replace(/\r\n$/, '') : exported;
  return writeOutput(text, options.outFile, out, err, 'msel') ? EXIT.ok : EXIT.failed;
}

async function importCommand(mselFile: string, baseFile: string, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const msel = readInput(mselFile, MAX_MSEL_BYTES);
  if (!msel.ok) {
    err(`samenspel msel: ${msel.message}`);
    return EXIT.failed;
  }
  const base = readInput(baseFile, MAX_SCENARIO_BYTES);
  if (!base.ok) {
    err(`samenspel msel: ${base.message}`);
    return EXIT.failed;
  }
  const imported = await importMselFile(msel.bytes, loadSpreadsheetLibrary);
  if (!imported.ok) {
    imported.problems.forEach((problem) => err(`${msel.name}:${located(problem)}`));
    return EXIT.failed;
  }

  // The base is checked together with the injects it receives: its events may name injects only the spreadsheet brings.
  const written = withInjects(base.bytes.toString('utf8'), imported.injects);
  if (!written.ok) {
    err(`samenspel msel: ${base.name}: ${written.message}`);
    return EXIT.failed;
  }
  const result = loadScenario(written.text, base.name, baseFile === '-' ? formatByContent(base.bytes) : undefined);
  // Findings about an inject belong to its spreadsheet row; the rest to the scenario.
  for (const message of result.messages) {
    const index = /^injects\[(\d+)\]/.exec(message.path)?.[1];
    const row = index === undefined ? undefined : imported.rows[Number(index)];
    err(row === undefined ? formatMessage({ ...message, line: written.baseLine(message.line) }) : `${msel.name}:row ${row}: ${message.severity} ${message.code} ${message.path}: ${message.message}`);
  }
  if (!result.ok) return EXIT.failed;
  out(written.text.trimEnd());
  return EXIT.ok;
}

/** Where a problem sits, as "row 3, column "Tijd": …", or just what it is when it concerns the whole file. */
function located(problem: MselProblem): string {
  if (problem.row === undefined) return ` ${problem.message}`;
  return `row ${problem.row}${problem.column ? `, column "${problem.column}"` : ''}: ${problem.message}`;
}
