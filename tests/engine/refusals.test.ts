import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, createEngineState, replay, step } from '../../src/engine/index.ts';
import type { EngineInput, EngineState, RefusalCode } from '../../src/engine/index.ts';
import type { ActionInput } from './engineFixtures.ts';
import { scenarioWith } from './engineFixtures.ts';
import { event, inject } from '../support/scenarioFixture.ts';

const scenario = scenarioWith({
  injects: [
    inject('i01', '0s', { to: ['politie'], decision: { prompt: 'Wat?', by: 'teamchef', options: [{ id: 'ja', label: 'Ja' }] } }),
    inject('i02', '0s', { to: ['gemeente'] }),
    inject('i03', '0s', { decision: { prompt: 'Iedereen?', options: [{ id: 'ja', label: 'Ja' }] } }),
    inject('i-later', '1h'),
    inject('i-skipped', '1h'),
  ],
  events: [event('u1', { manual: true })],
});

/** A state at t = 0 with i01..i03 released, i-skipped skipped and u1 fired. */
const playing: EngineState = replay(scenario, 0, [START(), { type: 'SKIP', inject: 'i-skipped' }, { type: 'FIRE', event: 'u1' }]).state;

function START(): EngineInput {
  return { type: 'START' };
}

const act = (action: ActionInput): EngineInput => ({ type: 'ACTION', action });

/** The refusal code of one input from a state, checking that nothing changed. */
function refusalOf(input: EngineInput, from: EngineState = playing): string | undefined {
  const snapshot = structuredClone(from);
  const result = step(scenario, from, input);
  if (result.refusal) {
    expect(result.state).toBe(from);
    expect(result.entries).toEqual([]);
    expect(from).toEqual(snapshot);
    expect(result.refusal.reason.length).toBeGreaterThan(10);
  }
  return result.refusal?.code;
}

const ready = createEngineState(scenario, 0);
const paused = step(scenario, playing, { type: 'PAUSE' }).state;
const ended = step(scenario, playing, { type: 'END' }).state;

