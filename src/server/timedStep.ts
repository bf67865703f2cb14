import { checkEngineInput, stepChecked, type CheckedEngineInput, type EngineState, type StepResult } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * Applies a checked input at a scenario time: a running engine is first advanced to that time, so
 * the input lands after everything due by then (section 17). The live session and the replay
 * after a restart both go through here, so a replayed log rebuilds exactly the state that was
 * played. When the input is refused nothing changes, not even the clock.
 */
export function stepAt(scenario: Scenario, state: EngineState, at: number, input: CheckedEngineInput): StepResult {
  if (input.type === 'ADVANCE' || state.status !== 'running' || at <= state.now) return stepChecked(scenario, state, input);
  const advance = checkEngineInput({ type: 'ADVANCE', to: at });
  const advanced = 'input' in advance ? stepChecked(scenario, state, advance.input) : { state, entries: [], refusal: advance.refusal };
  if (advanced.refusal) return stepChecked(scenario, state, input);
  const result = stepChecked(scenario, advanced.state, input);
  return result.refusal ? { state, entries: [], refusal: result.refusal } : { state: result.state, entries: [...advanced.entries, ...result.entries] };
}

/** `stepAt` for an input from a stored log, which is checked first: a log may be older than this version of the engine. */
export function stepStoredAt(scenario: Scenario, state: EngineState, at: number, input: unknown): StepResult {
  const checked = checkEngineInput(input);
  return 'input' in checked ? stepAt(scenario, state, at, checked.input) : { state, entries: [], refusal: checked.refusal };
}
