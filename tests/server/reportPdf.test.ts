import { describe, expect, it } from 'vitest';
import { analysisMessages } from '../../src/analysis/messages/analysisMessages.ts';
import { pdfText } from '../../src/server/pdfDocument.ts';
import { renderReportPdf } from '../../src/server/reportPdf.ts';
import { defaultDebrief, DEFAULT_NOTES } from '../support/defaultDebrief.ts';
import { pdfPages } from '../support/pdfPages.ts';

const { scenario, report } = defaultDebrief();

describe('the report as PDF', () => {
  it('is A4, opens with the cover and the summary, names every gap by its title and numbers its pages', { timeout: 60_000 }, async () => {
    const pages = await pdfPages(await renderReportPdf(report, scenario, DEFAULT_NOTES, { heldOn: '2026-03-18' }));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeLessThanOrEqual(30);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    const [coverPage, summaryPage] = pages;
    expect(coverPage?.text).toMatch(/^Actiedag Kempenhoeve\nEvaluatierapport en verbeterplan\n/);
    expect(coverPage?.text).toContain('19 maart 2026');
    expect(coverPage?.text).toContain('Marieke van Dijk');
    expect(summaryPage?.text).toMatch(/^Managementsamenvatting\n/);
    const text = pages.map((page) => page.text).join('\n');
    for (const code of new Set(report.gaps.map((gap) => gap.code))) expect(text).toContain(analysisMessages.nl[`gap.${code}.title`]);
    expect(text).toContain('Leg de trekker per deellocatie');
    expect(text).toContain('Bijlage A. Verloop');
    expect(text).not.toMatch(/[→↔✗⚠]/u);
    pages.slice(1).forEach((page, position) => expect(page.text).toContain(`pagina ${position + 2} van ${pages.length}`));
    expect(coverPage?.text).not.toContain('pagina 1');
  });

  it('gives the same bytes for the same report, dated by the exercise rather than the clock', { timeout: 60_000 }, async () => {
    const [first, second] = [await renderReportPdf(report, scenario, DEFAULT_NOTES), await renderReportPdf(report, scenario, DEFAULT_NOTES)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).toString('latin1')).toContain('(D:20260319000000Z)');
  });

  it('writes the signs the embedded font lacks in ones it has', () => {
    expect(pdfText('L → S · Politie ↔ OM · ✗ · ⚠ te laat')).toBe('L › S · Politie – OM · × · ! te laat');
  });
});
