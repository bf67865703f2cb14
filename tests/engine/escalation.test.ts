import { describe, expect, it } from 'vitest';
import { projectFor, replay } from '../../src/engine/index.ts';
import type { EngineInput, ParticipantProjection } from '../../src/engine/index.ts';
import type { ActionInput } from './engineFixtures.ts';
import { scenarioWith } from './engineFixtures.ts';
import { inject } from '../support/scenarioFixture.ts';

const scenario = scenarioWith({
  injects: [inject('i01', '0s', { to: ['wijkagent'], decision: { prompt: 'Sluiten?', options: [{ id: 'ja', label: 'Ja' }] } })],
});
const act = (action: ActionInput): EngineInput => ({ type: 'ACTION', action });
const START: EngineInput = { type: 'START' };

function inboxOf(role: string, inputs: readonly EngineInput[]): ParticipantProjection['releases'] {
  const { state, timeline } = replay(scenario, 0, inputs);
  return (projectFor(scenario, state, timeline, { kind: 'participant', role }) as ParticipantProjection).releases;
}

describe('escalating a matter (section 18)', () => {
  it('passes it on to the role it names, who may then respond, decide and escalate about it', () => {
    const before = replay(scenario, 0, [START, act({ type: 'respond', by: 'teamchef', inject: 'i01', text: 'gezien' })]);
    expect(before.refusals.map((refused) => refused.refusal.code)).toEqual(['not-visible']);

    const after = replay(scenario, 0, [
      START,
      act({ type: 'escalate', by: 'wijkagent', to: 'teamchef', about: 'i01' }),
      act({ type: 'respond', by: 'teamchef', inject: 'i01', text: 'gezien' }),
      act({ type: 'decide', by: 'teamchef', decision: 'i01', option: 'ja' }),
      act({ type: 'escalate', by: 'teamchef', to: 'strategic', about: 'i01' }),
    ]);
    expect(after.refusals).toEqual([]);
    expect(after.state.passedOn).toEqual({ i01: ['teamchef', 'strategic'] });
  });

  it('puts the matter in the addressee’s inbox marked with the escalating role', () => {
    const inbox = inboxOf('teamchef', [START, act({ type: 'escalate', by: 'wijkagent', to: 'teamchef', about: 'i01', note: 'graag besluit' })]);
    expect(inbox).toMatchObject([{ seq: 2, release: { id: 'i01' }, escalatedBy: 'wijkagent' }]);
    expect(inboxOf('handhaving', [START, act({ type: 'escalate', by: 'wijkagent', to: 'teamchef', about: 'i01' })])).toEqual([]);
  });

  it('passes a matter escalated to a level on to every role of that level, in any agency', () => {
    const inputs = [START, act({ type: 'escalate', by: 'wijkagent', to: 'operational', about: 'i01' })];
    expect(inboxOf('handhaving', inputs)).toMatchObject([{ release: { id: 'i01' }, escalatedBy: 'wijkagent' }]);
    expect(inboxOf('inspecteur', inputs)).toMatchObject([{ release: { id: 'i01' }, escalatedBy: 'wijkagent' }]);
    // The escalator's own inbox has the release once, not again as escalated to itself.
    expect(inboxOf('wijkagent', inputs)).toEqual([expect.not.objectContaining({ escalatedBy: expect.anything() })]);
    expect(inboxOf('burgemeester', inputs)).toEqual([]);
  });

  it('reads a `to` that is both a role id and a level name as the role', () => {
    const twoMeanings = scenarioWith({
      agencies: [
        { id: 'politie', name: 'Politie', roles: [{ id: 'wijkagent', name: 'Wijkagent', level: 'operational' }, { id: 'strategic', name: 'Strategische staf', level: 'tactical' }] },
        { id: 'gemeente', name: 'Gemeente', roles: [{ id: 'burgemeester', name: 'Burgemeester', level: 'strategic' }] },
      ],
      tasks: [],
      authorities: [],
      information: [],
      injects: [inject('i01', '0s', { to: ['wijkagent'] })],
    });
    const result = replay(twoMeanings, 0, [
      START,
      act({ type: 'escalate', by: 'wijkagent', to: 'strategic', about: 'i01' }),
      act({ type: 'respond', by: 'burgemeester', inject: 'i01', text: 'x' }),
      act({ type: 'respond', by: 'strategic', inject: 'i01', text: 'x' }),
    ]);
    expect(result.refusals.map((refused) => [refused.index, refused.refusal.code])).toEqual([[2, 'not-visible']]);
  });
});
