import { assertEvent, assign, setup } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import { scenarioInPlay } from '../scenario/scenarioInPlay.ts';
import type { Scenario } from '../scenario/schema.ts';
import { clockBeyondEnd, clockWouldGoBack } from './clockRules.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { EngineState, EngineStatus } from './engineState.ts';
import { exerciseContext } from './exerciseContext.ts';
import type { ExerciseContext, RefusalRule } from './exerciseContext.ts';
import { handFindsItReleased, handFindsItSkipped, handNamesNothing, handNamesOtherKind, releaseByHand, skipInject } from './facilitatorInputs.ts';
import { improvisation, improvisationDoesNotFit, improviseInject } from './improvising.ts';
import { lifecycleRefusal } from './lifecycleRefusal.ts';
import { actorIsNoRole, concernsUnseenRelease, decisionIsNotTheirs, namesSomethingUnknown, recordAction } from './participantActions.ts';
import type { Refusal } from './refusal.ts';
import { advanceClock, openPlay } from './releasing.ts';
import { startDraft } from './stepDraft.ts';
import type { DraftWrites, StepDraft } from './stepDraft.ts';

// The rules of play, by name and in the order they are checked; each is a guard of the machine below.
const CLOCK_RULES = { clockWouldGoBack, clockBeyondEnd } satisfies Record<string, RefusalRule>;
const HAND_RULES = { handNamesNothing, handNamesOtherKind, handFindsItReleased, handFindsItSkipped } satisfies Record<string, RefusalRule>;
const IMPROVISE_RULES = { improvisationDoesNotFit } satisfies Record<string, RefusalRule>;
const ACTION_RULES = { actorIsNoRole, namesSomethingUnknown, concernsUnseenRelease, decisionIsNotTheirs } satisfies Record<string, RefusalRule>;
const REFUSAL_RULES = { ...CLOCK_RULES, ...HAND_RULES, ...IMPROVISE_RULES, ...ACTION_RULES };

type RuleName = keyof typeof REFUSAL_RULES;
type GuardArgs = { context: ExerciseContext; event: CheckedEngineInput };

/** Each rule as a guard: true when the input breaks it. */
function guardsFor(rules: typeof REFUSAL_RULES): Record<RuleName, (args: GuardArgs) => boolean> {
  const entries = Object.entries(rules).map(([name, rule]) => [name, ({ context, event }: GuardArgs) => rule(context, event) !== undefined]);
  return Object.fromEntries(entries) as Record<RuleName, (args: GuardArgs) => boolean>;
}

/** The transitions that refuse an input breaking one of the rules, the first broken rule first. */
function refusedByAny(rules: Partial<typeof REFUSAL_RULES>) {
  return (Object.keys(rules) as RuleName[]).map((rule) => ({ guard: rule, actions: { type: 'refuse', params: { rule } } }) as const);
}

/** The next state and outcome after an accepted input: a draft in `status`, with `apply`'s writes and entries. */
function played(context: ExerciseContext, status: EngineStatus, apply?: (draft: StepDraft) => void): Partial<ExerciseContext> {
  const draft = startDraft(context.index.scenario, context.state, status, context.writes);
  apply?.(draft);
  return { state: draft.state, outcome: { entries: draft.entries } };
}

/**
 * The exercise: ready → running ⇄ paused → ended. The context is the engine state; each
 * input is an event. A rule of play is a guard: the first rule an input breaks refuses it, and
 * a refused input leaves the engine state as it was and records only why. Otherwise the
 * transition's action is the input's effect, written with `assign`, so that xstate's pure
 * `transition` computes the whole step and leaves nothing for a host to run. Scenario time
 * arrives as ADVANCE events; the machine has no timers and reads no clock.
 */
