import { useEffect, useMemo, useState } from 'react';
import { REPORT_FORMATS } from '../../../analysis/reportFormats.ts';
import { EMPTY_DEBRIEF_NOTES, type DebriefNotes } from '../../../shared/debriefNotes.ts';
import { fetchReportFile, saveDebriefNotes, type ReportWithNotes, type SessionState } from '../../api/debriefApi.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { analysableScenario } from '../../view/analysableScenario.ts';
import { DebriefView } from './DebriefView.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { NotesSummary } from './NotesSummary.tsx';
import { RunsComparison } from './RunsComparison.tsx';

/** The debrief of a live session: editable notes and comparing runs for the facilitator, read-only for everyone else. */
export function DebriefScreen({ sessionId, credential, session, report }: { sessionId: string; credential: string; session: SessionState; report: ReportWithNotes }) {
  const { t, setScenarioLanguage } = useT();
  const scenario = useMemo(() => analysableScenario(session.projection), [session.projection]);
  const facilitator = session.viewer.kind === 'facilitator';
  // The ratings beside the observations follow what the facilitator saved last.
  const [notes, setNotes] = useState(report.notes ?? EMPTY_DEBRIEF_NOTES);
  const save = async (changed: DebriefNotes) => {
    const stored = await saveDebriefNotes(sessionId, credential, changed);
    setNotes(stored);
    return stored;
  };
  useEffect(() => setScenarioLanguage(scenario.language), [scenario.language, setScenarioLanguage]);
  return (
    <>
      <PageHeader title={t('debrief.title', { title: scenario.title })} />
      <main id="main" className="debrief-page">
        {!facilitator && <p className="banner">{t('debrief.readOnly')}</p>}
        <p className="meta">{t('debrief.meta', { id: report.scenario.id, seed: report.seed, count: report.timeline.length })}</p>
        <DebriefView report={report} scenario={scenario} ratings={notes.ratings}>
          {facilitator ? (
            <NotesEditor scenario={scenario} initial={notes} observations={report.observations} save={save} />
          ) : (
            <NotesSummary notes={notes} scenario={scenario} />
          )}
          <ExportButtons fileName={`debrief-${report.scenario.id}-${sessionId}`} formats={REPORT_FORMATS} exportReport={(format) => fetchReportFile(sessionId, credential, format)} />
          {facilitator && <RunsComparison sessionId={sessionId} credential={credential} scenario={scenario} />}
        </DebriefView>
      </main>
    </>
  );
}
