import { writeFileSync } from 'node:fs';
import { UsageError } from './usageError.ts';

/** The `--out FILE` option of the commands that print a report. */
export const OUT_OPTION = { out: { type: 'string' } } as const;

/** Refuses to print a PDF's bytes onto a terminal, where they would only garble the screen. */
export function checkReportDestination(format: string, outFile: string | undefined): void {
  if (format === 'pdf' && outFile === undefined && process.stdout.isTTY === true) {
    throw new UsageError('a PDF is binary: redirect it to a file (> report.pdf) or name one with --out FILE');
  }
}

/**
 * Writes a report where it was asked for: into `outFile`, else to standard output, text through
 * `out` and a PDF's bytes as they are. False, after saying why through `err`, when the file cannot be written.
 */
export function writeReport(body: string | Uint8Array, outFile: string | undefined, out: (text: string) => void, err: (text: string) => void, command: string): boolean {
  if (outFile === undefined) {
    if (typeof body === 'string') out(body);
    else process.stdout.write(body);
    return true;
  }
  try {
    writeFileSync(outFile, typeof body === 'string' ? `${body}\n` : body);
    return true;
  } catch (error) {
    err(`samenspel ${command}: cannot write ${outFile}: ${(error as Error).message}`);
    return false;
  }
}
