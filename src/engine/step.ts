import { transition } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { engineInputSchema } from './engineInput.ts';
import type { EngineInput } from './engineInput.ts';
import type { EngineState } from './engineState.ts';
import { effectsOf, exerciseMachine, snapshotFor, statusOf } from './exerciseMachine.ts';
import type { ExerciseEffect } from './exerciseMachine.ts';
import { facilitatorRefusal, releaseByHand, skipInject } from './facilitatorInputs.ts';
import { lifecycleRefusal } from './lifecycleRefusal.ts';
import { actionRefusal, recordAction } from './participantActions.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { advanceClock, openPlay } from './releasing.ts';
import { startDraft } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';
import type { TimelineEntry } from './timeline.ts';

/** The outcome of one step: the next state and the timeline entries it produced, or the same state and a refusal. */
export interface StepResult {
  state: EngineState;
  entries: TimelineEntry[];
  refusal?: Refusal;
}

/**
 * One engine step, a pure function of (scenario, state, input). The lifecycle machine decides
 * whether the input is allowed now and which effect it has; the effect is then checked against
 * the scenario and applied to a draft of the next state. A refused input changes nothing and
 * returns the very same state object. Never throws on a bad input.
 */
export function step(scenario: Scenario, state: EngineState, input: EngineInput): StepResult {
  const parsed = engineInputSchema.safeParse(input);
  if (!parsed.success) return refused(state, refuse('malformed-input', `the input does not fit: ${describeIssues(parsed.error.issues)}`));
  const checked = parsed.data;

  const snapshot = snapshotFor(state.status);
  if (!snapshot.can(checked)) return refused(state, lifecycleRefusal(state.status, checked.type));
  const [next, effects] = transition(exerciseMachine, snapshot, checked);

  const draft = startDraft(scenario, state, statusOf(next));
  for (const effect of effectsOf(effects)) {
    const refusal = applyEffect(draft, effect);
    if (refusal) return refused(state, refusal);
  }
  return { state: draft.state, entries: draft.entries };
}

function refused(state: EngineState, refusal: Refusal): StepResult {
  return { state, entries: [], refusal };
}

/** Checks one effect the machine named against the scenario and, if allowed, applies it to the draft. */
function applyEffect(draft: StepDraft, effect: ExerciseEffect): Refusal | undefined {
  const { scenario, state } = draft;
  switch (effect.type) {
    case 'openPlay':
      openPlay(draft);
      return undefined;
    case 'advanceClock': {
      const { to } = effect.params;
      if (to < state.now) return refuse('time-backwards', `cannot advance the clock to ${to}s: it is already at ${state.now}s`);
      if (to > scenario.duration) return refuse('beyond-duration', `cannot advance the clock to ${to}s: play ends at ${scenario.duration}s`);
      advanceClock(draft, to);
      return undefined;
    }
    case 'releaseInject': {
      const refusal = facilitatorRefusal(scenario, state, 'release', effect.params.inject);
      if (!refusal) releaseByHand(draft, 'release', effect.params.inject);
      return refusal;
    }
    case 'fireEvent': {
      const refusal = facilitatorRefusal(scenario, state, 'fire', effect.params.event);
      if (!refusal) releaseByHand(draft, 'fire', effect.params.event);
      return refusal;
    }
    case 'skipInject': {
      const refusal = facilitatorRefusal(scenario, state, 'skip', effect.params.inject);
      if (!refusal) skipInject(draft, effect.params.inject);
      return refusal;
    }
    case 'recordAction': {
      const refusal = actionRefusal(scenario, state, effect.params.action);
      if (!refusal) recordAction(draft, effect.params.action);
      return refusal;
    }
    default:
      return exhaustiveSwitchError(effect, 'type');
  }
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message)).join('; ');
}
