import { useEffect, useId } from 'react';
import { describeEntry } from '../../../analysis/describeEntry.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { entryAnchor } from './evidenceContext.ts';
import { ENTRY_KINDS, filterTimeline, type EntryKind, type TimelineFilter } from './timelineFilter.ts';

interface TimelineSectionProps {
  entries: readonly TimelineEntry[];
  scenario: Scenario;
  filter: TimelineFilter;
  onFilter: (filter: TimelineFilter) => void;
  /** The entry an evidence link asked for last (a new object per request): brought into view and marked. */
  focused: { seq: number } | undefined;
}

/** Everything that happened, in play order, narrowed by organisation and kind; each entry is the target of evidence links. */
export function TimelineSection({ entries, scenario, filter, onFilter, focused }: TimelineSectionProps) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const agencyId = useId();
  const kindId = useId();
  const shown = filterTimeline(entries, scenario, filter);

  useEffect(() => {
    if (focused === undefined) return;
    const element = document.getElementById(entryAnchor(focused.seq));
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
  }, [focused]);

  return (
    <section className="panel debrief-section" aria-labelledby="debrief-timeline">
      <h2 id="debrief-timeline">{t('debrief.timeline')}</h2>
      <div className="inline-row timeline-filter">
        <div className="field">
          <label htmlFor={agencyId}>{t('debrief.timeline.agency')}</label>
          <select id={agencyId} value={filter.agency} onChange={(event) => onFilter({ ...filter, agency: event.target.value })}>
            <option value="all">{t('debrief.timeline.all')}</option>
            {scenario.agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={kindId}>{t('debrief.timeline.kind')}</label>
          <select id={kindId} value={filter.kind} onChange={(event) => onFilter({ ...filter, kind: event.target.value as EntryKind | 'all' })}>
            <option value="all">{t('debrief.timeline.all')}</option>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`debrief.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="meta" role="status">
        {t('debrief.timeline.shown', { shown: shown.length, count: entries.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('debrief.timeline.empty')}</p>
      ) : (
        <ol className="entry-list debrief-timeline">
          {shown.map((entry) => {
            const { who, what } = describeEntry(entry, names);
            return (
              <li key={entry.seq} id={entryAnchor(entry.seq)} tabIndex={-1} className={entry.seq === focused?.seq ? 'debrief-timeline__entry--focused' : undefined}>
                <span className="entry-list__time">
                  #{entry.seq} · {formatAt(entry.at, scenario.startTime)}
                </span>{' '}
                <strong>{who}</strong> {what}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
