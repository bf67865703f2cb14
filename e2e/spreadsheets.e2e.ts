import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, PHONE, launchChromium, openPerson, type Person } from './support/browser.ts';

// The studio's MSEL workbook in a real browser on the real client build: exceljs is fetched
// only when the author exports or imports a workbook, never by a participant's page, and a
// workbook it writes comes back in as the same injects.

const SAVE_BUTTON = 'Download the scenario file';
const baseUrl = inject('baseUrl');
let browser: Browser;
let author: Person;

/** The script files a page fetched. */
function scriptsOf(person: Person): string[] {
  const scripts: string[] = [];
  person.page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

const isSpreadsheetLibrary = (path: string) => /exceljs/i.test(path);

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  author = await openPerson(browser, baseUrl, LAPTOP);
});

afterAll(async () => {
  await browser?.close();
});

describe('MSEL workbooks in the studio', () => {
  it('a participant joining on a phone never fetches the spreadsheet library', async () => {
    const participant = await openPerson(browser, baseUrl, PHONE);
    const scripts = scriptsOf(participant);
    await participant.page.goto('/join/ABCD-1234');
    await participant.page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(isSpreadsheetLibrary)).toEqual([]);
    expect(participant.errors).toEqual([]);
    await participant.context.close();
  });

  it('exports the injects as an .xlsx workbook, fetching exceljs only then, and imports it back', async () => {
    const { page } = author;
    const scripts = scriptsOf(author);
    await page.goto('/author');
    const exportButton = page.getByRole('button', { name: 'Export the injects as an Excel workbook' });
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter(isSpreadsheetLibrary)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.msel\.xlsx$/);
    expect(scripts.filter(isSpreadsheetLibrary)).toHaveLength(1);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('the workbook has no sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('Event no.');
    const rows = sheet.rowCount - 1;
    expect(rows).toBeGreaterThan(0);
    sheet.getRow(2).getCell(6).value = 'Changed in Excel: café ‘t Hoekje';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByLabel('Import injects from a spreadsheet (.xlsx or CSV)').setInputFiles({ name: 'msel.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'imported into the editor' }).textContent()).toBe(`${rows} ${rows === 1 ? 'inject' : 'injects'} imported into the editor.`);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: SAVE_BUTTON }).click()]);
    expect(readFileSync(await saved.path(), 'utf8')).toContain('Changed in Excel: café ‘t Hoekje');
    expect(author.errors).toEqual([]);
  });
});