const cases: [string, EngineInput, EngineState, RefusalCode][] = [
  ['an input of an unknown type', { type: 'JUMP' } as unknown as EngineInput, playing, 'malformed-input'],
  ['an input that is not an object', null as unknown as EngineInput, playing, 'malformed-input'],
  ['an advance to a fraction of a second', { type: 'ADVANCE', to: 1.5 }, playing, 'malformed-input'],
  ['an advance to a negative time', { type: 'ADVANCE', to: -1 }, playing, 'malformed-input'],
  ['an action with an unknown field', act({ type: 'note', by: 'wijkagent', text: 'x', extra: 1 } as unknown as ActionInput), playing, 'malformed-input'],
  ['a request naming two things', act({ type: 'request', by: 'wijkagent', from: 'gemeente', task: 'ontmantelen', authority: 'sluiting-13b' }), playing, 'malformed-input'],
  ['an action before START', act({ type: 'note', by: 'wijkagent', text: 'x' }), ready, 'not-started'],
  ['an advance before START', { type: 'ADVANCE', to: 10 }, ready, 'not-started'],
  ['a facilitator release before START', { type: 'RELEASE', inject: 'i-later' }, ready, 'not-started'],
  ['a pause before START', { type: 'PAUSE' }, ready, 'not-started'],
  ['an end before START', { type: 'END' }, ready, 'not-started'],
  ['a second START', START(), playing, 'already-started'],
  ['a START while paused', START(), paused, 'already-started'],
  ['a pause while paused', { type: 'PAUSE' }, paused, 'already-paused'],
  ['a resume while running', { type: 'RESUME' }, playing, 'not-paused'],
  ['an advance while paused', { type: 'ADVANCE', to: 10 }, paused, 'not-running'],
  ['an action after the end', act({ type: 'note', by: 'wijkagent', text: 'x' }), ended, 'ended'],
  ['a fire after the end', { type: 'FIRE', event: 'u1' }, ended, 'ended'],
  ['an advance after the end', { type: 'ADVANCE', to: 10 }, ended, 'ended'],
  ['a second end', { type: 'END' }, ended, 'ended'],
  ['an advance back in time', { type: 'ADVANCE', to: 0 }, step(scenario, playing, { type: 'ADVANCE', to: 60 }).state, 'time-backwards'],
  ['an advance past the duration', { type: 'ADVANCE', to: 7201 }, playing, 'beyond-duration'],
  ['an action by an unknown role', act({ type: 'note', by: 'politei', text: 'x' }), playing, 'unknown-role'],
  ['an action by an agency rather than a role', act({ type: 'note', by: 'politie', text: 'x' }), playing, 'unknown-role'],
  ['an escalation to an agency', act({ type: 'escalate', by: 'wijkagent', to: 'gemeente' }), playing, 'unknown-role'],
  ['a claim of an unknown task', act({ type: 'claim', by: 'wijkagent', task: 'opruimen', as: 'lead' }), playing, 'unknown-task'],
  ['a decline of an unknown task', act({ type: 'decline', by: 'wijkagent', task: 'opruimen' }), playing, 'unknown-task'],
  ['an exercise for an unknown task', act({ type: 'exercise', by: 'burgemeester', authority: 'sluiting-13b', task: 'opruimen' }), playing, 'unknown-task'],
  ['a request of an unknown task', act({ type: 'request', by: 'wijkagent', from: 'gemeente', task: 'opruimen' }), playing, 'unknown-task'],
  ['an exercise of an unknown authority', act({ type: 'exercise', by: 'burgemeester', authority: 'sluiting-99' }), playing, 'unknown-authority'],
  ['a request of an unknown authority', act({ type: 'request', by: 'wijkagent', from: 'gemeente', authority: 'sluiting-99' }), playing, 'unknown-authority'],
  ['a share of unknown information', act({ type: 'share', by: 'inspecteur', information: 'geheimen', with: 'politie' }), playing, 'unknown-information'],
  ['a request of unknown information', act({ type: 'request', by: 'wijkagent', from: 'belastingdienst', information: 'geheimen' }), playing, 'unknown-information'],
  ['a share with an unknown agency', act({ type: 'share', by: 'inspecteur', information: 'fiscale-gegevens', with: 'douane' }), playing, 'unknown-agency'],
  ['a share with a role rather than an agency', act({ type: 'share', by: 'inspecteur', information: 'fiscale-gegevens', with: 'wijkagent' }), playing, 'unknown-agency'],
  ['a request from an unknown agency', act({ type: 'request', by: 'wijkagent', from: 'douane', task: 'ontmantelen' }), playing, 'unknown-agency'],
  ['a respond to an unknown inject', act({ type: 'respond', by: 'wijkagent', inject: 'i99', text: 'x' }), playing, 'unknown-inject'],
  ['an escalation about an unknown inject', act({ type: 'escalate', by: 'wijkagent', to: 'strategic', about: 'i99' }), playing, 'unknown-inject'],
  ['a facilitator release of an unknown inject', { type: 'RELEASE', inject: 'i99' }, playing, 'unknown-inject'],
  ['a skip of an unknown inject', { type: 'SKIP', inject: 'i99' }, playing, 'unknown-inject'],
  ['a fire of an unknown event', { type: 'FIRE', event: 'u99' }, playing, 'unknown-event'],
  ['a decide on an unknown decision', act({ type: 'decide', by: 'teamchef', decision: 'i99', option: 'ja' }), playing, 'unknown-decision'],
  ['a decide with an unknown option', act({ type: 'decide', by: 'teamchef', decision: 'i01', option: 'nee' }), playing, 'unknown-option'],
  ['a decide on a release not addressed to the role', act({ type: 'decide', by: 'burgemeester', decision: 'i01', option: 'ja' }), playing, 'not-visible'],
  ['a respond to a release not yet released', act({ type: 'respond', by: 'wijkagent', inject: 'i-later', text: 'x' }), playing, 'not-visible'],
  ['a respond to a release addressed to another agency', act({ type: 'respond', by: 'wijkagent', inject: 'i02', text: 'x' }), playing, 'not-visible'],
  ['an escalation about a release the role cannot see', act({ type: 'escalate', by: 'wijkagent', to: 'teamchef', about: 'i02' }), playing, 'not-visible'],
  ['a decide by a role of the right agency that is not the decider', act({ type: 'decide', by: 'wijkagent', decision: 'i01', option: 'ja' }), playing, 'not-decider'],
  ['a decide on a release without a decision', act({ type: 'decide', by: 'burgemeester', decision: 'i02', option: 'ja' }), playing, 'no-decision'],
  ['a release of an event before START (the lifecycle is checked first)', { type: 'RELEASE', inject: 'u1' }, ready, 'not-started'],
  ['a release of an event', { type: 'RELEASE', inject: 'u1' }, playing, 'wrong-kind'],
  ['a fire of an inject', { type: 'FIRE', event: 'i-later' }, playing, 'wrong-kind'],
  ['a skip of an event', { type: 'SKIP', inject: 'u1' }, playing, 'wrong-kind'],
  ['a release of an inject already released', { type: 'RELEASE', inject: 'i01' }, playing, 'already-released'],
  ['a skip of an inject already released', { type: 'SKIP', inject: 'i01' }, playing, 'already-released'],
  ['a fire of an event already fired', { type: 'FIRE', event: 'u1' }, playing, 'already-released'],
  ['a release of a skipped inject', { type: 'RELEASE', inject: 'i-skipped' }, playing, 'already-skipped'],
  ['a skip of a skipped inject', { type: 'SKIP', inject: 'i-skipped' }, playing, 'already-skipped'],
  ['an improvised inject with a time of its own', { type: 'IMPROVISE', inject: { title: 'Pers', at: '1h' } }, playing, 'invalid-inject'],
  ['an improvised inject without a title', { type: 'IMPROVISE', inject: { body: 'Pers' } }, playing, 'invalid-inject'],
  ['an improvised inject with the id of a scenario inject', { type: 'IMPROVISE', inject: { id: 'i01', title: 'Pers' } }, playing, 'duplicate-id'],
  ['an improvised inject addressed to an unknown agency', { type: 'IMPROVISE', inject: { title: 'Pers', to: ['douane'] } }, playing, 'unknown-reference'],
  ['an improvised inject after the end', { type: 'IMPROVISE', inject: { title: 'Pers' } }, ended, 'ended'],
];

