import type { Scenario } from '../scenario/schema.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { engineInputSchema } from './engineInput.ts';
import type { CheckedEngineInput, EngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import { lifecycleMove } from './exerciseMachine.ts';
import type { ExerciseEffect } from './exerciseMachine.ts';
import { facilitatorRefusal, releaseByHand, skipInject } from './facilitatorInputs.ts';
import { lifecycleRefusal } from './lifecycleRefusal.ts';
import { actionRefusal, recordAction } from './participantActions.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { advanceClock, openPlay } from './releasing.ts';
import { startDraft } from './stepDraft.ts';
import type { DraftWrites, StepDraft } from './stepDraft.ts';
import type { TimelineEntry } from './timeline.ts';
import { certainlyWellFormed } from './wellFormedInput.ts';

/** The outcome of one step: the next state and the timeline entries it produced, or the same state and a refusal. */
export interface StepResult {
  state: EngineState;
  entries: TimelineEntry[];
  refusal?: Refusal;
}

/**
 * One engine step, a pure function of (scenario, state, input). The input must fit the schema
 * (a quick check passes the common well-formed input; the schema judges and explains the rest).
 * The lifecycle machine decides whether the input is allowed now and which effects it has; the
 * effects are checked against the scenario and the state the input arrives in, and only then
 * applied to a draft of the next state. A refused input changes nothing and returns the very
 * same state object. Never throws on a bad input.
 */
export function step(scenario: Scenario, state: EngineState, input: EngineInput): StepResult {
  return stepWith(scenario, state, input, 'copy');
}

/**
 * `step` for a caller that holds the only reference to `state` and drops it for the result (a
 * replay, a headless run): the next state writes into the records of `state` instead of copying
 * them, which on a long run saves copying the record of every release at every release. A
 * refused input still changes nothing, because an input is judged whole before anything is written.
 */
export function stepInPlace(scenario: Scenario, state: EngineState, input: EngineInput): StepResult {
  return stepWith(scenario, state, input, 'in-place');
}

function stepWith(scenario: Scenario, state: EngineState, input: EngineInput, writes: DraftWrites): StepResult {
  const wellFormed = certainlyWellFormed(input);
  if (wellFormed) return stepChecked(scenario, state, wellFormed, writes);
  const parsed = engineInputSchema.safeParse(input);
  if (!parsed.success) return refused(state, refuse('malformed-input', `the input does not fit: ${describeIssues(parsed.error.issues)}`));
  return stepChecked(scenario, state, parsed.data, writes);
}

function stepChecked(scenario: Scenario, state: EngineState, input: CheckedEngineInput, writes: DraftWrites): StepResult {
  const move = lifecycleMove(state.status, input);
  if (!move) return refused(state, lifecycleRefusal(state.status, input.type));
  for (const effect of move.effects) {
    const refusal = effectRefusal(scenario, state, effect);
    if (refusal) return refused(state, refusal);
  }

  const draft = startDraft(scenario, state, move.status, writes);
  for (const effect of move.effects) applyEffect(draft, effect);
  return { state: draft.state, entries: draft.entries };
}

function refused(state: EngineState, refusal: Refusal): StepResult {
  return { state, entries: [], refusal };
}

/** Why the scenario does not allow an effect the machine named, if it does not. */
function effectRefusal(scenario: Scenario, state: EngineState, effect: ExerciseEffect): Refusal | undefined {
  switch (effect.type) {
    case 'openPlay':
      return undefined;
    case 'advanceClock': {
      const { to } = effect.input;
      if (to < state.now) return refuse('time-backwards', `cannot advance the clock to ${to}s: it is already at ${state.now}s`);
      if (to > scenario.duration) return refuse('beyond-duration', `cannot advance the clock to ${to}s: play ends at ${scenario.duration}s`);
      return undefined;
    }
    case 'releaseInject':
      return facilitatorRefusal(scenario, state, 'release', effect.input.inject);
    case 'fireEvent':
      return facilitatorRefusal(scenario, state, 'fire', effect.input.event);
    case 'skipInject':
      return facilitatorRefusal(scenario, state, 'skip', effect.input.inject);
    case 'recordAction':
      return actionRefusal(scenario, state, effect.input.action);
    default:
      return exhaustiveSwitchError(effect, 'type');
  }
}

/** Applies an allowed effect to the draft. */
function applyEffect(draft: StepDraft, effect: ExerciseEffect): void {
  switch (effect.type) {
    case 'openPlay':
      return openPlay(draft);
    case 'advanceClock':
      return advanceClock(draft, effect.input.to);
    case 'releaseInject':
      return releaseByHand(draft, 'release', effect.input.inject);
    case 'fireEvent':
      return releaseByHand(draft, 'fire', effect.input.event);
    case 'skipInject':
      return skipInject(draft, effect.input.inject);
    case 'recordAction':
      return recordAction(draft, effect.input.action);
    default:
      return exhaustiveSwitchError(effect, 'type');
  }
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message)).join('; ');
}
