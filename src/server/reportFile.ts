import { renderReport, type DebriefReport, type ReportFormat, type RunFacts } from '../analysis/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { renderReportPdf } from './reportPdf.ts';

/** The report in any format, as the command line prints it and the server sends it: text, or the bytes of a PDF. */
export function renderReportFile(format: ReportFormat, report: DebriefReport, scenario: Scenario, notes?: DebriefNotes, run?: RunFacts): Promise<string | Uint8Array> {
  return format === 'pdf' ? renderReportPdf(report, scenario, notes, run) : Promise.resolve(renderReport(format, report, scenario, notes, run));
}
