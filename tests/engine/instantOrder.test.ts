import { describe, expect, it } from 'vitest';
import { createEngineState, step } from '../../src/engine/index.ts';
import type { EngineInput } from '../../src/engine/index.ts';
import { play, releasesOf, scenarioWith } from './engineFixtures.ts';
import { event, inject } from '../support/scenarioFixture.ts';

const START: EngineInput = { type: 'START' };
const advance = (to: number): EngineInput => ({ type: 'ADVANCE', to });

describe('order at one instant (section 17)', () => {
  it('releases injects in file order, then events in file order, then what those releases trigger', () => {
    const scenario = scenarioWith({
      injects: [inject('i-b', '10m'), inject('i-a', '10m'), inject('i-early', '5m')],
      events: [
        event('after-i-a', { after: 'i-a' }),
        event('e-z', { at: '10m' }),
        event('after-e-z', { after: 'e-z' }),
        event('after-i-b', { after: 'i-b' }),
        event('e-y', { missed: { task: 'ontmantelen', by: '10m' } }),
        event('after-after-i-a', { after: 'after-i-a' }),
      ],
    });
    expect(releasesOf(play(scenario, [START, advance(600)]))).toEqual([
      'i-early@300',
      'i-b@600',
      'i-a@600',
      'e-z@600',
      'e-y@600',
      // Caused by the releases above: one wave, in file order.
      'after-i-a@600',
      'after-e-z@600',
      'after-i-b@600',
      // Caused by the wave before.
      'after-after-i-a@600',
    ]);
  });

  it('treats an event scheduled by a delayed `after` as due at its time, among the timed events in file order', () => {
    const scenario = scenarioWith({
      injects: [inject('i01', '5m'), inject('i02', '10m')],
      events: [event('late-after', { after: 'i01', delay: '5m' }), event('timed', { at: '10m' })],
    });
    expect(releasesOf(play(scenario, [START, advance(600)]))).toEqual(['i01@300', 'i02@600', 'late-after@600', 'timed@600']);
  });

  it('puts inputs at an instant after the releases due at that instant', () => {
    const scenario = scenarioWith({ injects: [inject('i01', '10m')] });
    const timeline = play(scenario, [START, advance(600), { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'hier' } }]);
    expect(timeline.map((entry) => `${entry.seq}:${entry.type}@${entry.at}`)).toEqual(['1:released@600', '2:note@600']);
  });

  it('puts the releases a decide causes right after that decide, before later inputs at the same instant', () => {
    const scenario = scenarioWith({
      injects: [inject('i10', '0s', { decision: { prompt: 'Wat?', options: [{ id: 'ja', label: 'Ja' }] } })],
      events: [event('second', { choice: { decision: 'i10', option: 'ja' } }), event('first', { choice: { decision: 'i10', option: 'ja' } }), event('then', { after: 'first' })],
    });
    const timeline = play(scenario, [
      START,
      { type: 'ACTION', action: { type: 'decide', by: 'burgemeester', decision: 'i10', option: 'ja' } },
      { type: 'ACTION', action: { type: 'note', by: 'burgemeester', text: 'besloten' } },
    ]);
    expect(timeline.map((entry) => (entry.type === 'released' ? entry.inject : entry.type))).toEqual(['i10', 'decide', 'second', 'first', 'then', 'note']);
  });

  it('numbers entries with consecutive seqs across steps, starting at 1', () => {
    const scenario = scenarioWith({ injects: [inject('i01', '0s'), inject('i02', '1m')] });
    const first = step(scenario, createEngineState(scenario, 0), START);
    const second = step(scenario, first.state, advance(60));
    const third = step(scenario, second.state, { type: 'ACTION', action: { type: 'note', by: 'inspecteur', text: 'x' } });
    expect([...first.entries, ...second.entries, ...third.entries].map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(third.state.nextSeq).toBe(4);
  });

  it('records a claim with its defaulted `as`', () => {
    const scenario = scenarioWith();
    const timeline = play(scenario, [START, { type: 'ACTION', action: { type: 'claim', by: 'wijkagent', task: 'ontmantelen' } }]);
    expect(timeline).toEqual([{ seq: 1, at: 0, type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' }]);
  });
});
