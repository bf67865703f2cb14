import type { Inject, Scenario } from './schema.ts';

/** Each scenario in play built so far, by the list of improvised injects it adds, with the scenario it was built on. */
const inPlay = new WeakMap<readonly Inject[], { base: Scenario; scenario: Scenario }>();
/** The scenario each scenario in play was built on. */
const baseOf = new WeakMap<Scenario, Scenario>();

/**
 * The scenario as play has made it (section 19): the scenario's own injects, then those the
 * control team improvised, in the order they were written, each with the time of its release as
 * `at`. Look-ups by id, visibility and the analysis read improvised injects through it like any
 * other. Without improvised injects it is the scenario itself. Given a scenario in play, it
 * builds on the scenario that one was built on, so asking twice never adds an inject twice; the
 * same list gives the same object.
 */
export function scenarioInPlay(scenario: Scenario, improvised: readonly Inject[]): Scenario {
  const base = baseOf.get(scenario) ?? scenario;
  if (improvised.length === 0) return base;
  const known = inPlay.get(improvised);
  if (known?.base === base) return known.scenario;
  const built: Scenario = { ...base, injects: [...base.injects, ...improvised] };
  inPlay.set(improvised, { base, scenario: built });
  baseOf.set(built, base);
  return built;
}
