import { writeFileSync } from 'node:fs';
import { UsageError } from './usageError.ts';

/** The `--out FILE` option of the commands that print a report or an export. */
export const OUT_OPTION = { out: { type: 'string' } } as const;

/** Refuses to print a PDF's bytes onto a terminal, where they would only garble the screen. */
export function checkReportDestination(format: string, outFile: string | undefined): void {
  if (format === 'pdf' && outFile === undefined && process.stdout.isTTY === true) {
    throw new UsageError('a PDF is binary: redirect it to a file (> report.pdf) or name one with --out FILE');
  }
}

/**
 * Writes a command's output where it was asked for: into `outFile`, else to standard output, text
 * through `out` (which ends the line) and binary bytes (a PDF, a workbook) as they are. Text goes
 * to a file as it would to the terminal, ending in one line end of its own kind (CRLF for a CSV).
 * False, after saying why through `err`, when the file cannot be written.
 */
export function writeOutput(body: string | Uint8Array, outFile: string | undefined, out: (text: string) => void, err: (text: string) => void, command: string): boolean {
  if (outFile === undefined) {
    if (typeof body === 'string') out(body);
    else process.stdout.write(body);
    return true;
  }
  try {
    writeFileSync(outFile, typeof body === 'string' ? withLineEnd(body) : body);
    return true;
  } catch (error) {
    err(`samenspel ${command}: cannot write ${outFile}: ${(error as Error).message}`);
    return false;
  }
}

function withLineEnd(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
