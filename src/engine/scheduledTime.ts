import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineState } from './engineState.ts';
import { entryOf, hasEntry } from './ownRecord.ts';

/**
 * When an inject or event not yet released will be released by its own schedule, or undefined
 * when nothing schedules it (any more): released, skipped, a `choice` or `manual` event, an
 * `after` whose target is not released yet, a `chance` the seed did not fire, a `missed` whose
 * task has a lead claim.
 */
export function scheduledTime(scenario: Scenario, state: EngineState, id: string): number | undefined {
  if (hasEntry(state.released, id) || hasEntry(state.skipped, id)) return undefined;
  const index = indexScenario(scenario);
  const inject = index.injects.get(id);
  if (inject) return inject.at;
  const trigger = index.events.get(id)?.trigger;
  if (trigger === undefined) return undefined;
  if ('at' in trigger) return trigger.at;
  if ('missed' in trigger) return hasEntry(state.firstLeadClaims, trigger.missed.task) ? undefined : trigger.missed.by;
  if ('chance' in trigger) return entryOf(state.chanceTimes, id);
  if ('after' in trigger) return entryOf(state.afterTimes, id);
  return undefined;
}

/** The earliest scheduled time `t` with `after < t <= upTo`, if any. */
export function earliestDue(scenario: Scenario, state: EngineState, after: number, upTo: number): number | undefined {
  let earliest: number | undefined;
  for (const id of indexScenario(scenario).releases.keys()) {
    const time = scheduledTime(scenario, state, id);
    if (time !== undefined && time > after && time <= upTo && (earliest === undefined || time < earliest)) earliest = time;
  }
  return earliest;
}

/** The ids scheduled at exactly `time`: injects in file order, then events in file order (section 17). */
export function dueAt(scenario: Scenario, state: EngineState, time: number): string[] {
  // The index lists injects before events, each in file order.
  return [...indexScenario(scenario).releases.keys()].filter((id) => scheduledTime(scenario, state, id) === time);
}

/**
 * The scenario time of the next scheduled release, so that a live host can keep a single timer;
 * undefined when nothing more is scheduled within play (or play has ended).
 */
export function nextDueAt(scenario: Scenario, state: EngineState): number | undefined {
  switch (state.status) {
    case 'ready':
      // Nothing is released before START, so what is due at the current instant is still to come.
      return earliestDue(scenario, state, state.now - 1, scenario.duration);
    case 'running':
    case 'paused':
      return earliestDue(scenario, state, state.now, scenario.duration);
    case 'ended':
      return undefined;
    default:
      return exhaustiveSwitchError(state.status);
  }
}
