export { exportMsel, injectCells } from './exportMsel.ts';
export { importMsel, type MselImport, type MselProblem } from './importMsel.ts';
export { MSEL_COLUMNS, columnForHeader, type MselColumnKey } from './mselColumns.ts';
export { withInjects } from './withInjects.ts';
