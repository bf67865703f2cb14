import { actorAgency, isActionEntry } from '../../../analysis/playRecord.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { addressedAgencies, indexScenario } from '../../../scenario/scenarioIndex.ts';
import { ACTION_TYPES, type ActionType } from '../../../shared/actions.ts';

/** What the timeline can be narrowed to: a released inject, a facilitator's input, or one kind of action. */
export const ENTRY_KINDS = ['released', 'facilitator', ...ACTION_TYPES] as const;
export type EntryKind = 'released' | 'facilitator' | ActionType;

/** The timeline's filter: an organisation id and an entry kind, each `all` for no narrowing. */
export interface TimelineFilter {
  agency: string;
  kind: EntryKind | 'all';
}

export const NO_FILTER: TimelineFilter = { agency: 'all', kind: 'all' };

/** The kind of a timeline entry, as the filter names it. */
export function entryKind(entry: TimelineEntry): EntryKind {
  if (entry.type === 'released') return 'released';
  return isActionEntry(entry) ? entry.type : 'facilitator';
}

/** The entries that pass the filter: an organisation keeps its own actions and the releases addressed to it. */
export function filterTimeline(entries: readonly TimelineEntry[], scenario: Scenario, filter: TimelineFilter): TimelineEntry[] {
  const index = indexScenario(scenario);
  const concerns = (entry: TimelineEntry): boolean => {
    if (filter.agency === 'all') return true;
    if (entry.type === 'released') {
      const release = index.releases.get(entry.inject);
      // A release the viewer's scenario does not describe went to them, so it concerns them.
      return release === undefined || addressedAgencies(index, release).includes(filter.agency);
    }
    return isActionEntry(entry) && actorAgency(index, entry.by) === filter.agency;
  };
  return entries.filter((entry) => (filter.kind === 'all' || entryKind(entry) === filter.kind) && concerns(entry));
}
