import { renderReportCsv, renderReportHtml, renderReportMarkdown, type DebriefReport } from '../analysis/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';

/** The forms a debrief report can be written in. */
export const REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report in one format; JSON carries the notes (ratings, plan) as an extra key when there are any. */
export function renderReport(format: ReportFormat, report: DebriefReport, scenario: Scenario, notes?: DebriefNotes): string {
  switch (format) {
    case 'json':
      return JSON.stringify(notes === undefined ? report : { ...report, notes }, null, 2);
    case 'md':
      return renderReportMarkdown(report, scenario, notes);
    case 'html':
      return renderReportHtml(report, scenario, notes).trimEnd();
    case 'csv':
      return renderReportCsv(report, scenario, notes).trimEnd();
    default:
      return exhaustiveSwitchError(format);
  }
}
