import { parseArgs } from 'node:util';
import { formatMessage, type ScenarioMessage } from '../../scenario/index.ts';
import { STDIN_NAME } from '../readInput.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const VALIDATE_HELP = `Usage: samenspel validate FILE... [--format text|json]

Checks scenario files (YAML or JSON): the format, every reference, timing, and the paper gaps
in the plan (reported as warnings). Prints one line per finding as
  file:line:col severity code path: message
and a summary line. FILE "-" reads standard input (YAML or JSON, told apart by the content).

Options:
  --format text|json   output format (default text)
  -h, --help           show this help

Exit status: 0 when no file has errors (warnings allowed), 1 when any file has errors,
2 on bad usage.`;

interface FileReport {
  file: string;
  ok: boolean;
  errors: number;
  warnings: number;
  messages: ScenarioMessage[];
}

/** `samenspel validate`: checks each file and reports its findings. */
export function validateCommand(args: string[], out: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    out(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('name at least one scenario file to validate');
  if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read once; name it one time');

  const reports = positionals.map((file): FileReport => {
    const result = readScenarioFile(file);
    const errors = result.messages.filter((message) => message.severity === 'error').length;
    return { file: file === '-' ? STDIN_NAME : file, ok: errors === 0, errors, warnings: result.messages.length - errors, messages: result.messages };
  });
  const errors = reports.reduce((sum, report) => sum + report.errors, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);

  if (values.format === 'json') {
    out(JSON.stringify({ ok: errors === 0, errors, warnings, files: reports }, null, 2));
  } else {
    for (const report of reports) report.messages.forEach((message) => out(formatMessage(message)));
    const failed = reports.filter((report) => !report.ok).length;
    const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'} checked`;
    const verdict = failed === 0 ? 'all valid' : `${failed} with errors`;
    out(`${files}, ${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  return errors === 0 ? EXIT.ok : EXIT.failed;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
