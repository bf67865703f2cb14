import { importMselFile, withInjects, writeMselWorkbook, type MselProblem, type SpreadsheetLibrary } from '../../../scenario/msel/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';

/** An MSEL spreadsheet brought into the scenario: the new text, or the rows and columns that are wrong. */
export type MselImportResult = { ok: true; text: string; injects: number } | { ok: false; problems: MselProblem[] };

/** The spreadsheet formats the studio writes. */
export type MselFormat = 'csv' | 'xlsx';

/** exceljs is fetched only when a user exports or imports a workbook: it stays out of every other page's bundle. */
const loadSpreadsheetLibrary = async (): Promise<SpreadsheetLibrary> => (await import('exceljs')).default;

/** The scenario text with only its injects replaced by the rows of an MSEL spreadsheet (.xlsx or CSV), everything else kept as written. */
export async function importMselInto(baseText: string, file: Uint8Array): Promise<MselImportResult> {
  const imported = await importMselFile(file, loadSpreadsheetLibrary);
  if (!imported.ok) return imported;
  const written = withInjects(baseText, imported.injects);
  if (!written.ok) return { ok: false, problems: [{ message: written.message }] };
  return { ok: true, text: written.text, injects: imported.injects.length };
}

/** The scenario's injects as an .xlsx workbook's bytes. */
export async function mselWorkbook(scenario: Scenario): Promise<Uint8Array<ArrayBuffer>> {
  return writeMselWorkbook(await loadSpreadsheetLibrary(), scenario);
}

/** The file name of a scenario's MSEL export. */
export function mselFileName(scenarioId: string, format: MselFormat): string {
  return `${scenarioId}.msel.${format}`;
}
