import type { Release, Scenario } from '../scenario/schema.ts';
import { escalationReaches, indexScenario } from '../scenario/scenarioIndex.ts';
import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineState, EngineStatus } from './engineState.ts';
import { hasEntry } from './ownRecord.ts';
import { planFreeScenario, publicRelease, publicScenario } from './publicViews.ts';
import type { PlanFreeScenario, PublicRelease, PublicScenario } from './publicViews.ts';
import { scheduleOf } from './scenarioSchedule.ts';
import { nextDueAt, scheduledTime } from './scheduledTime.ts';
import type { TimelineEntry } from './timeline.ts';
import { entryVisibleTo } from './viewer.ts';
import type { Viewer } from './viewer.ts';

/**
 * A released inject or event with the place in play of its release, or of the escalation that
 * passed it on to the viewer (section 18): then `escalatedBy` names the escalating role.
 */
export interface ReleaseView<R> {
  seq: number;
  at: number;
  release: R;
  escalatedBy?: string;
}

/** A release as the facilitator sees it: the whole inject or event, and which of the two it is. */
export interface FacilitatorReleaseView extends ReleaseView<Release> {
  kind: 'inject' | 'event';
}

/** An inject or event not released or skipped yet; `at` is its scheduled time, absent when only an input can release it. */
export interface UpcomingRelease {
  id: string;
  kind: 'inject' | 'event';
  title: string;
  at?: number;
}

interface ProjectionBase {
  status: EngineStatus;
  now: number;
  /** Entries the viewer may see, in seq order. */
  timeline: TimelineEntry[];
}

/** Everything: the whole scenario with its notes, the whole timeline, what is coming and what was skipped. */
export interface FacilitatorProjection extends ProjectionBase {
  viewer: 'facilitator';
  /** Whether participants see the plan on paper (the facilitator switches it). */
  planVisible: boolean;
  seed: number;
  scenario: Scenario;
  releases: FacilitatorReleaseView[];
  upcoming: UpcomingRelease[];
  skipped: string[];
  nextDueAt?: number;
}

/** The projector in the room: everything released (without notes) and every participant action, nothing still to come. */
export interface DisplayProjection extends ProjectionBase {
  viewer: 'display';
  scenario: PublicScenario;
  releases: ReleaseView<PublicRelease>[];
}

/** One participant: what their role has been sent, their agency's actions and the actions aimed at their agency. */
export interface ParticipantProjection extends ProjectionBase {
  viewer: 'participant';
  role: string;
  /** The role's agency; null for a role the scenario does not have (which then sees nothing). */
  agency: string | null;
  /** Whether the facilitator has switched the plan on paper on; without it `scenario` holds no plan. */
  planVisible: boolean;
  scenario: PublicScenario | PlanFreeScenario;
  releases: ReleaseView<PublicRelease>[];
}

/** How the host presents the session beyond the engine's state. */
export interface ProjectionOptions {
  /** Participants see the plan on paper (leads, supporters, holders, lawful recipients); default false. */
  planVisible?: boolean;
}

/** What one viewer may see of a session, as plain JSON (it travels over a WebSocket). */
export type Projection = FacilitatorProjection | DisplayProjection | ParticipantProjection;

/** The parts of a projection that only grow: new entries and releases are appended. */
type GrowingPart = 'timeline' | 'releases';
/** The large parts that rarely change: the scenario as shown, and the facilitator's list of what is to come. */
type LargePart = 'scenario' | 'upcoming';

/** The small fields of each viewer's projection: everything but the growing and the large parts. */
export type FacilitatorFields = Omit<FacilitatorProjection, GrowingPart | LargePart>;
export type DisplayFields = Omit<DisplayProjection, GrowingPart | LargePart>;
export type ParticipantFields = Omit<ParticipantProjection, GrowingPart | LargePart>;

/**
 * The view of a session for one viewer; the one place that decides what leaves the server. The
 * facilitator's scenario is the scenario in play, with the injects improvised so far.
 */
