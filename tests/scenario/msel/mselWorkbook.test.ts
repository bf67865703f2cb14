import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadValidScenario } from '../../support/loadValidScenario.ts';
import { importMselFile, isWorkbook, withInjects, writeMselWorkbook, type SpreadsheetLibrary } from '../../../src/scenario/msel/index.ts';

const folder = join(import.meta.dirname, '../../../scenarios');
const exceljs = (): Promise<SpreadsheetLibrary> => Promise.resolve(ExcelJS);

const load = loadValidScenario;

describe('MSEL workbooks (.xlsx)', () => {
  for (const file of ['kempenhoeve.yaml', 'ransomware.yaml', 'quickstart.yaml']) {
    it(`scenario → xlsx → scenario gives back the same injects for ${file}`, async () => {
      const text = readFileSync(join(folder, file), 'utf8');
      const original = load(text, file);
      const bytes = await writeMselWorkbook(ExcelJS, original);
      expect(isWorkbook(bytes)).toBe(true);
      const imported = await importMselFile(bytes, exceljs);
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      const written = withInjects(text, imported.injects);
      if (!written.ok) throw new Error(written.message);
      expect(load(written.text, file).injects).toEqual(original.injects);
    });
  }

  it('writes every cell as text, times in the scenario notation and lists one item per line with wrapped text', async () => {
    const scenario = load(readFileSync(join(folder, 'kempenhoeve.yaml'), 'utf8'), 'kempenhoeve.yaml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeMselWorkbook(ExcelJS, scenario)).buffer);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(2).value).toBe('Tijd');
    const listed = scenario.injects.findIndex((inject) => (inject.questions ?? []).length > 1);
    const row = sheet.getRow(listed + 2);
    expect(typeof row.getCell(2).value).toBe('string');
    expect(row.getCell(2).value).toMatch(/^\d+[hms]/);
    expect(row.getCell(10).value).toBe(scenario.injects[listed]?.questions?.join('\n'));
    expect(row.getCell(10).alignment).toMatchObject({ wrapText: true });
    expect(row.getCell(2).numFmt).toBe('@');
  });

  it('reads a time Excel turned into a time of day as that time, and names the rows of the sheet in its problems', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Draaiboek');
    sheet.addRow(['Nr.', 'Tijd', 'Titel']);
    sheet.addRow(['i1', new Date(Date.UTC(1899, 11, 30, 1, 30)), 'Melding']);
    sheet.addRow([]);
    sheet.addRow(['i2', 'straks', 'Later']);
    sheet.getCell('B2').numFmt = 'h:mm';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await importMselFile(bytes, exceljs)).toEqual({ ok: false, problems: [{ row: 4, column: 'Tijd', message: expect.stringContaining('"straks" is not a time') }] });
    sheet.getCell('B4').value = '2h';
    const fixed = await importMselFile(new Uint8Array(await workbook.xlsx.writeBuffer()), exceljs);
    expect(fixed.ok && fixed.injects.map((inject) => inject.at)).toEqual(['1h30m', '2h']);
  });

  it('refuses an old .xls workbook with what to save it as instead', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await importMselFile(xls, exceljs)).toEqual({ ok: false, problems: [{ message: 'this is an old Excel workbook (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that' }] });
  });

  it('refuses a ZIP file that is no workbook with a reason', async () => {
    const notWorkbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const result = await importMselFile(notWorkbook, exceljs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^the file is not an \.xlsx workbook that can be read: /);
  });
});
