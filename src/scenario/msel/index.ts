export { CSV_SEPARATORS, defaultSeparator, exportMsel, injectCells, mselTable, type CsvSeparator } from './exportMsel.ts';
export { MSEL_COLUMNS, columnForHeader, headerLanguage, type MselColumnKey } from './mselColumns.ts';
export { decodeSpreadsheetText, type DecodedText } from './decodeSpreadsheetText.ts';
export { importMsel, injectsFromTable, type MselImport, type MselProblem } from './importMsel.ts';
export { importMselFile } from './importMselFile.ts';
export { isWorkbook, readMselWorkbook, writeMselWorkbook, type SpreadsheetLibrary } from './mselWorkbook.ts';
export { withInjects, type WithInjects } from './withInjects.ts';
