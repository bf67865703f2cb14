import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import type { Scenario } from '../scenario/schema.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineState } from './engineState.ts';
import {
  displayFields,
  facilitatorFields,
  facilitatorReleases,
  participantFields,
  participantScenario,
  releaseViews,
  upcoming,
  type DisplayFields,
  type FacilitatorFields,
  type FacilitatorReleaseView,
  type ParticipantFields,
  type ReleaseView,
  type UpcomingRelease,
} from './projection.ts';
import { publicRelease, type PlanFreeScenario, type PublicRelease, type PublicScenario } from './publicViews.ts';
import type { TimelineEntry } from './timeline.ts';
import { entryVisibleTo, type Viewer } from './viewer.ts';

/**
 * How one viewer's projection changes with one change of play, small whatever the length of play:
 * the new timeline entries and releases the viewer may see (to append), the small fields whole
 * (to replace), and a large part only when it changed. `applyProjectionPatch` turns the projection
 * before the change into the one after it.
 */
export type ProjectionPatch =
  | { fields: FacilitatorFields; entries: TimelineEntry[]; releases: FacilitatorReleaseView[]; upcoming?: UpcomingRelease[]; scenario?: Scenario }
  | { fields: DisplayFields; entries: TimelineEntry[]; releases: ReleaseView<PublicRelease>[] }
  | { fields: ParticipantFields; entries: TimelineEntry[]; releases: ReleaseView<PublicRelease>[]; scenario?: PublicScenario | PlanFreeScenario };

/** One change of a session: the state before and after it, the entries it appended, and the plan's visibility before and after. */
export interface PlayChange {
  /** The state before the change; it must not have been written by the step (the live server steps with `step`, which copies). */
  before: EngineState;
  after: EngineState;
  entries: readonly TimelineEntry[];
  planVisibleBefore: boolean;
  planVisible: boolean;
}

/** The patch that brings a viewer's projection from before a change to after it. */
export function projectionPatch(loaded: Scenario, change: PlayChange, viewer: Viewer): ProjectionPatch {
  const { before, after, planVisible } = change;
  const scenario = scenarioInPlay(loaded, after.improvised);
  const entries = change.entries.filter((entry) => entryVisibleTo(scenario, entry, viewer));
  switch (viewer.kind) {
    case 'facilitator':
      return {
        fields: facilitatorFields(scenario, after, planVisible),
        entries,
        releases: facilitatorReleases(scenario, entries),
        ...(scheduleMayHaveChanged(before, after) ? { upcoming: upcoming(scenario, after) } : {}),
        // Participants and the display are sent releases whole, never the scenario's injects.
        ...(before.improvised === after.improvised ? {} : { scenario }),
      };
    case 'display':
      return { fields: displayFields(after), entries, releases: releaseViews(scenario, entries, publicRelease) };
    case 'participant':
      return {
        fields: participantFields(scenario, after, viewer.role, planVisible),
        entries,
        releases: releaseViews(scenario, entries, publicRelease, viewer.role),
        ...(change.planVisibleBefore === planVisible ? {} : { scenario: participantScenario(scenario, planVisible) }),
      };
    default:
      return exhaustiveSwitchError(viewer, 'kind');
  }
}

/**
 * Whether what is still to come may differ: it depends only on these records, and a step copies a
 * record before writing it, so an unchanged reference means an unchanged record.
 */
function scheduleMayHaveChanged(before: EngineState, after: EngineState): boolean {
  return (
    before.released !== after.released ||
    before.skipped !== after.skipped ||
    before.firstLeadClaims !== after.firstLeadClaims ||
    before.chanceTimes !== after.chanceTimes ||
    before.afterTimes !== after.afterTimes
  );
}
