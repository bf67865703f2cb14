import { useEffect, useState } from 'react';
import { ApiError } from '../../api/apiError.ts';
import { fetchReport, fetchSessionState, type ReportWithNotes, type SessionState } from '../../api/debriefApi.ts';

/** The debrief's data as it arrives: who the credential is and what it sees, and the report. */
export type DebriefData =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError }
  | { state: 'loaded'; session: SessionState; report: ReportWithNotes };

/** Loads the session's state (for the scenario's names and the viewer) and its report, once per session and key. */
export function useDebriefData(sessionId: string, credential: string | undefined): DebriefData {
  const [data, setData] = useState<DebriefData>({ state: 'loading' });
  useEffect(() => {
    if (credential === undefined) return undefined;
    let current = true;
    setData({ state: 'loading' });
    Promise.all([fetchSessionState(sessionId, credential), fetchReport(sessionId, credential)])
      .then(([session, report]) => current && setData({ state: 'loaded', session, report }))
      .catch((error: unknown) => current && setData({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)) }));
    return () => {
      current = false;
    };
  }, [sessionId, credential]);
  return data;
}
