import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngineState, replay, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState, TimelineEntry } from '../../src/engine/index.ts';
import { engineRun, richScenario } from './engineArbitraries.ts';

const scenario = richScenario;

function stepByStep(seed: number, inputs: readonly EngineInput[], from: EngineState = createEngineState(scenario, seed)): { state: EngineState; timeline: TimelineEntry[] } {
  let state = from;
  const timeline: TimelineEntry[] = [];
  for (const input of inputs) {
    const result = step(scenario, state, input);
    if (result.refusal) expect(result.state).toBe(state);
    state = result.state;
    timeline.push(...result.entries);
  }
  return { state, timeline };
}

describe('replay', () => {
  it('gives the same state and timeline as stepping live, input by input', () => {
    fc.assert(
      fc.property(fc.integer(), engineRun, (seed, inputs) => {
        const live = stepByStep(seed, inputs);
        const replayed = replay(scenario, seed, inputs);
        expect(replayed.state).toEqual(live.state);
        expect(replayed.timeline).toEqual(live.timeline);
      }),
      { numRuns: 200 },
    );
  });

  it('continues identically from a state that went through JSON', () => {
    fc.assert(
      fc.property(fc.integer(), engineRun, fc.nat(), (seed, inputs, cutAt) => {
        const cut = inputs.length === 0 ? 0 : cutAt % inputs.length;
        const whole = replay(scenario, seed, inputs);
        const first = replay(scenario, seed, inputs.slice(0, cut));
        const restored = JSON.parse(JSON.stringify(first.state)) as EngineState;
        expect(restored).toEqual(first.state);
        const rest = stepByStep(seed, inputs.slice(cut), restored);
        expect(rest.state).toEqual(whole.state);
        expect([...first.timeline, ...rest.timeline]).toEqual(whole.timeline);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the timeline well formed: consecutive seqs, time never going back, each id released at most once, nothing after the duration', () => {
    fc.assert(
      fc.property(fc.integer(), engineRun, (seed, inputs) => {
        const { timeline, state } = replay(scenario, seed, inputs);
        expect(timeline.map((entry) => entry.seq)).toEqual(timeline.map((_, position) => position + 1));
        expect(state.nextSeq).toBe(timeline.length + 1);
        timeline.forEach((entry, position) => {
          expect(entry.at).toBeLessThanOrEqual(scenario.duration);
          if (position > 0) expect(entry.at).toBeGreaterThanOrEqual(timeline[position - 1]!.at);
        });
        const released = timeline.flatMap((entry) => (entry.type === 'released' ? [entry.inject] : []));
        expect(new Set(released).size).toBe(released.length);
        expect(Object.keys(state.released).sort()).toEqual([...released].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('reports each refused input with its index', () => {
    const result = replay(scenario, 0, [{ type: 'ADVANCE', to: 5 }, { type: 'START' }, { type: 'START' }]);
    expect(result.refusals.map((refused) => [refused.index, refused.refusal.code])).toEqual([
      [0, 'not-started'],
      [2, 'already-started'],
    ]);
  });

  it('keeps the state the same size however long play runs', () => {
    const note: EngineInput = { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'nog steeds rustig' } };
    const short = replay(scenario, 0, [{ type: 'START' }, ...Array<EngineInput>(10).fill(note)]).state;
    const long = replay(scenario, 0, [{ type: 'START' }, ...Array<EngineInput>(2000).fill(note)]).state;
    expect({ ...long, nextSeq: 0 }).toEqual({ ...short, nextSeq: 0 });
  });
});
