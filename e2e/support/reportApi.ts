import type { DebriefReport } from '../../src/analysis/report.ts';

/** The debrief report of a session as the facilitator's key reads it over HTTP (at any time, also during play). */
export async function fetchReport(baseUrl: string, sessionId: string, facilitatorKey: string): Promise<DebriefReport> {
  const response = await fetch(`${baseUrl}/api/sessions/${encodeURIComponent(sessionId)}/report`, { headers: { authorization: `Bearer ${facilitatorKey}` } });
  if (!response.ok) throw new Error(`GET report answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as DebriefReport;
}
