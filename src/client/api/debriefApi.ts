import type { DebriefReport, ReportFormat } from '../../analysis/index.ts';
import type { Projection } from '../../engine/index.ts';
import type { DebriefNotes } from '../../shared/debriefNotes.ts';
import type { ReportBody, RunComparisonBody, RunsBody, RunSummary, SessionStateBody } from '../../shared/httpApi.ts';
import { request, requestBytes, requestText } from './httpApi.ts';

/** A session as `GET /api/sessions/:id/state` shows it to one credential. */
export type SessionState = SessionStateBody<Projection>;

/** The JSON report, with the facilitator's notes when any were recorded. */
export type ReportWithNotes = ReportBody<DebriefReport>;

const authorized = (credential: string): RequestInit => ({ headers: { Authorization: `Bearer ${credential}` } });
const sessionPath = (sessionId: string, what: string) => `/api/sessions/${encodeURIComponent(sessionId)}/${what}`;

/** What this credential may see of the session: who it is and the projection (for the scenario's names). */
export function fetchSessionState(sessionId: string, credential: string): Promise<SessionState> {
  return request<SessionState>(sessionPath(sessionId, 'state'), authorized(credential));
}

/** The debrief report as JSON. */
export function fetchReport(sessionId: string, credential: string): Promise<ReportWithNotes> {
  return request<ReportWithNotes>(sessionPath(sessionId, 'report?format=json'), authorized(credential));
}

/** The report in one export format, ready to save as a file: text, or the PDF's bytes. */
export function fetchReportFile(sessionId: string, credential: string, format: ReportFormat): Promise<string | Uint8Array<ArrayBuffer>> {
  const path = sessionPath(sessionId, `report?format=${format}`);
  return format === 'pdf' ? requestBytes(path, authorized(credential)) : requestText(path, authorized(credential));
}

/** Replaces the facilitator's debrief notes; the server answers what it stored. */
export function saveDebriefNotes(sessionId: string, credential: string, notes: DebriefNotes): Promise<DebriefNotes> {
  return request<DebriefNotes>(sessionPath(sessionId, 'notes'), { ...authorized(credential), method: 'PUT', body: JSON.stringify(notes) });
}

/** The runs of this session's scenario on the server, oldest first. */
export async function listRuns(sessionId: string, credential: string): Promise<RunSummary[]> {
  return (await request<RunsBody>(sessionPath(sessionId, 'runs'), authorized(credential))).runs;
}

/** This run beside another run of the same scenario. */
export function compareRunWith(sessionId: string, credential: string, otherId: string): Promise<RunComparisonBody> {
  return request<RunComparisonBody>(sessionPath(sessionId, `compare/${encodeURIComponent(otherId)}`), authorized(credential));
}
