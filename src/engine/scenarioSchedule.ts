import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { Scenario } from '../scenario/schema.ts';

/** An event that follows the release of another inject or event (`after` trigger). */
export interface Follower {
  event: string;
  delay: number;
}

/**
 * How an inject or event gets its release time: from the scenario alone (`fixed`: an inject's
 * `at` or an event's `at`), from the scenario unless a lead claim came first (`missed`), from the
 * state (`chance` outcomes drawn from the seed, `after` times set when the target is released),
 * or only through an input (`unscheduled`: `choice` and `manual`).
 */
export type Timing =
  | { kind: 'fixed'; time: number }
  | { kind: 'missed'; task: string; by: number }
  | { kind: 'chance' }
  | { kind: 'after' }
  | { kind: 'unscheduled' };

/** An id with the time at which it is scheduled. */
export interface TimedId {
  id: string;
  time: number;
}

/** Who follows whom in a scenario, built once per scenario: the engine never scans for it per step. */
export interface ScenarioSchedule {
  /** Position of each inject and event: injects first, then events, each in file order. */
  fileOrder: ReadonlyMap<string, number>;
  /** The events whose `after` names an id, in file order. */
  followersOf: ReadonlyMap<string, readonly Follower[]>;
  /** The events a first choice of an option triggers, by decision id then option id, in file order. */
  choiceFollowers: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** How each inject and event is timed, by id. */
  timings: ReadonlyMap<string, Timing>;
  /**
   * The `fixed` and `missed` ids by time, ties in file order, so that finding what is due next
   * is a binary search rather than a scan of every inject and event at every clock move.
   */
  fixedTimes: readonly TimedId[];
}

const cache = new WeakMap<Scenario, ScenarioSchedule>();

/** The schedule index of a scenario; the same object is returned for the same scenario. */
export function scheduleOf(scenario: Scenario): ScenarioSchedule {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const fileOrder = new Map<string, number>();
  for (const release of [...scenario.injects, ...scenario.events]) {
    if (!fileOrder.has(release.id)) fileOrder.set(release.id, fileOrder.size);
  }
  const followersOf = new Map<string, Follower[]>();
  const choiceFollowers = new Map<string, Map<string, string[]>>();
  for (const event of scenario.events) {
    const trigger = event.trigger;
    if ('after' in trigger) {
      appendTo(followersOf, trigger.after, { event: event.id, delay: trigger.delay });
    } else if ('choice' in trigger) {
      const byOption = choiceFollowers.get(trigger.choice.decision) ?? new Map<string, string[]>();
      choiceFollowers.set(trigger.choice.decision, byOption);
      appendTo(byOption, trigger.choice.option, event.id);
    }
  }
  const timings = timingsOf(scenario);
  const fixedTimes: TimedId[] = [];
  for (const [id, timing] of timings) {
    if (timing.kind === 'fixed') fixedTimes.push({ id, time: timing.time });
    if (timing.kind === 'missed') fixedTimes.push({ id, time: timing.by });
  }
  // Array.prototype.sort is stable, and the timings are listed in file order.
  fixedTimes.sort((a, b) => a.time - b.time);
  const schedule: ScenarioSchedule = { fileOrder, followersOf, choiceFollowers, timings, fixedTimes };
  cache.set(scenario, schedule);
  return schedule;
}

/** The timing of each id, in file order; an id used by an inject is timed as that inject. */
function timingsOf(scenario: Scenario): Map<string, Timing> {
  const index = indexScenario(scenario);
  const timings = new Map<string, Timing>();
  for (const id of index.releases.keys()) {
    const inject = index.injects.get(id);
    const trigger = index.events.get(id)?.trigger;
    if (inject) timings.set(id, { kind: 'fixed', time: inject.at });
    else if (trigger === undefined) timings.set(id, { kind: 'unscheduled' });
    else if ('at' in trigger) timings.set(id, { kind: 'fixed', time: trigger.at });
    else if ('missed' in trigger) timings.set(id, { kind: 'missed', task: trigger.missed.task, by: trigger.missed.by });
    else if ('chance' in trigger) timings.set(id, { kind: 'chance' });
    else if ('after' in trigger) timings.set(id, { kind: 'after' });
    else timings.set(id, { kind: 'unscheduled' });
  }
  return timings;
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
