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
  if (isOldExcelWorkbook(bytes)) return { ok: false, problems: [{ message: 'this is an old Excel workbook (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that' }] };
  const decoded = decodeSpreadsheetText(bytes);
  return decoded.ok ? importMsel(decoded.text) : { ok: false, problems: [{ message: decoded.message }] };
}

/** The first bytes of an OLE compound file, the format of Excel 97–2003 workbooks (.xls). */
function isOldExcelWorkbook(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);
}
