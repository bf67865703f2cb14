import type { TimelineEntry } from '../engine/timeline.ts';
import { COOPERATION_LEVELS, type CooperationAmbition, type Scenario } from '../scenario/schema.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { actorAgency, readPlay, type ActionEntry, type PlayRecord } from './playRecord.ts';

/** The measured cooperation levels of section 15, lowest first. */
export const COOPERATION_MEASURES = ['none', ...COOPERATION_LEVELS] as const;
export type CooperationLevel = (typeof COOPERATION_MEASURES)[number];

/** One pair of agencies in the report's `cooperation` (section 15). */
export interface CooperationEntry {
  agencies: [string, string];
  level: CooperationLevel;
  ambition?: CooperationAmbition;
}

/** What kind of act made an exchange (section 15). */
export type ExchangeKind = 'share' | 'request' | 'escalate' | 'support';

/** An exchange from one agency to another, and the log entry it came from. */
export interface Exchange {
  seq: number;
  from: string;
  to: string;
  kind: ExchangeKind;
}

/** A pair's measurement together with the exchanges behind it (seq order). */
export interface PairAssessment extends CooperationEntry {
  exchanges: Exchange[];
}

/** Where an action sends an exchange, if it is one; same-agency acts count for no pair. */
function exchangeOf(play: PlayRecord, action: ActionEntry): Exchange | undefined {
  const from = actorAgency(play.index, action.by);
  const build = (to: string | undefined, kind: ExchangeKind): Exchange | undefined =>
    to === undefined || to === from ? undefined : { seq: action.seq, from, to, kind };
  switch (action.type) {
    case 'share':
      return build(action.with, 'share');
    case 'request':
      return build(action.from, 'request');
    case 'escalate':
      // Only an escalation to a role reaches an agency; one to a level reaches no pair.
      return build(play.index.roles.get(action.to)?.agency, 'escalate');
    case 'claim':
      return action.as === 'support' ? build(play.practiceLeads.get(action.task), 'support') : undefined;
    case 'decline':
    case 'exercise':
    case 'decide':
    case 'respond':
    case 'note':
      return undefined;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

/** Every exchange between two different agencies in play, in seq order. */
export function exchangesIn(play: PlayRecord): Exchange[] {
  return play.actions.flatMap((action) => exchangeOf(play, action) ?? []);
}

/** The exchanges between two agencies, in either direction. */
export function exchangesBetween(exchanges: readonly Exchange[], a: string, b: string): Exchange[] {
  return exchanges.filter((x) => (x.from === a && x.to === b) || (x.from === b && x.to === a));
}

/** The level a pair reached from the exchanges between them (section 15's table). */
export function cooperationLevel(between: readonly Exchange[], a: string, b: string): CooperationLevel {
  if (between.length === 0) return 'none';
  const bothWays = between.some((x) => x.from === a) && between.some((x) => x.from === b);
  if (!bothWays) return 'networking';
  const supports = between.filter((x) => x.kind === 'support');
  if (supports.length === 0) return 'coordinating';
  const supportBothWays = supports.some((x) => x.from === a) && supports.some((x) => x.from === b);
  return supportBothWays ? 'collaborating' : 'cooperating';
}

/** Whether a measured level is lower than another (`none` is the lowest). */
export function isLowerLevel(level: CooperationLevel, than: CooperationLevel): boolean {
  return COOPERATION_MEASURES.indexOf(level) < COOPERATION_MEASURES.indexOf(than);
}

/** Every unordered pair of the scenario's agencies, measured, with the exchanges behind it. */
export function assessCooperation(play: PlayRecord): PairAssessment[] {
  const agencyIds = [...play.index.agencies.keys()].sort();
  const exchanges = exchangesIn(play);
  const ambitions = play.index.scenario.ambition;
  const pairs: PairAssessment[] = [];
  agencyIds.forEach((a, position) => {
    for (const b of agencyIds.slice(position + 1)) {
      // The first declaration of a pair counts, in whichever order it names the two.
      const ambition = ambitions.find((declared) => declared.agencies.includes(a) && declared.agencies.includes(b));
      const between = exchangesBetween(exchanges, a, b);
      pairs.push({
        agencies: [a, b],
        level: cooperationLevel(between, a, b),
        ...(ambition === undefined ? {} : { ambition: ambition.level }),
        exchanges: between,
      });
    }
  });
  return pairs;
}

/** The report's `cooperation`: one entry per unordered pair of agencies, sorted (section 15). */
export function measureCooperation(scenario: Scenario, timeline: readonly TimelineEntry[]): CooperationEntry[] {
  return assessCooperation(readPlay(scenario, timeline)).map(({ agencies, level, ambition }) => ({
    agencies,
    level,
    ...(ambition === undefined ? {} : { ambition }),
  }));
}
