import type { Scenario } from '../scenario/schema.ts';

/** An event that follows the release of another inject or event (`after` trigger). */
export interface Follower {
  event: string;
  delay: number;
}

/** Who follows whom in a scenario, built once per scenario: the engine never scans for it per step. */
export interface ScenarioSchedule {
  /** Position of each inject and event: injects first, then events, each in file order. */
  fileOrder: ReadonlyMap<string, number>;
  /** The events whose `after` names an id, in file order. */
  followersOf: ReadonlyMap<string, readonly Follower[]>;
  /** The events a first choice of an option triggers, by decision id then option id, in file order. */
  choiceFollowers: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
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
  const schedule: ScenarioSchedule = { fileOrder, followersOf, choiceFollowers };
  cache.set(scenario, schedule);
  return schedule;
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
