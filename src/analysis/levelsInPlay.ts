import type { TimelineEntry } from '../engine/timeline.ts';
import { LEVELS, type Level, type Scenario } from '../scenario/schema.ts';
import { readLevelLinks } from './levelLinks.ts';
import { readPlay } from './playRecord.ts';

/** An escalation about a matter that nobody it went to has taken up yet. */
export interface OpenEscalation {
  seq: number;
  at: number;
  by: string;
  /** The role or level it went to. */
  to: string;
  /** The level it went to (the level named, or the named role's level). */
  level: Level | undefined;
  about: string;
}

/** A level a released matter is expected to reach and has not reached yet. */
export interface WaitingExpectation {
  inject: string;
  level: Level;
  released: number;
  /** Null without `within`. */
  deadline: number | null;
}

/** What waits between the levels while play goes on: for the console and the projector. */
export interface LevelsInPlay {
  /** Oldest first. */
  openEscalations: OpenEscalation[];
  /** The soonest deadline first; those without a deadline last, in release order. */
  waitingExpectations: WaitingExpectation[];
  /** Matters waiting at each level (open escalations to it and expectations of it), strategic first. */
  waitingAt: { level: Level; count: number }[];
}

/** The link between the levels so far, read from the timeline of a session in play. */
export function levelsInPlay(scenario: Scenario, timeline: readonly TimelineEntry[]): LevelsInPlay {
  const links = readLevelLinks(readPlay(scenario, timeline));
  const openEscalations = links.escalations
    .filter((outcome) => outcome.answeredBy === undefined)
    .map(({ escalation, to }) => ({ seq: escalation.seq, at: escalation.at, by: escalation.by, to: escalation.to, level: to, about: escalation.about }));
  const waitingExpectations = links.expectations
    .filter((outcome) => outcome.reachedBy === undefined)
    .map(({ release, level, deadline }) => ({ inject: release.inject, level, released: release.at, deadline: deadline ?? null }))
    .sort((a, b) => (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY));
  const waitingAt = LEVELS.map((level) => ({
    level,
    count: openEscalations.filter((open) => open.level === level).length + waitingExpectations.filter((waiting) => waiting.level === level).length,
  }));
  return { openEscalations, waitingExpectations, waitingAt };
}
