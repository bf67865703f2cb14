import type { Inject, Scenario } from '../scenario/schema.ts';
import { drawChancePlan } from './chancePlan.ts';

/** Where play is in its lifecycle: ready → running ⇄ paused → ended. */
export type EngineStatus = 'ready' | 'running' | 'paused' | 'ended';

/**
 * Everything the engine needs to take its next step. Plain, JSON-serialisable data whose size is
 * bounded by the scenario and what the control team adds to it, never by the number of actions,
 * so a step costs the same late in play as early, and a state can be stored and restored.
 */
export interface EngineState {
  status: EngineStatus;
  /** The scenario clock, in seconds since the start of play. */
  now: number;
  seed: number;
  /** The seq the next timeline entry gets (seqs start at 1). */
  nextSeq: number;
  /** Release time of every released inject and event, by id. */
  released: Readonly<Record<string, number>>;
  /** Scenario time at which each skipped inject was skipped, by id. */
  skipped: Readonly<Record<string, number>>;
  /** Seq of the first accepted lead claim, by task id (a `missed` trigger looks here). */
  firstLeadClaims: Readonly<Record<string, number>>;
  /** The options chosen at least once, by decision id (only a first choice triggers). */
  chosenOptions: Readonly<Record<string, readonly string[]>>;
  /** Release time of each `chance` event that the seed made fire, by event id. */
  chanceTimes: Readonly<Record<string, number>>;
  /** Release time of each event whose `after` target has been released, by event id. */
  afterTimes: Readonly<Record<string, number>>;
  /** Where escalations passed each release on (section 18): the `to` of each, a role id or a level, by release id. */
  passedOn: Readonly<Record<string, readonly string[]>>;
  /**
   * The injects the control team improvised (section 19), in order, each with its release time as
   * `at`: the scenario in play is the scenario with these added. Replaced, never changed, on each.
   */
  improvised: readonly Inject[];
}

/** The state before play starts: clock at 0, nothing released, chance outcomes drawn from the seed. */
export function createEngineState(scenario: Scenario, seed: number): EngineState {
  return {
    status: 'ready',
    now: 0,
    seed,
    nextSeq: 1,
    released: {},
    skipped: {},
    firstLeadClaims: {},
    chosenOptions: {},
    chanceTimes: drawChancePlan(scenario, seed),
    afterTimes: {},
    passedOn: {},
    improvised: [],
  };
}
