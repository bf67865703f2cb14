import { setup } from 'xstate';
import type { SnapshotFrom, StateValue } from 'xstate';
import type { Action } from '../shared/actions.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { EngineStatus } from './engineState.ts';

/** An effect the lifecycle machine names for `step` to apply, with its params. */
export type ExerciseEffect =
  | { type: 'openPlay' }
  | { type: 'advanceClock'; params: { to: number } }
  | { type: 'releaseInject'; params: { inject: string } }
  | { type: 'skipInject'; params: { inject: string } }
  | { type: 'fireEvent'; params: { event: string } }
  | { type: 'recordAction'; params: { action: Action } };

type ParamsOf<T extends ExerciseEffect['type']> = Extract<ExerciseEffect, { type: T; params: unknown }>['params'];

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
 */
export const exerciseMachine = setup({
  types: {
    events: {} as CheckedEngineInput,
  },
  actions: {
    openPlay: noEffectHere,
    advanceClock: noEffectHere as (_: unknown, params: ParamsOf<'advanceClock'>) => void,
    releaseInject: noEffectHere as (_: unknown, params: ParamsOf<'releaseInject'>) => void,
    skipInject: noEffectHere as (_: unknown, params: ParamsOf<'skipInject'>) => void,
    fireEvent: noEffectHere as (_: unknown, params: ParamsOf<'fireEvent'>) => void,
    recordAction: noEffectHere as (_: unknown, params: ParamsOf<'recordAction'>) => void,
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
        RELEASE: { actions: { type: 'releaseInject', params: ({ event }) => ({ inject: event.inject }) } },
        SKIP: { actions: { type: 'skipInject', params: ({ event }) => ({ inject: event.inject }) } },
        FIRE: { actions: { type: 'fireEvent', params: ({ event }) => ({ event: event.event }) } },
        ACTION: { actions: { type: 'recordAction', params: ({ event }) => ({ action: event.action }) } },
      },
      states: {
        running: {
          on: {
            PAUSE: 'paused',
            // The clock only moves while running: a paused exercise holds its time.
            ADVANCE: { actions: { type: 'advanceClock', params: ({ event }) => ({ to: event.to }) } },
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

const snapshots = new Map<EngineStatus, SnapshotFrom<typeof exerciseMachine>>();

/**
 * The machine snapshot for an engine status. The engine state keeps only the status (a snapshot
 * is not plain data); snapshots are immutable, so one per status is resolved once and reused.
 */
export function snapshotFor(status: EngineStatus): SnapshotFrom<typeof exerciseMachine> {
  const cached = snapshots.get(status);
  if (cached) return cached;
  const snapshot = exerciseMachine.resolveState({ value: stateValueOf(status) });
  snapshots.set(status, snapshot);
  return snapshot;
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
export function statusOf(snapshot: SnapshotFrom<typeof exerciseMachine>): EngineStatus {
  if (snapshot.matches({ live: 'paused' })) return 'paused';
  if (snapshot.matches('live')) return 'running';
  return snapshot.matches('ended') ? 'ended' : 'ready';
}

/**
 * The effects among the actions xstate's `transition` returned. xstate types the params of all
 * of a machine's actions as one union, so the pairing of each name with its params, which the
 * machine config above guarantees, is restored here.
 */
export function effectsOf(actions: readonly { type: string; params: unknown }[]): ExerciseEffect[] {
  return actions.filter((action) => EFFECT_TYPES.has(action.type)).map((action) => ({ type: action.type, params: action.params }) as ExerciseEffect);
}
