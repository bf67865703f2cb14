import type { ReleasedEntry } from '../engine/timeline.ts';
import type { TaskExpectation } from '../scenario/schema.ts';
import { taskExpectations } from '../scenario/expectations.ts';
import { addressedAgencies, agencyOf } from '../scenario/scenarioIndex.ts';
import { formatDuration } from '../shared/duration.ts';
import type { Gap } from '../shared/gap.ts';
import { sortedUnique } from '../shared/sortedUnique.ts';
import { clockTime } from './clockTime.ts';
import { actorAgency, type PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** An expectation of a release that happened in play. */
interface ReleasedExpectation {
  release: ReleasedEntry;
  expectation: TaskExpectation;
}

function releasedExpectations(play: PlayRecord): ReleasedExpectation[] {
  return [...play.releases.values()].flatMap((release) =>
    taskExpectations(play.index.releases.get(release.inject)).map((expectation) => ({ release, expectation })),
  );
}

/** The agency a task's paper lead stands for (the lead may be a role id). */
function paperLeadAgency(play: PlayRecord, taskId: string): string | undefined {
  const lead = play.index.tasks.get(taskId)?.lead;
  return lead === undefined ? undefined : (agencyOf(play.index, lead) ?? lead);
}

/** `unclaimed-task`: a task expected by a released inject or event that nobody claimed as lead. */
function findUnclaimedTasks(play: PlayRecord, names: ScenarioNames, expected: readonly ReleasedExpectation[]): Gap[] {
  const unclaimed = [...new Set(expected.map(({ expectation }) => expectation.task))].filter((task) => !play.leadClaims.has(task));
  return unclaimed.flatMap((task) => {
    const releases = [...new Set(expected.filter(({ expectation }) => expectation.task === task).map(({ release }) => release))];
    const first = releases[0];
    const firstRelease = first && play.index.releases.get(first.inject);
    if (!first || !firstRelease) return [];
    const paperLead = paperLeadAgency(play, task);
    return [
      practiceGap({
        code: 'unclaimed-task',
        task,
        inject: first.inject,
        agencies: paperLead === undefined ? addressedAgencies(play.index, firstRelease) : [paperLead],
        at: play.index.scenario.duration,
        evidence: releases.map((release) => release.seq),
        message: names.t('practice.unclaimedTask', { task: names.task(task), release: names.release(first.inject) }),
      }),
    ];
  });
}

/** `late-response`: the first lead claim came strictly after an expectation's deadline. */
function findLateResponses(play: PlayRecord, names: ScenarioNames, expected: readonly ReleasedExpectation[]): Gap[] {
  return expected.flatMap(({ release, expectation }) => {
    const claim = play.leadClaims.get(expectation.task)?.[0];
    if (expectation.within === undefined || claim === undefined) return [];
    const deadline = release.at + expectation.within;
    if (deadline >= claim.at) return [];
    const late = formatDuration(claim.at - deadline);
    return [
      practiceGap({
        code: 'late-response',
        task: expectation.task,
        inject: release.inject,
        agencies: [actorAgency(play.index, claim.by)],
        roles: [claim.by],
        at: claim.at,
        evidence: [release.seq, claim.seq],
        message: names.t('practice.lateResponse', {
          role: names.role(claim.by),
          task: names.task(expectation.task),
          at: clockTime(claim.at),
          late,
          deadline: clockTime(deadline),
          release: names.release(release.inject),
        }),
      }),
    ];
  });
}

/** `contested-lead` and `lead-deviation`, both read from the lead claims of each task. */
function findLeadClaimGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  return [...play.leadClaims].flatMap(([task, claims]) => {
    const [first] = claims;
    if (!first) return [];
    const practiceLead = actorAgency(play.index, first.by);
    const gaps: Gap[] = [];
    const challenger = claims.find((claim) => actorAgency(play.index, claim.by) !== practiceLead);
    if (challenger) {
      const claimers = sortedUnique(claims.map((claim) => actorAgency(play.index, claim.by)));
      gaps.push(
        practiceGap({
          code: 'contested-lead',
          task,
          agencies: claimers,
          roles: sortedUnique(claims.map((claim) => claim.by)),
          at: challenger.at,
          evidence: claims.map((claim) => claim.seq),
          message: names.t('practice.contestedLead', { count: claimers.length, task: names.task(task), agencies: names.agencies(claimers) }),
        }),
      );
    }
    const paperLead = paperLeadAgency(play, task);
    if (paperLead !== undefined && paperLead !== practiceLead) {
      gaps.push(
        practiceGap({
          code: 'lead-deviation',
          task,
          agencies: [practiceLead, paperLead],
          roles: [first.by],
          at: first.at,
          evidence: [first.seq],
          message: names.t('practice.leadDeviation', { role: names.role(first.by), task: names.task(task), paperLead: names.agency(paperLead) }),
        }),
      );
    }
    return gaps;
  });
}

/** The practice gaps about claiming tasks: unclaimed, late, contested and deviating leads. */
export function findClaimGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  const expected = releasedExpectations(play);
  return [
    ...findUnclaimedTasks(play, names, expected),
    ...findLateResponses(play, names, expected),
    ...findLeadClaimGaps(play, names),
  ];
}
