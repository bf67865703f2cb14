import { useCallback, useState, type ReactNode } from 'react';
import type { DebriefReport } from '../../../analysis/report.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { ObjectiveRatingEntry } from '../../../shared/debriefNotes.ts';
import { CooperationSection } from './CooperationSection.tsx';
import { LevelsSection } from './LevelsSection.tsx';
import { EvidenceContext } from './evidenceContext.ts';
import { GapsSection } from './GapsSection.tsx';
import { ObjectiveObservations } from './ObjectiveObservations.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { NO_FILTER, type TimelineFilter } from './timelineFilter.ts';
import { TvbAuthorityMatrix } from './TvbAuthorityMatrix.tsx';
import { TvbTaskMatrix } from './TvbTaskMatrix.tsx';
import './debrief.css';

/**
 * The debrief of one run, whoever ran it (a live session or the studio's rehearsal): the gaps
 * with their evidence, the objectives with the evaluators' observations beside the facilitator's
 * `ratings`, the TVB matrix paper beside practice, cooperation against the ambition and the
 * timeline. `children` come after them: the notes, the exports, comparing runs.
 */
export function DebriefView({
  report,
  scenario,
  ratings = [],
  children,
}: {
  report: DebriefReport;
  scenario: Scenario;
  ratings?: readonly ObjectiveRatingEntry[];
  children?: ReactNode;
}) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [focused, setFocused] = useState<{ seq: number } | undefined>(undefined);
  const showEntry = useCallback((seq: number) => {
    // An evidence entry may be filtered out; the whole timeline shows it for sure.
    setFilter(NO_FILTER);
    setFocused({ seq });
  }, []);
  return (
    <EvidenceContext.Provider value={showEntry}>
      <div className="debrief">
        <GapsSection gaps={report.gaps} scenario={scenario} />
        <ObjectiveObservations scenario={scenario} gaps={report.gaps} observations={report.observations} ratings={ratings} />
        <TvbTaskMatrix rows={report.tvb.tasks} scenario={scenario} />
        <TvbAuthorityMatrix rows={report.tvb.authorities} scenario={scenario} />
        <CooperationSection cooperation={report.cooperation} scenario={scenario} />
        <LevelsSection levels={report.levels} gaps={report.gaps} scenario={scenario} />
        <TimelineSection entries={report.timeline} scenario={scenario} filter={filter} onFilter={setFilter} focused={focused} />
        {children}
      </div>
    </EvidenceContext.Provider>
  );
}
