import type { ReleasedEntry, TimelineEntry } from '../engine/timeline.ts';
import type { Scenario } from '../scenario/schema.ts';
import { taskExpectations } from '../scenario/expectations.ts';
import { addressedAgencies } from '../scenario/scenarioIndex.ts';
import { ACTION_TYPES, type ActionType } from '../shared/actions.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { actorAgency, readPlay, type ActionEntry, type PlayRecord } from './playRecord.ts';

/** The first act of an agency that answered a release, and how long after the release it came. */
export interface FirstResponse {
  seq: number;
  at: number;
  role: string;
  /** Seconds between the release and the response. */
  after: number;
}

/** A release addressed to an agency, with the agency's first response if there was one. */
export interface ResponseTime {
  inject: string;
  releasedAt: number;
  response?: FirstResponse;
}

/** What one agency did in play. */
export interface AgencySummary {
  agency: string;
  /** Accepted actions per type, every type listed. */
  actions: Record<ActionType, number>;
  total: number;
  responses: ResponseTime[];
}

/**
 * Whether an action refers to a release: it responds to it, decides it or escalates about it, or
 * it claims or declines a task the release expects (a decline is an answer too: "not ours").
 */
function answersRelease(play: PlayRecord, action: ActionEntry, releaseId: string): boolean {
  switch (action.type) {
    case 'respond':
      return action.inject === releaseId;
    case 'decide':
      return action.decision === releaseId;
    case 'escalate':
      return action.about === releaseId;
    case 'claim':
    case 'decline':
      return taskExpectations(play.index.releases.get(releaseId)).some((expectation) => expectation.task === action.task);
    case 'exercise':
    case 'share':
    case 'request':
    case 'note':
      return false;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

function responseTime(play: PlayRecord, agency: string, release: ReleasedEntry): ResponseTime {
  const first = play.actions.find(
    (action) =>
      action.seq > release.seq && actorAgency(play.index, action.by) === agency && answersRelease(play, action, release.inject),
  );
  return {
    inject: release.inject,
    releasedAt: release.at,
    ...(first === undefined ? {} : { response: { seq: first.seq, at: first.at, role: first.by, after: first.at - release.at } }),
  };
}

/** Per agency (scenario order): its actions by type and its time to first response per release addressed to it. */
export function summariseAgencies(scenario: Scenario, timeline: readonly TimelineEntry[]): AgencySummary[] {
  const play = readPlay(scenario, timeline);
  return scenario.agencies.map(({ id: agency }) => {
    const ours = play.actions.filter((action) => actorAgency(play.index, action.by) === agency);
    const actions = Object.fromEntries(
      ACTION_TYPES.map((type) => [type, ours.filter((action) => action.type === type).length]),
    ) as Record<ActionType, number>;
    const addressed = [...play.releases.values()].filter((release) => {
      const definition = play.index.releases.get(release.inject);
      return definition !== undefined && addressedAgencies(play.index, definition).includes(agency);
    });
    return {
      agency,
      actions,
      total: ours.length,
      responses: addressed.map((release) => responseTime(play, agency, release)),
    };
  });
}
