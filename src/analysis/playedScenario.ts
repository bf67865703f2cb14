import type { TimelineEntry } from '../engine/timeline.ts';
import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import type { Inject, Scenario } from '../scenario/schema.ts';

/**
 * The scenario as a timeline played it: with the injects the control team improvised (section
 * 19), each at the time of its input, so that their expectations and decisions count like any
 * other inject's.
 */
export function playedScenario(scenario: Scenario, timeline: readonly TimelineEntry[]): Scenario {
  const improvised = timeline.flatMap((entry): Inject[] => (entry.type === 'improvise' ? [{ ...entry.inject, at: entry.at }] : []));
  return scenarioInPlay(scenario, improvised);
}
