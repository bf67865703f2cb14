import Papa from 'papaparse';
import { formatDuration } from '../../shared/duration.ts';
import { isDutch } from '../../shared/language.ts';
import { levelExpectations, taskExpectations } from '../expectations.ts';
import type { Inject, Scenario } from '../schema.ts';
import { MSEL_COLUMNS, type MselColumnKey } from './mselColumns.ts';

/** The cells of one inject, in the spreadsheet's own notation (lists one item per line). */
export function injectCells(inject: Inject): Record<MselColumnKey, string> {
  return {
    id: inject.id,
    time: formatDuration(inject.at),
    from: inject.from ?? '',
    to: (inject.to ?? []).join(', '),
    channel: inject.channel,
    title: inject.title,
    message: inject.body ?? '',
    expects: taskExpectations(inject).map((e) => withDeadline(e.task, e.within)).join('\n'),
    expectedLevels: levelExpectations(inject).map((e) => withDeadline(e.level, e.within)).join('\n'),
    questions: (inject.questions ?? []).join('\n'),
    decision: inject.decision?.prompt ?? '',
    decidedBy: inject.decision?.by ?? '',
    options: (inject.decision?.options ?? []).map((o) => `${o.id}: ${o.label}${o.uses === undefined ? '' : ` [uses: ${o.uses}]`}`).join('\n'),
    notes: inject.facilitatorNotes ?? '',
  };
}

/** One expectation as a spreadsheet line: `contact-beheerder` or `strategic within 15m`. */
function withDeadline(what: string, within: number | undefined): string {
  return within === undefined ? what : `${what} within ${formatDuration(within)}`;
}

/**
 * The scenario's injects as a CSV master scenario events list: one row per inject, headers in the
 * scenario's language, UTF-8 with a byte order mark and CRLF line ends so spreadsheet programs
 * open it as they save it.
 */
export function exportMsel(scenario: Scenario): string {
  const dutch = isDutch(scenario.language);
  const header = MSEL_COLUMNS.map((column) => (dutch ? column.nl : column.en));
  const rows = scenario.injects.map((inject) => {
    const cells = injectCells(inject);
    return MSEL_COLUMNS.map((column) => cells[column.key]);
  });
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true, quotes: (value) => typeof value === 'string' && /[",;\r\n]/.test(value) })}\r\n`;
}
