import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { RunFacts } from './reportCover.ts';
import type { DebriefReport } from './report.ts';
import { renderReportCsv } from './reportCsv.ts';
import { renderReportHtml } from './reportHtml.ts';
import { renderReportMarkdown } from './reportMarkdown.ts';

/** The forms a debrief report can be written in as text, here in pure code. */
export const TEXT_REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const;
export type TextReportFormat = (typeof TEXT_REPORT_FORMATS)[number];

/** Every form of the report; PDF is bytes, written where files are (src/server/reportPdf.ts). */
export const REPORT_FORMATS = [...TEXT_REPORT_FORMATS, 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Whether a string names a report format. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The report in one text format; JSON carries the notes (ratings, plan) as an extra key when
 * there are any. `run` holds what the host knows beyond the report, such as the day of a live session.
 */
export function renderReport(format: TextReportFormat, report: DebriefReport, scenario: Scenario, notes?: DebriefNotes, run?: RunFacts): string {
  switch (format) {
    case 'json':
      return JSON.stringify(notes === undefined ? report : { ...report, notes }, null, 2);
    case 'md':
      return renderReportMarkdown(report, scenario, notes, run);
    case 'html':
      return renderReportHtml(report, scenario, notes, run).trimEnd();
    case 'csv':
      return renderReportCsv(report, scenario, notes).trimEnd();
    default:
      return exhaustiveSwitchError(format);
  }
}
