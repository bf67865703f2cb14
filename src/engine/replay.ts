import type { Scenario } from '../scenario/schema.ts';
import type { EngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import { HeadlessRun } from './headlessRun.ts';
import type { Refusal } from './refusal.ts';
import type { TimelineEntry } from './timeline.ts';

/** The outcome of a whole run: the final state, the timeline and the inputs refused on the way (by their index in the input list). */
export interface ReplayResult {
  state: EngineState;
  timeline: TimelineEntry[];
  refusals: { index: number; refusal: Refusal }[];
}

/** Plays a list of inputs from a fresh state: the same scenario, seed and inputs always give the same result. */
export function replay(scenario: Scenario, seed: number, inputs: readonly EngineInput[]): ReplayResult {
  const run = new HeadlessRun(scenario, seed);
  const refusals: { index: number; refusal: Refusal }[] = [];
  inputs.forEach((input, index) => {
    const refusal = run.play(input);
    if (refusal) refusals.push({ index, refusal });
  });
  return { state: run.state, timeline: run.timeline, refusals };
}