const exerciseSetup = setup({
  types: {
    context: {} as ExerciseContext,
    events: {} as CheckedEngineInput,
    input: {} as ExerciseContext,
  },
  guards: guardsFor(REFUSAL_RULES),
  actions: {
    openPlay: assign(({ context }) => played(context, 'running', openPlay)),
    pausePlay: assign(({ context }) => played(context, 'paused')),
    resumePlay: assign(({ context }) => played(context, 'running')),
    endPlay: assign(({ context }) => played(context, 'ended')),
    advanceClock: assign(({ context, event }) => {
      assertEvent(event, 'ADVANCE');
      return played(context, 'running', (draft) => advanceClock(draft, event.to));
    }),
    releaseByHand: assign(({ context, event }) => {
      assertEvent(event, ['RELEASE', 'FIRE']);
      return played(context, context.state.status, (draft) => releaseByHand(draft, event));
    }),
    skipInject: assign(({ context, event }) => {
      assertEvent(event, 'SKIP');
      return played(context, context.state.status, (draft) => skipInject(draft, event.inject));
    }),
    improviseInject: assign(({ context, event }) => {
      assertEvent(event, 'IMPROVISE');
      const read = improvisation(context, event);
      // The guard `improvisationDoesNotFit` has refused an inject that does not fit.
      if ('refusal' in read) throw new Error(read.refusal.reason);
      const improvised = [...context.state.improvised, read.inject];
      // From this input on, the scenario in play has the inject: it is looked up, seen and analysed like any other.
      const index = indexScenario(scenarioInPlay(context.index.scenario, improvised));
      return { index, ...played({ ...context, index }, context.state.status, (draft) => improviseInject(draft, improvised)) };
    }),
    recordAction: assign(({ context, event }) => {
      assertEvent(event, 'ACTION');
      return played(context, context.state.status, (draft) => recordAction(draft, event.action));
    }),
    refuse: assign(({ context, event }, { rule }: { rule: RuleName }) => ({
      // The guard of the same name found this refusal a moment ago.
      outcome: { entries: [], refusal: REFUSAL_RULES[rule](context, event) as Refusal },
    })),
    refuseInThisStatus: assign(({ context, event }) => ({
      outcome: { entries: [], refusal: lifecycleRefusal(context.state.status, event.type) },
    })),
  },
});

/** What play takes while it is live, running or paused: the facilitator's hand, participants' actions and the end. */
const WHILE_LIVE = {
  START: { actions: 'refuseInThisStatus' },
  END: { target: 'ended', actions: 'endPlay' },
  RELEASE: [...refusedByAny(HAND_RULES), { actions: 'releaseByHand' }],
  FIRE: [...refusedByAny(HAND_RULES), { actions: 'releaseByHand' }],
  SKIP: [...refusedByAny(HAND_RULES), { actions: 'skipInject' }],
  IMPROVISE: [...refusedByAny(IMPROVISE_RULES), { actions: 'improviseInject' }],
  ACTION: [...refusedByAny(ACTION_RULES), { actions: 'recordAction' }],
} as const;

export const exerciseMachine = exerciseSetup.createMachine({
  id: 'exercise',
  context: ({ input }) => input,
  initial: 'ready',
  states: {
    ready: {
      on: {
        START: { target: 'running', actions: 'openPlay' },
        '*': { actions: 'refuseInThisStatus' },
      },
    },
    running: {
      on: {
        ...WHILE_LIVE,
        PAUSE: { target: 'paused', actions: 'pausePlay' },
        RESUME: { actions: 'refuseInThisStatus' },
        ADVANCE: [...refusedByAny(CLOCK_RULES), { actions: 'advanceClock' }],
      },
    },
    paused: {
      on: {
        ...WHILE_LIVE,
        RESUME: { target: 'running', actions: 'resumePlay' },
        PAUSE: { actions: 'refuseInThisStatus' },
        // The clock only moves while running: a paused exercise holds its time.
        ADVANCE: { actions: 'refuseInThisStatus' },
      },
    },
    ended: {
      on: {
        '*': { actions: 'refuseInThisStatus' },
      },
    },
  },
});

/** Where the machine is, as xstate keeps it. */
export type ExerciseSnapshot = SnapshotFrom<typeof exerciseMachine>;

/** The machine's snapshot for an engine state of a scenario: in the state node named by its status, with the state as context. */
export function exerciseSnapshot(scenario: Scenario, state: EngineState, writes: DraftWrites): ExerciseSnapshot {
  return exerciseMachine.resolveState({ value: state.status, context: exerciseContext(scenario, state, writes) });
}
