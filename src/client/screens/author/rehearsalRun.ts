import { createEngineState, step, type EngineInput, type EngineState, type Refusal, type TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';

/** A solo rehearsal in the browser: the scenario it started with, the engine's state, what happened, and the last refusal. */
export interface RehearsalRun {
  scenario: Scenario;
  seed: number;
  state: EngineState;
  timeline: TimelineEntry[];
  refusal?: Refusal;
}

/** A rehearsal of the scenario as it is now, not started yet; the scenario's own seed when it has one. */
export function newRehearsal(scenario: Scenario): RehearsalRun {
  const seed = scenario.seed ?? 1;
  return { scenario, seed, state: createEngineState(scenario, seed), timeline: [] };
}

/** The rehearsal after one input: played by the engine, or unchanged with the engine's refusal. */
export function rehearse(run: RehearsalRun, input: EngineInput): RehearsalRun {
  const result = step(run.scenario, run.state, input);
  if (result.refusal !== undefined) return { ...run, refusal: result.refusal };
  return { scenario: run.scenario, seed: run.seed, state: result.state, timeline: [...run.timeline, ...result.entries] };
}
