import { decodeSpreadsheetText } from './decodeSpreadsheetText.ts';
import { importMsel, injectsFromTable, type MselImport } from './importMsel.ts';
import { isWorkbook, readMselWorkbook, type SpreadsheetLibrary } from './mselWorkbook.ts';

/**
 * An MSEL file as the planner saved it, whatever its format: an .xlsx workbook (known by its ZIP
 * signature; the spreadsheet library is loaded only then) or CSV text in UTF-8, UTF-16 or
 * Windows-1252. Problems name their row and column, or the line of bytes that is no text.
 */
export async function importMselFile(bytes: Uint8Array, loadLibrary: () => Promise<SpreadsheetLibrary>): Promise<MselImport> {
  if (isWorkbook(bytes)) {
    const read = await readMselWorkbook(await loadLibrary(), bytes);
    return read.ok ? injectsFromTable(read.table) : { ok: false, problems: [{ message: read.message }] };
  }
  const decoded = decodeSpreadsheetText(bytes);
  return decoded.ok ? importMsel(decoded.text) : { ok: false, problems: [{ message: decoded.message }] };
}
