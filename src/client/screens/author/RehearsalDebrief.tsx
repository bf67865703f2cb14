import { useMemo } from 'react';
import { buildReport } from '../../../analysis/report.ts';
import { renderReport, TEXT_REPORT_FORMATS } from '../../../analysis/reportFormats.ts';
import { useT } from '../../i18n/useT.ts';
import { DebriefView } from '../debrief/DebriefView.tsx';
import { ExportButtons } from '../debrief/ExportButtons.tsx';
import type { RehearsalRun } from './rehearsalRun.ts';

/** The debrief of a finished rehearsal, built in the browser with the same analysis and screens as a live session's. */
export function RehearsalDebrief({ run }: { run: RehearsalRun }) {
  const { t } = useT();
  const report = useMemo(() => buildReport({ scenario: run.scenario, seed: run.seed, timeline: run.timeline, refused: [] }), [run]);
  return (
    <section className="studio-section" aria-labelledby="studio-rehearsal-debrief">
      <h2 id="studio-rehearsal-debrief">{t('author.rehearsal.debrief')}</h2>
      <DebriefView report={report} scenario={run.scenario}>
        <ExportButtons fileName={`rehearsal-${run.scenario.id}`} formats={TEXT_REPORT_FORMATS} exportReport={(format) => Promise.resolve(renderReport(format, report, run.scenario))} />
      </DebriefView>
    </section>
  );
}
