import type { Scenario } from '../scenario/schema.ts';
import { checkEngineInput } from './engineInput.ts';
import type { EngineInput } from './engineInput.ts';
import { createEngineState } from './engineState.ts';
import type { EngineState } from './engineState.ts';
import { exerciseSnapshot } from './exerciseMachine.ts';
import type { ExerciseSnapshot } from './exerciseMachine.ts';
import type { Refusal } from './refusal.ts';
import { takeInput } from './step.ts';
import type { TimelineEntry } from './timeline.ts';

/**
 * A whole run played in one go (a replay, a script), which owns its engine state: the machine
 * steps from one snapshot to the next and each state is written into the one before instead of
 * copied, which on a long run saves copying the record of every release at every release. Only
 * the final state leaves the run. Each input is checked once, as it comes from outside.
 */
export class HeadlessRun {
  private snapshot: ExerciseSnapshot;
  readonly timeline: TimelineEntry[] = [];

  constructor(scenario: Scenario, seed: number) {
    this.snapshot = exerciseSnapshot(scenario, createEngineState(scenario, seed), 'in-place');
  }

  get state(): EngineState {
    return this.snapshot.context.state;
  }

  /** Plays one input; the refusal when the engine does not take it. */
  play(input: EngineInput): Refusal | undefined {
    const checked = checkEngineInput(input);
    if ('refusal' in checked) return checked.refusal;
    this.snapshot = takeInput(this.snapshot, checked.input);
    const { entries, refusal } = this.snapshot.context.outcome;
    for (const entry of entries) this.timeline.push(entry);
    return refusal;
  }
}
