import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { DebriefReport } from './report.ts';
import { renderReportCsv } from './reportCsv.ts';
import { renderReportHtml } from './reportHtml.ts';
import { renderReportMarkdown } from './reportMarkdown.ts';

/** The forms a debrief report can be written in. */
export const REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Whether a string names a report format. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

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
