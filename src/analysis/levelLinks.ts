import type { ReleasedEntry } from '../engine/timeline.ts';
import { levelExpectations } from '../scenario/expectations.ts';
import { LEVELS, type Level, type Release } from '../scenario/schema.ts';
import { escalationReaches, type ScenarioIndex } from '../scenario/scenarioIndex.ts';
import type { ActionEntry, ActionEntryOf, PlayRecord } from './playRecord.ts';

/** A level expectation of a released inject or event, and whether and when the matter reached that level. */
export interface ExpectationOutcome {
  release: ReleasedEntry;
  /** The inject or event released. */
  matter: Release;
  level: Level;
  /** Release time + `within`; undefined without `within`. */
  deadline: number | undefined;
  /** The first action by which the matter reached the level; undefined when it never did. */
  reachedBy: ActionEntry | undefined;
}

/** An escalation about a matter, with the levels it went from and to and the action that answered it, if any. */
type MatterEscalation = ActionEntryOf<'escalate'> & { about: string };

export interface EscalationOutcome {
  escalation: MatterEscalation;
  from: Level | undefined;
  to: Level | undefined;
  answeredBy: ActionEntry | undefined;
}

/** The link between the levels in play (section 18): every level expectation and every escalation about a matter. */
export interface LevelLinks {
  expectations: ExpectationOutcome[];
  escalations: EscalationOutcome[];
}

function levelOf(index: ScenarioIndex, role: string): Level | undefined {
  return index.roles.get(role)?.level;
}

/** The level an escalation goes to: the level it names, or the level of the role it names (a role id wins). */
function targetLevel(index: ScenarioIndex, to: string): Level | undefined {
  if (index.roles.has(to)) return levelOf(index, to);
  return (LEVELS as readonly string[]).includes(to) ? (to as Level) : undefined;
}

/** The matter an action takes up: the inject or event it decides, responds to or escalates about. */
function matterOf(action: ActionEntry): string | undefined {
  if (action.type === 'decide') return action.decision;
  if (action.type === 'respond') return action.inject;
  if (action.type === 'escalate') return action.about;
  return undefined;
}

/** Whether an action brings matter `id` to `level`: an escalation about it to that level, or its taking up by a role of that level. */
function bringsTo(index: ScenarioIndex, action: ActionEntry, id: string, level: Level): boolean {
  if (matterOf(action) !== id) return false;
  if (action.type === 'escalate' && targetLevel(index, action.to) === level) return true;
  return levelOf(index, action.by) === level;
}

/** Whether a later action answers an escalation: the addressee (any role of the level but the escalator) takes the matter up. */
function answers(index: ScenarioIndex, action: ActionEntry, escalation: MatterEscalation): boolean {
  if (action.seq <= escalation.seq || matterOf(action) !== escalation.about) return false;
  if (index.roles.has(escalation.to)) return action.by === escalation.to;
  return action.by !== escalation.by && escalationReaches(index, escalation.to, action.by);
}

/** Whether an action escalates a matter (only those are checked and counted, section 18). */
function isEscalationAboutAMatter(action: ActionEntry): action is MatterEscalation {
  return action.type === 'escalate' && action.about !== undefined;
}

/** Reads the link between the levels from play. */
export function readLevelLinks(play: PlayRecord): LevelLinks {
  const { index, actions } = play;
  const expectations = [...play.releases.values()].flatMap((release) => {
    const matter = index.releases.get(release.inject);
    if (matter === undefined) return [];
    return levelExpectations(matter).map(
      (expectation): ExpectationOutcome => ({
        release,
        matter,
        level: expectation.level,
        deadline: expectation.within === undefined ? undefined : release.at + expectation.within,
        reachedBy: actions.find((action) => action.seq > release.seq && bringsTo(index, action, release.inject, expectation.level)),
      }),
    );
  });
  const escalations = actions.filter(isEscalationAboutAMatter).map(
    (escalation): EscalationOutcome => ({
      escalation,
      from: levelOf(index, escalation.by),
      to: targetLevel(index, escalation.to),
      answeredBy: actions.find((later) => answers(index, later, escalation)),
    }),
  );
  return { expectations, escalations };
}
