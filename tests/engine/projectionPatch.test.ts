import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyProjectionPatch, createEngineState, projectFor, projectionPatch, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState, PlayChange, Projection, TimelineEntry, Viewer } from '../../src/engine/index.ts';
import { engineRun, richScenario } from './engineArbitraries.ts';

const scenario = richScenario;
const viewers: Viewer[] = [
  { kind: 'facilitator' },
  { kind: 'display' },
  ...['wijkagent', 'teamchef', 'burgemeester', 'handhaving', 'inspecteur', 'nobody'].map((role): Viewer => ({ kind: 'participant', role })),
];

/** A step of play or a switch of the plan on paper, as a live session has them. */
type Move = { input: EngineInput } | { plan: boolean };

/** Plays moves as the live server does, collecting each accepted change. */
function changesOf(seed: number, moves: readonly Move[]): { changes: PlayChange[]; timeline: TimelineEntry[]; state: EngineState; planVisible: boolean } {
  let state = createEngineState(scenario, seed);
  let planVisible = false;
  const timeline: TimelineEntry[] = [];
  const changes: PlayChange[] = [];
  for (const move of moves) {
    if ('plan' in move) {
      changes.push({ before: state, after: state, entries: [], planVisibleBefore: planVisible, planVisible: move.plan });
      planVisible = move.plan;
      continue;
    }
    const result = step(scenario, state, move.input);
    if (result.refusal) continue;
    changes.push({ before: state, after: result.state, entries: result.entries, planVisibleBefore: planVisible, planVisible });
    timeline.push(...result.entries);
    state = result.state;
  }
  return { changes, timeline, state, planVisible };
}

const moves: fc.Arbitrary<Move[]> = fc
  .tuple(engineRun, fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 4 }))
  .map(([inputs, switches]) => {
    const played: Move[] = inputs.map((input) => ({ input }));
    for (const [position, plan] of switches) played.splice(position % (played.length + 1), 0, { plan });
    return played;
  });

describe('a projection patch', () => {
  it('turns the projection before each change into the one after it, for every viewer, over whole runs', () => {
    fc.assert(
      fc.property(fc.integer(), moves, (seed, played) => {
        const { changes } = changesOf(seed, played);
        for (const viewer of viewers) {
          let held: Projection = projectFor(scenario, createEngineState(scenario, seed), [], viewer);
          const timeline: TimelineEntry[] = [];
          for (const change of changes) {
            timeline.push(...change.entries);
            held = applyProjectionPatch(held, JSON.parse(JSON.stringify(projectionPatch(scenario, change, viewer))));
            expect(held).toEqual(projectFor(scenario, change.after, timeline, viewer, { planVisible: change.planVisible }));
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('stays small: a note carries no scenario and no list of what is to come', () => {
    const started = step(scenario, createEngineState(scenario, 0), { type: 'START' });
    const noted = step(scenario, started.state, { type: 'ACTION', action: { type: 'note', by: 'burgemeester', text: 'koffie' } });
    const change: PlayChange = { before: started.state, after: noted.state, entries: noted.entries, planVisibleBefore: false, planVisible: false };
    for (const viewer of viewers) {
      const patch = projectionPatch(scenario, change, viewer);
      expect(patch).not.toHaveProperty('upcoming');
      expect(patch).not.toHaveProperty('scenario');
    }
    expect(projectionPatch(scenario, change, { kind: 'facilitator' }).entries).toEqual(noted.entries);
    expect(projectionPatch(scenario, change, { kind: 'participant', role: 'wijkagent' }).entries).toEqual([]);
  });

  it('carries what is to come to the facilitator when a release changed it', () => {
    const ready = createEngineState(scenario, 0);
    const started = step(scenario, ready, { type: 'START' });
    const patch = projectionPatch(scenario, { before: ready, after: started.state, entries: started.entries, planVisibleBefore: false, planVisible: false }, { kind: 'facilitator' });
    expect(patch).toHaveProperty('upcoming');
    expect(patch.releases.map((view) => view.release.id)).toContain('i01');
  });

  it('carries the participants’ scenario only when the plan on paper is switched', () => {
    const state = step(scenario, createEngineState(scenario, 0), { type: 'START' }).state;
    const participant: Viewer = { kind: 'participant', role: 'inspecteur' };
    const shown = projectionPatch(scenario, { before: state, after: state, entries: [], planVisibleBefore: false, planVisible: true }, participant);
    expect(shown).toMatchObject({ fields: { planVisible: true }, scenario: { ambition: scenario.ambition } });
    const unchanged = projectionPatch(scenario, { before: state, after: state, entries: [], planVisibleBefore: true, planVisible: true }, participant);
    expect(unchanged).not.toHaveProperty('scenario');
  });

  it('refuses to change a projection of another viewer', () => {
    const state = createEngineState(scenario, 0);
    const display = projectFor(scenario, state, [], { kind: 'display' });
    const patch = projectionPatch(scenario, { before: state, after: state, entries: [], planVisibleBefore: false, planVisible: false }, { kind: 'facilitator' });
    expect(() => applyProjectionPatch(display, patch)).toThrow(/facilitator patch cannot change a display projection/);
  });
});