export function projectFor(loaded: Scenario, state: EngineState, timeline: readonly TimelineEntry[], viewer: Viewer, options: ProjectionOptions = {}): Projection {
  const scenario = scenarioInPlay(loaded, state.improvised);
  const planVisible = options.planVisible ?? false;
  const visible = timeline.filter((entry) => entryVisibleTo(scenario, entry, viewer));
  switch (viewer.kind) {
    case 'facilitator':
      return {
        ...facilitatorFields(scenario, state, planVisible),
        timeline: visible,
        scenario,
        releases: facilitatorReleases(scenario, visible),
        upcoming: upcoming(scenario, state),
      };
    case 'display':
      return { ...displayFields(state), timeline: visible, scenario: publicScenario(scenario), releases: releaseViews(scenario, visible, publicRelease) };
    case 'participant':
      return {
        ...participantFields(scenario, state, viewer.role, planVisible),
        timeline: visible,
        scenario: participantScenario(scenario, planVisible),
        releases: releaseViews(scenario, visible, publicRelease, viewer.role),
      };
    default:
      return exhaustiveSwitchError(viewer, 'kind');
  }
}

/** The facilitator's small fields: the clock, the seed, what was skipped and when the next release is due. */
export function facilitatorFields(scenario: Scenario, state: EngineState, planVisible: boolean): FacilitatorFields {
  const due = nextDueAt(scenario, state);
  return {
    viewer: 'facilitator',
    status: state.status,
    now: state.now,
    planVisible,
    seed: state.seed,
    skipped: Object.keys(state.skipped),
    ...(due === undefined ? {} : { nextDueAt: due }),
  };
}

/** The projector's small fields: where play is and the clock. */
export function displayFields(state: EngineState): DisplayFields {
  return { viewer: 'display', status: state.status, now: state.now };
}

/** A participant's small fields: where play is, the clock, who they play and whether the plan on paper is shown. */
export function participantFields(scenario: Scenario, state: EngineState, role: string, planVisible: boolean): ParticipantFields {
  return { viewer: 'participant', status: state.status, now: state.now, role, agency: indexScenario(scenario).roles.get(role)?.agency ?? null, planVisible };
}

/** The scenario as a participant sees it: with the plan on paper only while the facilitator shows it. */
export function participantScenario(scenario: Scenario, planVisible: boolean): PublicScenario | PlanFreeScenario {
  return planVisible ? publicScenario(scenario) : planFreeScenario(scenario);
}

/** The facilitator's view of the releases among some entries: the whole inject or event, and its kind. */
export function facilitatorReleases(scenario: Scenario, visible: readonly TimelineEntry[]): FacilitatorReleaseView[] {
  return releaseViews(scenario, visible, (release) => release).map((view) => ({ ...view, kind: kindOf(scenario, view.release.id) }));
}

/**
 * The releases among some entries the viewer may see, each shown as `show` makes it; for a
 * participant's `role`, also each matter another role escalated to it (section 18).
 */
export function releaseViews<R>(scenario: Scenario, visible: readonly TimelineEntry[], show: (release: Release) => R, role?: string): ReleaseView<R>[] {
  const index = indexScenario(scenario);
  return visible.flatMap((entry): ReleaseView<R>[] => {
    if (entry.type === 'released') {
      const release = index.releases.get(entry.inject);
      return release === undefined ? [] : [{ seq: entry.seq, at: entry.at, release: show(release) }];
    }
    if (role === undefined || entry.type !== 'escalate' || entry.about === undefined || entry.by === role || !escalationReaches(index, entry.to, role)) return [];
    const release = index.releases.get(entry.about);
    return release === undefined ? [] : [{ seq: entry.seq, at: entry.at, release: show(release), escalatedBy: entry.by }];
  });
}

function kindOf(scenario: Scenario, id: string): 'inject' | 'event' {
  return indexScenario(scenario).injects.has(id) ? 'inject' : 'event';
}

/** What is still to come: scheduled releases by time, then those only an input can release; ties in file order. */
export function upcoming(scenario: Scenario, state: EngineState): UpcomingRelease[] {
  const { fileOrder } = scheduleOf(scenario);
  const pending = [...indexScenario(scenario).releases.values()].filter(
    (release) => !hasEntry(state.released, release.id) && !hasEntry(state.skipped, release.id),
  );
  const items = pending.map((release): UpcomingRelease => {
    const at = scheduledTime(scenario, state, release.id);
    const item: UpcomingRelease = { id: release.id, kind: kindOf(scenario, release.id), title: release.title };
    return at === undefined ? item : { ...item, at };
  });
  const order = (item: UpcomingRelease): [number, number] => [item.at ?? Number.POSITIVE_INFINITY, fileOrder.get(item.id) ?? 0];
  return items.sort((a, b) => {
    const [atA, fileA] = order(a);
    const [atB, fileB] = order(b);
    return atA === atB ? fileA - fileB : atA - atB;
  });
}