describe('refusals', () => {
  it.each(cases)('refuses %s without changing the state', (_, input, from, code) => {
    expect(refusalOf(input, from)).toBe(code);
  });

  it('uses every code it exports somewhere in these cases', () => {
    expect(new Set(cases.map(([, , , code]) => code))).toEqual(new Set(REFUSAL_CODES));
  });

  it('names the offending id in its reason', () => {
    expect(step(scenario, playing, act({ type: 'claim', by: 'wijkagent', task: 'opruimen', as: 'lead' })).refusal?.reason).toContain('"opruimen"');
    expect(step(scenario, playing, { type: 'FIRE', event: 'i-later' }).refusal?.reason).toContain('"i-later"');
  });

  it('tells the same reason for a release not yet out and one addressed elsewhere, so a refusal leaks nothing', () => {
    const unreleased = step(scenario, playing, act({ type: 'respond', by: 'wijkagent', inject: 'i-later', text: 'x' })).refusal;
    const elsewhere = step(scenario, playing, act({ type: 'respond', by: 'wijkagent', inject: 'i02', text: 'x' })).refusal;
    expect(unreleased?.reason.replace('i-later', 'ID')).toBe(elsewhere?.reason.replace('i02', 'ID'));
  });

  it('does not mistake ids that look like Object.prototype members for known ones', () => {
    expect(refusalOf({ type: 'RELEASE', inject: 'constructor' })).toBe('unknown-inject');
    expect(refusalOf(act({ type: 'claim', by: 'wijkagent', task: 'tostring', as: 'lead' }))).toBe('unknown-task');
    const tricky = scenarioWith({ injects: [inject('constructor', '1h'), inject('hasownproperty', '0s')] });
    const started = step(tricky, createEngineState(tricky, 0), START());
    expect(started.entries).toEqual([{ seq: 1, at: 0, type: 'released', inject: 'hasownproperty' }]);
    expect(step(tricky, started.state, { type: 'RELEASE', inject: 'constructor' }).refusal).toBeUndefined();
  });
});

describe('accepted inputs the rules allow', () => {
  it.each<[string, ActionInput]>([
    ['a decide by the decider role', { type: 'decide', by: 'teamchef', decision: 'i01', option: 'ja' }],
    ['a decide by any addressee when the decision has no `by`', { type: 'decide', by: 'inspecteur', decision: 'i03', option: 'ja' }],
    ['a decide repeated with the same option', { type: 'decide', by: 'teamchef', decision: 'i01', option: 'ja' }],
    ['an escalation to a level', { type: 'escalate', by: 'wijkagent', to: 'strategic' }],
    ['an escalation to a role of another agency about a visible release', { type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'i01' }],
    ['a respond to a fired event addressed to everyone', { type: 'respond', by: 'inspecteur', inject: 'u1', text: 'gezien' }],
    ['a share without a basis (a gap for the debrief, not a refusal)', { type: 'share', by: 'wijkagent', information: 'fiscale-gegevens', with: 'gemeente' }],
    ['an exercise of an authority the role does not hold (a gap, not a refusal)', { type: 'exercise', by: 'wijkagent', authority: 'sluiting-13b' }],
    ['a support claim', { type: 'claim', by: 'handhaving', task: 'ontmantelen', as: 'support' }],
  ])('accepts %s', (_, action) => {
    const once = step(scenario, playing, act(action));
    expect(once.refusal).toBeUndefined();
    expect(step(scenario, once.state, act(action)).refusal).toBeUndefined();
  });

  it('accepts facilitator inputs and actions while paused, at the paused time', () => {
    const result = replay(scenario, 0, [
      START(),
      { type: 'ADVANCE', to: 90 },
      { type: 'PAUSE' },
      { type: 'RELEASE', inject: 'i-later' },
      act({ type: 'respond', by: 'wijkagent', inject: 'i-later', text: 'x' }),
    ]);
    expect(result.refusals).toEqual([]);
    expect(result.timeline.slice(-3).map((entry) => `${entry.type}@${entry.at}`)).toEqual(['release@90', 'released@90', 'respond@90']);
  });
});
