import { importMsel, withInjects, type MselProblem } from '../../../scenario/msel/index.ts';

/** An MSEL spreadsheet brought into the scenario: the new text, or the rows and columns that are wrong. */
export type MselImportResult = { ok: true; text: string; injects: number } | { ok: false; problems: MselProblem[] };

/** The scenario text with its injects replaced by the rows of an MSEL spreadsheet (CSV), everything else kept as written. */
export function importMselInto(baseText: string, csv: string): MselImportResult {
  const imported = importMsel(csv);
  if (!imported.ok) return imported;
  return { ok: true, text: withInjects(baseText, imported.injects), injects: imported.injects.length };
}

/** The file name of a scenario's MSEL export. */
export function mselFileName(scenarioId: string): string {
  return `${scenarioId}.msel.csv`;
}
