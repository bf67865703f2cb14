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

/** The separators a CSV export can use: Dutch Excel expects ";", English Excel ",". */
export const CSV_SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** The scenario's injects as a table: the header row in the scenario's language, then one row per inject. */
export function mselTable(scenario: Scenario): string[][] {
  const dutch = isDutch(scenario.language);
  const header = MSEL_COLUMNS.map((column) => (dutch ? column.nl : column.en));
  const rows = scenario.injects.map((inject) => {
    const cells = injectCells(inject);
    return MSEL_COLUMNS.map((column) => cells[column.key]);
  });
  return [header, ...rows];
}

/** The separator spreadsheet programs expect in the scenario's language: ";" for Dutch (where "," is the decimal comma), "," otherwise. */
export function defaultSeparator(scenario: Scenario): CsvSeparator {
  return isDutch(scenario.language) ? ';' : ',';
}

/**
 * The scenario's injects as a CSV master scenario events list: one row per inject, headers in the
 * scenario's language, separated as that language's Excel expects unless told otherwise, UTF-8
 * with a byte order mark and CRLF line ends so spreadsheet programs open it as they save it.
 */
export function exportMsel(scenario: Scenario, separator: CsvSeparator = defaultSeparator(scenario)): string {
  const quoted = /[",;\t\r\n]/;
  return `\uFEFF${Papa.unparse(mselTable(scenario), { delimiter: separator, newline: '\r\n', escapeFormulae: true, quotes: (value) => typeof value === 'string' && quoted.test(value) })}\r\n`;
}
