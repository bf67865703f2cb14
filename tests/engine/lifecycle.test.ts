import { describe, expect, it } from 'vitest';
import { createEngineState, exerciseMachine, replay, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState } from '../../src/engine/index.ts';
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

  it('is an xstate machine whose final state is the end of play', () => {
    const ended = exerciseMachine.resolveState({ value: 'ended' });
    expect(ended.status).toBe('done');
    expect(exerciseMachine.resolveState({ value: 'ready' }).can({ type: 'START' })).toBe(true);
    expect(exerciseMachine.resolveState({ value: { live: 'paused' } }).can({ type: 'ADVANCE', to: 1 })).toBe(false);
  });
});
