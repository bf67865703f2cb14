import type { Scenario } from '../scenario/schema.ts';
import type { EngineInput } from './engineInput.ts';
import { createEngineState } from './engineState.ts';
import type { EngineState } from './engineState.ts';
import type { Refusal } from './refusal.ts';
import { stepInPlace } from './step.ts';
import type { TimelineEntry } from './timeline.ts';

/** The outcome of a whole run: the final state, the timeline and the inputs refused on the way (by their index in the input list). */
export interface ReplayResult {
  state: EngineState;
  timeline: TimelineEntry[];
  refusals: { index: number; refusal: Refusal }[];
}

/** Plays a list of inputs from a fresh state: the same scenario, seed and inputs always give the same result. */
export function replay(scenario: Scenario, seed: number, inputs: readonly EngineInput[]): ReplayResult {
  let state = createEngineState(scenario, seed);
  const timeline: TimelineEntry[] = [];
  const refusals: { index: number; refusal: Refusal }[] = [];
  inputs.forEach((input, index) => {
    // Only the final state leaves this function, so each step may write into the one before.
    const result = stepInPlace(scenario, state, input);
    state = result.state;
    timeline.push(...result.entries);
    if (result.refusal) refusals.push({ index, refusal: result.refusal });
  });
  return { state, timeline, refusals };
}
