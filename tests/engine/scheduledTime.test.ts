import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngineState, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState } from '../../src/engine/index.ts';
import { dueAt, earliestDue, scheduledTime } from '../../src/engine/scheduledTime.ts';
import { indexScenario } from '../../src/scenario/scenarioIndex.ts';
import { engineRun, richScenario } from './engineArbitraries.ts';

const scenario = richScenario;
const ids = [...indexScenario(scenario).releases.keys()];

/** Every state a run goes through, the first included. */
function statesOf(seed: number, inputs: readonly EngineInput[]): EngineState[] {
  const states = [createEngineState(scenario, seed)];
  for (const input of inputs) states.push(step(scenario, states.at(-1) as EngineState, input).state);
  return states;
}

// The definitions, by brute force over every inject and event.
const timesOf = (state: EngineState) => ids.map((id) => ({ id, time: scheduledTime(scenario, state, id) }));

function slowEarliestDue(state: EngineState, after: number, upTo: number): number | undefined {
  const times = timesOf(state).flatMap(({ time }) => (time !== undefined && time > after && time <= upTo ? [time] : []));
  return times.length === 0 ? undefined : Math.min(...times);
}

const slowDueAt = (state: EngineState, time: number): string[] => timesOf(state).flatMap((entry) => (entry.time === time ? [entry.id] : []));

describe('finding what is due', () => {
  it('finds the same earliest due time as a scan of every inject and event, in every state of a run', () => {
    fc.assert(
      fc.property(fc.integer(), engineRun, fc.nat({ max: 3600 }), fc.nat({ max: 3600 }), (seed, inputs, a, b) => {
        for (const state of statesOf(seed, inputs)) {
          expect(earliestDue(scenario, state, state.now, scenario.duration)).toBe(slowEarliestDue(state, state.now, scenario.duration));
          expect(earliestDue(scenario, state, state.now - 1, scenario.duration)).toBe(slowEarliestDue(state, state.now - 1, scenario.duration));
          expect(earliestDue(scenario, state, Math.min(a, b), Math.max(a, b))).toBe(slowEarliestDue(state, Math.min(a, b), Math.max(a, b)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lists the same ids due at an instant, in file order, as a scan of every inject and event', () => {
    fc.assert(
      fc.property(fc.integer(), engineRun, (seed, inputs) => {
        for (const state of statesOf(seed, inputs)) {
          const instants = new Set(timesOf(state).flatMap(({ time }) => (time === undefined ? [] : [time])));
          for (const instant of [...instants, state.now, state.now + 1]) expect(dueAt(scenario, state, instant)).toEqual(slowDueAt(state, instant));
        }
      }),
      { numRuns: 150 },
    );
  });
});
