import type { TimelineEntry } from '../engine/timeline.ts';
import { LEVELS, type Level, type Scenario } from '../scenario/schema.ts';
import { readLevelLinks } from './levelLinks.ts';
import { readPlay } from './playRecord.ts';

/** Escalations about a matter from one level to another, and how many of them were answered. */
export interface LevelPair {
  from: Level;
  to: Level;
  count: number;
  answered: number;
}

/** One level expectation of a released matter: when it was due and when (and by whom) the level was reached, null when not. */
export interface LevelExpectationResult {
  inject: string;
  level: Level;
  released: number;
  deadline: number | null;
  reached: number | null;
  by: string | null;
}

/** The report's `levels` key (section 18). */
export interface LevelsReport {
  /** All nine ordered pairs of levels, strategic first, `from` before `to`. */
  escalations: LevelPair[];
  /** One per level expectation of a released inject or event, in release order and then in `expects` order. */
  expectations: LevelExpectationResult[];
}

/** How the levels were linked in play: escalations between them and the expectations of levels. */
export function summariseLevels(scenario: Scenario, timeline: readonly TimelineEntry[]): LevelsReport {
  const links = readLevelLinks(readPlay(scenario, timeline));
  const escalations = LEVELS.flatMap((from) =>
    LEVELS.map((to) => {
      const between = links.escalations.filter((outcome) => outcome.from === from && outcome.to === to);
      return { from, to, count: between.length, answered: between.filter((outcome) => outcome.answeredBy !== undefined).length };
    }),
  );
  const expectations = links.expectations.map(({ release, level, deadline, reachedBy }) => ({
    inject: release.inject,
    level,
    released: release.at,
    deadline: deadline ?? null,
    reached: reachedBy?.at ?? null,
    by: reachedBy?.by ?? null,
  }));
  return { escalations, expectations };
}
