import { createActor } from 'xstate';
import type { ActorScope } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { checkEngineInput } from './engineInput.ts';
import type { CheckedEngineInput, EngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import { exerciseMachine, exerciseSnapshot } from './exerciseMachine.ts';
import type { ExerciseSnapshot } from './exerciseMachine.ts';
import type { Refusal } from './refusal.ts';
import type { TimelineEntry } from './timeline.ts';

/** The outcome of one step: the next state and the timeline entries it produced, or the same state and a refusal. */
export interface StepResult {
  state: EngineState;
  entries: readonly TimelineEntry[];
  refusal?: Refusal;
}

/**
 * One engine step, a pure function of (scenario, state, input), for a host that holds a plain
 * engine state and does not trust the input: the input is checked against the schema, then the
 * machine takes it from the snapshot of `state`. A refused input changes nothing and returns the
 * very same state object. Never throws on a bad input.
 */
export function step(scenario: Scenario, state: EngineState, input: EngineInput): StepResult {
  const checked = checkEngineInput(input);
  if ('refusal' in checked) return { state, entries: [], refusal: checked.refusal };
  return stepChecked(scenario, state, checked.input);
}

/** `step` for an input a boundary has checked already. */
export function stepChecked(scenario: Scenario, state: EngineState, input: CheckedEngineInput): StepResult {
  const { context } = takeInput(exerciseSnapshot(scenario, state, 'copy'), input);
  return { state: context.state, ...context.outcome };
}

/**
 * The machine's next snapshot after one checked input: xstate's pure transition, which computes
 * the guards and the `assign` effects and runs nothing else. It is the machine's own
 * `transition` with one inert actor scope for all steps, which is what xstate's exported
 * `transition` builds afresh on every call (together with an actor, which costs several times
 * the step itself).
 */
export function takeInput(snapshot: ExerciseSnapshot, input: CheckedEngineInput): ExerciseSnapshot {
  return exerciseMachine.transition(snapshot, input, scopeFor(snapshot));
}

let inertScope: ActorScope<ExerciseSnapshot, CheckedEngineInput> | undefined;

function scopeFor(snapshot: ExerciseSnapshot): ActorScope<ExerciseSnapshot, CheckedEngineInput> {
  if (inertScope) return inertScope;
  // An actor that is never started, as in xstate's own `transition`: it only gives the scope a `self` and a system.
  const self = createActor(exerciseMachine, { input: snapshot.context });
  inertScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    // The machine's effects are all `assign`s, which xstate applies itself; there is nothing to execute.
    actionExecutor: () => {},
  };
  return inertScope;
}
