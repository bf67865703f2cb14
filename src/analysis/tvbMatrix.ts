import type { TimelineEntry } from '../engine/timeline.ts';
import type { Level, Scenario, Task } from '../scenario/schema.ts';
import { agencyOf, roleHolds, type ScenarioIndex } from '../scenario/scenarioIndex.ts';
import { actorAgency, readPlay, type PlayRecord } from './playRecord.ts';

/** An agency's part in a task on paper. */
export type PaperPart = 'lead' | 'support' | 'none';

/** An authority exercised for a task, and the log entry that did it. */
export interface ExercisedFor {
  authority: string;
  seq: number;
}

/** One agency's part in one task: on paper, and in practice (seq numbers). */
export interface TvbTaskCell {
  agency: string;
  paper: PaperPart;
  claimedLead: number[];
  claimedSupport: number[];
  declined: number[];
  exercised: ExercisedFor[];
}

/** A task across all agencies, with its paper lead and practice lead agency where there is one. */
export interface TvbTaskRow {
  task: string;
  paperLead?: string;
  practiceLead?: string;
  cells: TvbTaskCell[];
}

/** One role's relation to one authority: holding it on paper, exercising it in play. */
export interface TvbAuthorityCell {
  role: string;
  agency: string;
  holds: boolean;
  exercised: number[];
  /** Exercised without holding it. */
  overreach: boolean;
  /** Held and exercised, by a role whose level differs from the authority's `level`. */
  wrongLevel: boolean;
}

/** An authority across the roles that hold it or exercised it (scenario order of roles). */
export interface TvbAuthorityRow {
  authority: string;
  level?: Level;
  cells: TvbAuthorityCell[];
}

/** The TVB matrix: tasks × agencies and authorities × roles, paper beside practice. */
export interface TvbMatrix {
  tasks: TvbTaskRow[];
  authorities: TvbAuthorityRow[];
}

function paperPart(index: ScenarioIndex, task: Task, agency: string): PaperPart {
  if (task.lead !== undefined && agencyOf(index, task.lead) === agency) return 'lead';
  return (task.support ?? []).some((supporter) => agencyOf(index, supporter) === agency) ? 'support' : 'none';
}

function taskRow(play: PlayRecord, task: Task): TvbTaskRow {
  const { index } = play;
  const actionsOn = play.actions.filter((action) => 'task' in action && action.task === task.id);
  const paperLead = task.lead === undefined ? undefined : (agencyOf(index, task.lead) ?? task.lead);
  const practiceLead = play.practiceLeads.get(task.id);
  return {
    task: task.id,
    ...(paperLead === undefined ? {} : { paperLead }),
    ...(practiceLead === undefined ? {} : { practiceLead }),
    cells: [...index.agencies.keys()].map((agency) => {
      const ours = actionsOn.filter((action) => actorAgency(index, action.by) === agency);
      return {
        agency,
        paper: paperPart(index, task, agency),
        claimedLead: ours.flatMap((a) => (a.type === 'claim' && a.as === 'lead' ? [a.seq] : [])),
        claimedSupport: ours.flatMap((a) => (a.type === 'claim' && a.as === 'support' ? [a.seq] : [])),
        declined: ours.flatMap((a) => (a.type === 'decline' ? [a.seq] : [])),
        exercised: ours.flatMap((a) => (a.type === 'exercise' ? [{ authority: a.authority, seq: a.seq }] : [])),
      };
    }),
  };
}

function authorityRow(play: PlayRecord, authorityId: string, level: Level | undefined): TvbAuthorityRow {
  const { index } = play;
  const cells = [...index.roles.values()].flatMap((role): TvbAuthorityCell[] => {
    const holds = roleHolds(index, role.id, authorityId);
    const exercised = play.authorityUses
      .filter((use) => use.role === role.id && use.authority === authorityId)
      .map((use) => use.entry.seq);
    if (!holds && exercised.length === 0) return [];
    const used = exercised.length > 0;
    return [
      {
        role: role.id,
        agency: role.agency,
        holds,
        exercised,
        overreach: used && !holds,
        wrongLevel: used && holds && level !== undefined && level !== role.level,
      },
    ];
  });
  return { authority: authorityId, ...(level === undefined ? {} : { level }), cells };
}

/** The TVB matrix of play: who should do and may do what on paper, beside who did. */
export function buildTvbMatrix(scenario: Scenario, timeline: readonly TimelineEntry[]): TvbMatrix {
  const play = readPlay(scenario, timeline);
  return {
    tasks: scenario.tasks.map((task) => taskRow(play, task)),
    authorities: scenario.authorities.map((authority) => authorityRow(play, authority.id, authority.level)),
  };
}
