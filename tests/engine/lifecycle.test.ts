import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createEngineState, exerciseMachine, replay, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState } from '../../src/engine/index.ts';
import { engineInputSchema } from '../../src/engine/engineInput.ts';
import { exerciseSnapshot } from '../../src/engine/exerciseMachine.ts';
import { scenarioWith } from './engineFixtures.ts';
import { inject } from '../support/scenarioFixture.ts';

const scenario = scenarioWith({ injects: [inject('i01', '0s'), inject('i02', '10m')] });
const note: EngineInput = { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'stand van zaken' } };

function statuses(inputs: EngineInput[]): string[] {
  const seen: string[] = [];
  let state: EngineState = createEngineState(scenario, 0);
  for (const input of inputs) {
    state = step(scenario, state, input).state;
    seen.push(state.status);
  }
  return seen;
}

describe('the lifecycle', () => {
  it('starts ready at t = 0 with nothing released', () => {
    const state = createEngineState(scenario, 5);
    expect(state).toMatchObject({ status: 'ready', now: 0, seed: 5, nextSeq: 1, released: {} });
  });

  it('goes ready → running ⇄ paused → ended', () => {
    expect(statuses([{ type: 'START' }, { type: 'PAUSE' }, { type: 'RESUME' }, { type: 'PAUSE' }, { type: 'END' }])).toEqual([
      'running',
      'paused',
      'running',
      'paused',
      'ended',
    ]);
    expect(statuses([{ type: 'START' }, { type: 'END' }])).toEqual(['running', 'ended']);
  });

  it('lets participants act while paused', () => {
    const result = replay(scenario, 0, [{ type: 'START' }, { type: 'PAUSE' }, note]);
    expect(result.refusals).toEqual([]);
    expect(result.timeline.at(-1)).toMatchObject({ type: 'note', at: 0 });
  });

  it('refuses everything after the end and keeps the last state', () => {
    const result = replay(scenario, 0, [{ type: 'START' }, { type: 'END' }, note, { type: 'RESUME' }, { type: 'START' }]);
    expect(result.refusals.map((refused) => [refused.index, refused.refusal.code])).toEqual([
      [2, 'ended'],
      [3, 'ended'],
      [4, 'ended'],
    ]);
    expect(result.state.status).toBe('ended');
  });

  it('does not move the clock on END, nor on PAUSE and RESUME', () => {
    const result = replay(scenario, 0, [{ type: 'START' }, { type: 'ADVANCE', to: 300 }, { type: 'PAUSE' }, { type: 'RESUME' }, { type: 'END' }]);
    expect(result.state.now).toBe(300);
    expect(result.timeline.map((entry) => entry.type)).toEqual(['released']);
  });

  it('accepts an advance to the current time as a step that releases nothing', () => {
    const started = step(scenario, createEngineState(scenario, 0), { type: 'START' });
    const same = step(scenario, started.state, { type: 'ADVANCE', to: 0 });
    expect(same.refusal).toBeUndefined();
    expect(same.entries).toEqual([]);
  });

  it('never changes the state it was given', () => {
    const before = replay(scenario, 0, [{ type: 'START' }]).state;
    const frozen = structuredClone(before);
    step(scenario, before, { type: 'ADVANCE', to: 600 });
    step(scenario, before, { type: 'RELEASE', inject: 'i02' });
    step(scenario, before, { type: 'END' });
    expect(before).toEqual(frozen);
  });

  it('is one xstate machine that xstate\'s own pure transition steps, leaving no action to run', () => {
    const started = step(scenario, createEngineState(scenario, 0), { type: 'START' }).state;
    const snapshot = exerciseSnapshot(scenario, started, 'copy');
    const [next, actions] = transition(exerciseMachine, snapshot, engineInputSchema.parse({ type: 'ADVANCE', to: 600 }));
    expect(actions).toEqual([]);
    expect(next.value).toBe('running');
    expect(next.context.state.now).toBe(600);
    expect(next.context.outcome.entries).toMatchObject([{ type: 'released', inject: 'i02', at: 600 }]);
    expect(snapshot.context.state).toBe(started);
    expect(started.now).toBe(0);
  });

  it('names each rule of play as a guard and each effect as an action', () => {
    expect(Object.keys(exerciseMachine.implementations.guards)).toEqual(
      expect.arrayContaining(['clockWouldGoBack', 'clockBeyondEnd', 'handFindsItReleased', 'actorIsNoRole', 'concernsUnseenRelease', 'decisionIsNotTheirs']),
    );
    expect(Object.keys(exerciseMachine.implementations.actions)).toEqual(
      expect.arrayContaining(['openPlay', 'pausePlay', 'resumePlay', 'endPlay', 'advanceClock', 'releaseByHand', 'skipInject', 'recordAction', 'refuse']),
    );
  });

  it('refuses by a guard: the rule\'s refusal is the outcome and the engine state stays the same object', () => {
    const started = step(scenario, createEngineState(scenario, 0), { type: 'START' }).state;
    const [next] = transition(exerciseMachine, exerciseSnapshot(scenario, started, 'copy'), engineInputSchema.parse({ type: 'ADVANCE', to: 999_999 }));
    expect(next.context.outcome.refusal?.code).toBe('beyond-duration');
    expect(next.context.state).toBe(started);
  });
});
