import { setup, transition } from 'xstate';
import type { SnapshotFrom, StateValue } from 'xstate';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { EngineStatus } from './engineState.ts';

type InputOf<T extends CheckedEngineInput['type']> = Extract<CheckedEngineInput, { type: T }>;

/** An effect the lifecycle machine names for `step` to apply, with the input that caused it. */
export type ExerciseEffect =
  | { type: 'openPlay' }
  | { type: 'advanceClock'; input: InputOf<'ADVANCE'> }
  | { type: 'releaseInject'; input: InputOf<'RELEASE'> }
  | { type: 'skipInject'; input: InputOf<'SKIP'> }
  | { type: 'fireEvent'; input: InputOf<'FIRE'> }
  | { type: 'recordAction'; input: InputOf<'ACTION'> };

const EFFECT_TYPES: ReadonlySet<string> = new Set<ExerciseEffect['type']>([
  'openPlay',
  'advanceClock',
  'releaseInject',
  'skipInject',
  'fireEvent',
  'recordAction',
]);

/**
 * The lifecycle of one exercise: ready → live (running ⇄ paused) → ended. The machine decides
 * which input is allowed in which status and names the effect it has; `step` runs those effects
 * itself, as pure functions over the engine state, after xstate's pure `transition` has returned
 * them. The machine never runs an effect, so the implementations below are deliberately empty.
 *
 * The machine has no context and no guards, and its effects take no params (each reads the input
 * that caused it), so its answer depends only on the status and the input's type: `lifecycleMove`
 * relies on that to ask xstate once per pair. A guard or a param added here breaks that.
 */
export const exerciseMachine = setup({
  types: {
    events: {} as CheckedEngineInput,
  },
  actions: {
    openPlay: noEffectHere,
    advanceClock: noEffectHere,
    releaseInject: noEffectHere,
    skipInject: noEffectHere,
    fireEvent: noEffectHere,
    recordAction: noEffectHere,
  },
}).createMachine({
  id: 'exercise',
  initial: 'ready',
  states: {
    ready: {
      on: {
        START: { target: 'live', actions: 'openPlay' },
      },
    },
    live: {
      initial: 'running',
      on: {
        END: 'ended',
        RELEASE: { actions: 'releaseInject' },
        SKIP: { actions: 'skipInject' },
        FIRE: { actions: 'fireEvent' },
        ACTION: { actions: 'recordAction' },
      },
      states: {
        running: {
          on: {
            PAUSE: 'paused',
            // The clock only moves while running: a paused exercise holds its time.
            ADVANCE: { actions: 'advanceClock' },
          },
        },
        paused: {
          on: {
            RESUME: 'running',
          },
        },
      },
    },
    ended: {
      type: 'final',
    },
  },
});

function noEffectHere(): void {}

/** What the lifecycle does with an accepted input: the status it moves to and the effects it names, in order. */
export interface LifecycleMove {
  status: EngineStatus;
  effects: ExerciseEffect[];
}

/** The machine's answer for one (status, input type) pair; null when it does not take the input. */
type Answer = { status: EngineStatus; effectTypes: readonly ExerciseEffect['type'][] } | null;

const answers = new Map<EngineStatus, Map<CheckedEngineInput['type'], Answer>>();

/**
 * What the lifecycle machine does with an input in a status, or undefined when it refuses it.
 * xstate's `transition` decides; its answer is kept per (status, input type), which is all it
 * depends on (see the machine above), so a long run asks xstate a handful of times, not per step.
 */
export function lifecycleMove(status: EngineStatus, input: CheckedEngineInput): LifecycleMove | undefined {
  let byType = answers.get(status);
  if (!byType) {
    byType = new Map();
    answers.set(status, byType);
  }
  let answer = byType.get(input.type);
  if (answer === undefined) {
    answer = askMachine(status, input);
    byType.set(input.type, answer);
  }
  if (answer === null) return undefined;
  // The machine config names each effect only on the input type it belongs to, which restores the pairing the cast states.
  return { status: answer.status, effects: answer.effectTypes.map((type) => ({ type, input }) as ExerciseEffect) };
}

function askMachine(status: EngineStatus, input: CheckedEngineInput): Answer {
  const snapshot = exerciseMachine.resolveState({ value: stateValueOf(status) });
  if (!snapshot.can(input)) return null;
  const [next, actions] = transition(exerciseMachine, snapshot, input);
  const effectTypes = actions.map((action) => action.type).filter((type): type is ExerciseEffect['type'] => EFFECT_TYPES.has(type));
  return { status: statusOf(next), effectTypes };
}

function stateValueOf(status: EngineStatus): StateValue {
  switch (status) {
    case 'ready':
    case 'ended':
      return status;
    case 'running':
    case 'paused':
      return { live: status };
    default:
      return exhaustiveSwitchError(status);
  }
}

/** The engine status a machine snapshot is in. */
function statusOf(snapshot: SnapshotFrom<typeof exerciseMachine>): EngineStatus {
  if (snapshot.matches({ live: 'paused' })) return 'paused';
  if (snapshot.matches('live')) return 'running';
  return snapshot.matches('ended') ? 'ended' : 'ready';
}
