import type { Action } from '../shared/actions.ts';
import { isFacilitatorInputType } from '../shared/facilitatorInputTypes.ts';
import type { ReleasedEntry, TimelineEntry, TimelineStamp } from '../engine/timeline.ts';
import type { Scenario } from '../scenario/schema.ts';
import { indexScenario, type ScenarioIndex } from '../scenario/scenarioIndex.ts';
import { playedScenario } from './playedScenario.ts';

/** A participant action as it sits in the timeline. */
export type ActionEntry = TimelineStamp & Action;

/** A timeline action of one type, e.g. `ActionEntryOf<'claim'>`. */
export type ActionEntryOf<T extends Action['type']> = TimelineStamp & Extract<Action, { type: T }>;

/** One use of an authority: an `exercise`, or a `decide` whose chosen option `uses` it. */
export interface AuthorityUse {
  entry: ActionEntryOf<'exercise'> | ActionEntryOf<'decide'>;
  authority: string;
  role: string;
  agency: string;
  /** The task an `exercise` names. */
  task?: string;
  /** The decision (inject or event id) when the use came through a decision option. */
  decision?: string;
}

/** The timeline read once for analysis: releases, actions, lead claims and authority uses. */
export interface PlayRecord {
  index: ScenarioIndex;
  /** The release of each inject or event that was released. */
  releases: ReadonlyMap<string, ReleasedEntry>;
  /** Participant actions, in seq order. */
  actions: ActionEntry[];
  /** Lead claims per task, in seq order. */
  leadClaims: ReadonlyMap<string, ActionEntryOf<'claim'>[]>;
  /** The practice lead per claimed task: the agency of its first lead claim (section 17). */
  practiceLeads: ReadonlyMap<string, string>;
  authorityUses: AuthorityUse[];
}

/** The agency of an acting role; an unknown role (which the engine refuses) stands for itself. */
export function actorAgency(index: ScenarioIndex, roleId: string): string {
  return index.roles.get(roleId)?.agency ?? roleId;
}

/** Whether a timeline entry is a participant action (not a release or a facilitator input). */
export function isActionEntry(entry: TimelineEntry): entry is ActionEntry {
  return entry.type !== 'released' && !isFacilitatorInputType(entry.type);
}

function authorityUseOf(index: ScenarioIndex, action: ActionEntry): AuthorityUse | undefined {
  if (action.type === 'exercise') {
    return {
      entry: action,
      authority: action.authority,
      role: action.by,
      agency: actorAgency(index, action.by),
      ...(action.task === undefined ? {} : { task: action.task }),
    };
  }
  if (action.type !== 'decide') return undefined;
  const option = index.releases.get(action.decision)?.decision?.options.find((candidate) => candidate.id === action.option);
  if (option?.uses === undefined) return undefined;
  return {
    entry: action,
    authority: option.uses,
    role: action.by,
    agency: actorAgency(index, action.by),
    decision: action.decision,
  };
}

/** Reads a timeline against its scenario; the analysis functions share this one reading. */
export function readPlay(scenario: Scenario, timeline: readonly TimelineEntry[]): PlayRecord {
  const index = indexScenario(playedScenario(scenario, timeline));
  const releases = new Map<string, ReleasedEntry>();
  const leadClaims = new Map<string, ActionEntryOf<'claim'>[]>();
  const practiceLeads = new Map<string, string>();
  const actions: ActionEntry[] = [];
  const authorityUses: AuthorityUse[] = [];

  // The engine hands entries over in seq order; sorting keeps "first" meaningful for any caller.
  for (const entry of [...timeline].sort((a, b) => a.seq - b.seq)) {
    if (entry.type === 'released') {
      if (!releases.has(entry.inject)) releases.set(entry.inject, entry);
      continue;
    }
    if (!isActionEntry(entry)) continue;
    actions.push(entry);
    if (entry.type === 'claim' && entry.as === 'lead') {
      const claims = leadClaims.get(entry.task) ?? [];
      if (claims.length === 0) practiceLeads.set(entry.task, actorAgency(index, entry.by));
      leadClaims.set(entry.task, [...claims, entry]);
    }
    const use = authorityUseOf(index, entry);
    if (use) authorityUses.push(use);
  }

  return { index, releases, actions, leadClaims, practiceLeads, authorityUses };
}
