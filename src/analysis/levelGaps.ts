import { addressedAgencies } from '../scenario/scenarioIndex.ts';
import { formatDuration } from '../shared/duration.ts';
import type { Gap } from '../shared/gap.ts';
import { clockTime } from './clockTime.ts';
import type { EscalationOutcome, ExpectationOutcome, LevelLinks } from './levelLinks.ts';
import { actorAgency, type PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** `missed-escalation` or `late-escalation` for one level expectation, or nothing when the matter reached its level in time. */
function expectationGap(play: PlayRecord, names: ScenarioNames, outcome: ExpectationOutcome): Gap[] {
  const { release, matter: released, level, deadline, reachedBy } = outcome;
  const matter = names.release(release.inject);
  if (reachedBy === undefined) {
    return [
      practiceGap({
        code: 'missed-escalation',
        inject: release.inject,
        level,
        agencies: addressedAgencies(play.index, released),
        at: play.index.scenario.duration,
        evidence: [release.seq],
        message: names.t('practice.missedEscalation', { level: names.level(level), release: matter }),
      }),
    ];
  }
  if (deadline === undefined || reachedBy.at <= deadline) return [];
  const late = formatDuration(reachedBy.at - deadline);
  return [
    practiceGap({
      code: 'late-escalation',
      inject: release.inject,
      level,
      agencies: [actorAgency(play.index, reachedBy.by)],
      roles: [reachedBy.by],
      at: reachedBy.at,
      evidence: [release.seq, reachedBy.seq],
      message: names.t('practice.lateEscalation', { role: names.role(reachedBy.by), release: matter, level: names.level(level), at: clockTime(reachedBy.at), late, deadline: clockTime(deadline) }),
    }),
  ];
}

/** `unanswered-escalation` for an escalation about a matter that nobody it went to took up. */
function escalationGap(play: PlayRecord, names: ScenarioNames, outcome: EscalationOutcome): Gap[] {
  const { escalation, answeredBy } = outcome;
  if (answeredBy !== undefined) return [];
  const toRole = play.index.roles.has(escalation.to);
  const agencies = [actorAgency(play.index, escalation.by)];
  if (toRole && actorAgency(play.index, escalation.to) !== agencies[0]) agencies.push(actorAgency(play.index, escalation.to));
  const addressee = toRole || outcome.to === undefined ? names.role(escalation.to) : names.t('practice.levelAddressee', { level: names.level(outcome.to) });
  return [
    practiceGap({
      code: 'unanswered-escalation',
      inject: escalation.about,
      ...(toRole ? {} : { level: escalation.to }),
      agencies,
      roles: toRole ? [escalation.by, escalation.to] : [escalation.by],
      at: play.index.scenario.duration,
      evidence: [escalation.seq],
      message: names.t('practice.unansweredEscalation', { role: names.role(escalation.by), release: names.release(escalation.about), addressee, at: clockTime(escalation.at) }),
    }),
  ];
}

/** The gaps in the link between the levels (section 18). */
export function findLevelGaps(play: PlayRecord, names: ScenarioNames, links: LevelLinks): Gap[] {
  return [...links.expectations.flatMap((outcome) => expectationGap(play, names, outcome)), ...links.escalations.flatMap((outcome) => escalationGap(play, names, outcome))];
}
