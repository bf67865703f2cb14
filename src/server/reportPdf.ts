import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import { buildDebriefDocument, exerciseDate, type DebriefReport, type RunFacts } from '../analysis/index.ts';
import { utcDay } from '../analysis/calendarDate.ts';
import { analysisMessages } from '../analysis/messages/analysisMessages.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { translator } from '../shared/i18n/translate.ts';
import { languageOf } from '../shared/language.ts';
import { pdfDocument } from './pdfDocument.ts';

const require = createRequire(import.meta.url);

/** pdfmake's own Roboto, which has the letters of Dutch (ë, ï, é, ó …), embedded in every PDF. */
const ROBOTO = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

pdfmake.setFonts({ Roboto: ROBOTO });
// A report holds what participants typed: it may make pdfmake read the fonts and nothing else, on disk or on the network.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));

/**
 * The after-action report as a PDF, from the same document as the Markdown and HTML. Its
 * creation date is the exercise's (the facilitator's date, the session's, else the scenario's
 * start), never the time of rendering, so the same report gives the same bytes.
 */
export async function renderReportPdf(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes, run?: RunFacts): Promise<Uint8Array> {
  const blocks = buildDebriefDocument(report, scenario, notes, run);
  const cover = blocks.find((block) => block.kind === 'cover');
  const t = translator(analysisMessages, languageOf(scenario.language));
  const day = exerciseDate(notes, run) ?? scenario.startTime;
  const definition = pdfDocument(blocks, {
    title: cover === undefined ? report.scenario.title : `${cover.title}: ${cover.subtitle}`,
    pageOf: (page, pages) => t('document.page', { page, pages }),
    created: new Date(day === undefined ? 0 : utcDay(day)),
  });
  return pdfmake.createPdf(definition).getBuffer();
}
