import { step, type EngineInput, type EngineState, type StepResult } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * Applies an input at a scenario time: a running engine is first advanced to that time, so the
 * input lands after everything due by then (section 17). The live session and the replay after a
 * restart both go through here, so a replayed log rebuilds exactly the state that was played.
 * When the input is refused nothing changes, not even the clock.
 */
export function stepAt(scenario: Scenario, state: EngineState, at: number, input: EngineInput): StepResult {
  if (input.type === 'ADVANCE' || state.status !== 'running' || at <= state.now) return step(scenario, state, input);
  const advanced = step(scenario, state, { type: 'ADVANCE', to: at });
  if (advanced.refusal) return step(scenario, state, input);
  const result = step(scenario, advanced.state, input);
  return result.refusal ? { state, entries: [], refusal: result.refusal } : { state: result.state, entries: [...advanced.entries, ...result.entries] };
}
