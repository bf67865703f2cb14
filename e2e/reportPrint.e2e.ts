import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderReport } from '../src/analysis/index.ts';
import { defaultDebrief, DEFAULT_NOTES } from '../tests/support/defaultDebrief.ts';
import { pdfPages, type PdfPage } from '../tests/support/pdfPages.ts';
import { launchChromium } from './support/browser.ts';

// The standalone HTML report of the default scenario, printed by Chromium to PDF as a reader's
// "Print" would: A4 pages, and no table row cut in two by a page break. A row counts as whole
// when one page holds all of its text.

const { scenario, report } = defaultDebrief();
const HTML = renderReport('html', report, scenario, DEFAULT_NOTES, { heldOn: '2026-03-18' });

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Text without any white space, so line wrapping inside a cell does not matter. */
const squeezed = (text: string) => text.replace(/\s+/gu, '');

/** Prints `html` and answers the printed pages, and the table rows no single page holds whole. */
async function print(html: string): Promise<{ pages: PdfPage[]; rows: number; split: string[] }> {
  await page.setContent(html, { waitUntil: 'load' });
  const rows = await page.$$eval('tbody tr', (found) => found.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.innerText).join(' ')));
  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const printed = pages.map((one) => squeezed(one.text));
  return { pages, rows: rows.length, split: rows.filter((row) => !printed.some((text) => text.includes(squeezed(row)))) };
}

describe('the HTML report printed from Chromium', () => {
  it('prints on A4 pages, the cover alone on the first, with page numbers', async () => {
    const { pages } = await print(HTML);
    expect(pages.length).toBeGreaterThan(5);
    for (const one of pages) expect([Math.round(one.width), Math.round(one.height)]).toEqual([595, 842]);
    expect(pages[0]?.text).toContain('Actiedag Kempenhoeve');
    expect(pages[0]?.text).not.toContain('Managementsamenvatting');
    expect(pages[1]?.text).toContain('Managementsamenvatting');
    expect(squeezed(pages[0]?.text ?? '')).not.toContain(squeezed(`1 / ${pages.length}`));
    expect(squeezed(pages[1]?.text ?? '')).toContain(squeezed(`2 / ${pages.length}`));
  });

  it('never splits a table row across two pages', async () => {
    const { rows, split } = await print(HTML);
    expect(rows).toBeGreaterThan(100);
    expect(split).toEqual([]);
  });

  it('would see a split row: without the rule that keeps rows together, some row is cut', async () => {
    const withoutRule = HTML.replace('tr, li { break-inside: avoid; }', '');
    expect(withoutRule).not.toBe(HTML);
    expect((await print(withoutRule)).split.length).toBeGreaterThan(0);
  });
});
