import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { DebriefReport } from '../../../analysis/report.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { ObjectiveRatingEntry } from '../../../shared/debriefNotes.ts';
import { useT } from '../../i18n/useT.ts';
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
 * timeline. `children` come after them: the notes, the exports, comparing runs. An index of the
 * sections on top; presented on a projector, one section fills the screen in large type and the
 * arrow keys go from one to the next.
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
  const { t } = useT();
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [focused, setFocused] = useState<{ seq: number } | undefined>(undefined);
  const [presented, setPresented] = useState<number | undefined>(undefined);
  const showEntry = useCallback((seq: number) => {
    // An evidence entry may be filtered out; the whole timeline shows it for sure.
    setFilter(NO_FILTER);
    setFocused({ seq });
    setPresented(undefined);
  }, []);
  const sections = [
    { id: 'debrief-gaps', title: t('debrief.gaps', { count: report.gaps.length }), content: <GapsSection gaps={report.gaps} scenario={scenario} /> },
    {
      id: 'debrief-observations',
      title: t('debrief.observations'),
      content: <ObjectiveObservations scenario={scenario} gaps={report.gaps} observations={report.observations} ratings={ratings} />,
    },
    { id: 'debrief-tvb-tasks', title: t('debrief.tvb.tasks'), content: <TvbTaskMatrix rows={report.tvb.tasks} scenario={scenario} /> },
    { id: 'debrief-tvb-authorities', title: t('debrief.tvb.authorities'), content: <TvbAuthorityMatrix rows={report.tvb.authorities} scenario={scenario} /> },
    { id: 'debrief-cooperation', title: t('debrief.cooperation'), content: <CooperationSection cooperation={report.cooperation} scenario={scenario} /> },
    { id: 'debrief-levels', title: t('debrief.levels'), content: <LevelsSection levels={report.levels} gaps={report.gaps} scenario={scenario} /> },
    {
      id: 'debrief-timeline',
      title: t('debrief.timeline'),
      content: <TimelineSection entries={report.timeline} scenario={scenario} filter={filter} onFilter={setFilter} focused={focused} />,
    },
  ];
  const last = sections.length - 1;
  usePresentationKeys(presented !== undefined, {
    next: () => setPresented((current) => Math.min(last, (current ?? 0) + 1)),
    previous: () => setPresented((current) => Math.max(0, (current ?? 0) - 1)),
    stop: () => setPresented(undefined),
  });
  return (
    <EvidenceContext.Provider value={showEntry}>
      <div className={presented === undefined ? 'debrief' : 'debrief debrief--presenting'}>
        {presented === undefined ? (
          <nav className="debrief-index" aria-label={t('debrief.index')}>
            <ol>
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.title}</a>
                </li>
              ))}
            </ol>
            <button type="button" className="secondary" onClick={() => setPresented(0)}>
              {t('debrief.present')}
            </button>
          </nav>
        ) : (
          <div className="debrief-presenter" role="group" aria-label={t('debrief.present')}>
            <button type="button" className="secondary" onClick={() => setPresented(presented - 1)} disabled={presented === 0}>
              {t('debrief.present.previous')}
            </button>
            <span aria-live="polite">{t('debrief.present.position', { section: presented + 1, sections: sections.length })}</span>
            <button type="button" className="secondary" onClick={() => setPresented(presented + 1)} disabled={presented === last}>
              {t('debrief.present.next')}
            </button>
            <span className="hint">{t('debrief.present.keys')}</span>
            <button type="button" onClick={() => setPresented(undefined)}>
              {t('debrief.present.stop')}
            </button>
          </div>
        )}
        {sections.map((section, index) => (
          <div key={section.id} className="debrief__slide" hidden={presented !== undefined && presented !== index}>
            {section.content}
          </div>
        ))}
        {presented === undefined && children}
      </div>
    </EvidenceContext.Provider>
  );
}

/** While presenting: the arrow keys (and Page Up and Down) go to the previous and next section, Escape ends it; keys typed in a field stay the field's. */
function usePresentationKeys(presenting: boolean, go: { next(): void; previous(): void; stop(): void }): void {
  const { next, previous, stop } = go;
  useEffect(() => {
    if (!presenting) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      const action = { ArrowRight: next, PageDown: next, ArrowLeft: previous, PageUp: previous, Escape: stop }[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting, next, previous, stop]);
}
