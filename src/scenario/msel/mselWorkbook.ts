import { formatDuration } from '../../shared/duration.ts';
import type { Scenario } from '../schema.ts';
import { mselTable } from './exportMsel.ts';

/**
 * The part of a spreadsheet library (exceljs) that MSEL workbooks need. The library itself is
 * handed in by the edge that uses it: the CLI imports it, the studio fetches it only when a user
 * exports or imports a workbook, so this mapping stays free of I/O and the participants' bundle
 * does not carry it.
 */
export interface SpreadsheetLibrary {
  Workbook: new () => SpreadsheetWorkbook;
}

interface SpreadsheetWorkbook {
  addWorksheet(name: string, options?: { views?: { state: 'frozen'; ySplit: number }[] }): SpreadsheetSheet;
  worksheets: SpreadsheetSheet[];
  xlsx: { writeBuffer(): Promise<ArrayBuffer>; load(data: ArrayBuffer): Promise<unknown> };
}

interface SpreadsheetSheet {
  addRow(values: string[]): unknown;
  getRow(index: number): { font: unknown; getCell(index: number): SpreadsheetCell; cellCount: number };
  getColumn(index: number): { width?: number; alignment?: unknown; numFmt?: string };
  rowCount: number;
}

interface SpreadsheetCell {
  value: unknown;
  text: string;
}

/** The first bytes of every ZIP file, and so of every .xlsx workbook. */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const WIDEST_COLUMN = 60;

/**
 * The scenario's injects as an .xlsx workbook: one sheet, the header row frozen and bold, every
 * cell text (times in the scenario's own notation, never date serials), lists one item per line
 * with wrapped text.
 */
export async function writeMselWorkbook(library: SpreadsheetLibrary, scenario: Scenario): Promise<Uint8Array<ArrayBuffer>> {
  const table = mselTable(scenario);
  const workbook = new library.Workbook();
  const sheet = workbook.addWorksheet('MSEL', { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  table[0]?.forEach((_, index) => {
    const column = sheet.getColumn(index + 1);
    const longestLine = Math.max(...table.flatMap((row) => (row[index] ?? '').split('\n').map((line) => line.length)));
    column.width = Math.min(WIDEST_COLUMN, Math.max(8, longestLine + 2));
    column.alignment = { wrapText: true, vertical: 'top' };
    column.numFmt = '@';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel counts days from 30 December 1899; a time typed into a cell it formats as a time comes back as a date. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The first sheet of an .xlsx workbook as a table of texts, row by row as the sheet numbers them
 * (so problems name the row the planner sees). A cell Excel turned into a time reads as that time.
 */
export async function readMselWorkbook(library: SpreadsheetLibrary, bytes: Uint8Array): Promise<{ ok: true; table: string[][] } | { ok: false; message: string }> {
  const workbook = new library.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    return { ok: false, message: `the file is not an .xlsx workbook that can be read: ${String((error as Error).message ?? error).split('\n')[0]}` };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { ok: false, message: 'the workbook has no sheet' };
  const width = sheet.getRow(1).cellCount;
  const table: string[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    table.push(Array.from({ length: width }, (_, column) => cellText(row.getCell(column + 1))));
  }
  return { ok: true, table };
}

function cellText(cell: SpreadsheetCell): string {
  if (cell.value instanceof Date) return formatDuration((cell.value.getTime() - EXCEL_EPOCH) / 1000);
  return cell.text ?? '';
}
