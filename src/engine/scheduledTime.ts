import type { Scenario } from '../scenario/schema.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineState } from './engineState.ts';
import { entryOf, hasEntry } from './ownRecord.ts';
import { scheduleOf } from './scenarioSchedule.ts';
import type { TimedId } from './scenarioSchedule.ts';
import { timesInOrder } from './timesInOrder.ts';

/**
 * When an inject or event not yet released will be released by its own schedule, or undefined
 * when nothing schedules it (any more): released, skipped, a `choice` or `manual` event, an
 * `after` whose target is not released yet, a `chance` the seed did not fire, a `missed` whose
 * task has a lead claim.
 */
export function scheduledTime(scenario: Scenario, state: EngineState, id: string): number | undefined {
  if (hasEntry(state.released, id) || hasEntry(state.skipped, id)) return undefined;
  const timing = scheduleOf(scenario).timings.get(id);
  if (timing === undefined) return undefined;
  switch (timing.kind) {
    case 'fixed':
      return timing.time;
    case 'missed':
      return hasEntry(state.firstLeadClaims, timing.task) ? undefined : timing.by;
    case 'chance':
      return entryOf(state.chanceTimes, id);
    case 'after':
      return entryOf(state.afterTimes, id);
    case 'unscheduled':
      return undefined;
    default:
      return exhaustiveSwitchError(timing, 'kind');
  }
}

/**
 * Every id that can have a scheduled time, in three lists sorted by time: the scenario's fixed
 * times and the state's chance and `after` times. An entry counts only while `scheduledTime`
 * still gives it that time (not released, skipped or claimed away since).
 */
function candidateLists(scenario: Scenario, state: EngineState): readonly (readonly TimedId[])[] {
  return [scheduleOf(scenario).fixedTimes, timesInOrder(state.chanceTimes), timesInOrder(state.afterTimes)];
}

/** The earliest scheduled time `t` with `after < t <= upTo`, if any. */
export function earliestDue(scenario: Scenario, state: EngineState, after: number, upTo: number): number | undefined {
  let earliest: number | undefined;
  for (const candidates of candidateLists(scenario, state)) {
    for (let i = firstWhere(candidates, (time) => time > after); i < candidates.length; i += 1) {
      const { id, time } = candidates[i] as TimedId;
      if (time > upTo || (earliest !== undefined && time >= earliest)) break;
      if (scheduledTime(scenario, state, id) === time) {
        earliest = time;
        break;
      }
    }
  }
  return earliest;
}

/** The ids scheduled at exactly `time`: injects in file order, then events in file order (section 17). */
export function dueAt(scenario: Scenario, state: EngineState, time: number): string[] {
  const due = new Set<string>();
  for (const candidates of candidateLists(scenario, state)) {
    for (let i = firstWhere(candidates, (candidateTime) => candidateTime >= time); i < candidates.length; i += 1) {
      const { id, time: candidateTime } = candidates[i] as TimedId;
      if (candidateTime > time) break;
      if (candidateTime === time && scheduledTime(scenario, state, id) === time) due.add(id);
    }
  }
  // File order lists injects before events, each in file order.
  const { fileOrder } = scheduleOf(scenario);
  return [...due].sort((a, b) => (fileOrder.get(a) ?? 0) - (fileOrder.get(b) ?? 0));
}

/** The position of the first candidate whose time passes `isLateEnough`, which must hold from some position on (binary search). */
function firstWhere(candidates: readonly TimedId[], isLateEnough: (time: number) => boolean): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isLateEnough((candidates[middle] as TimedId).time)) high = middle;
    else low = middle + 1;
  }
  return low;
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
