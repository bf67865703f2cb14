import { describe, expect, it } from 'vitest';
import { createEngineState, nextDueAt, replay, step } from '../../src/engine/index.ts';
import type { EngineInput } from '../../src/engine/index.ts';
import { play, releasesOf, scenarioWith } from './engineFixtures.ts';
import { event, inject } from '../support/scenarioFixture.ts';

const START: EngineInput = { type: 'START' };
const advance = (to: number): EngineInput => ({ type: 'ADVANCE', to });
const claim = (by: string, task: string, as: 'lead' | 'support' = 'lead'): EngineInput => ({ type: 'ACTION', action: { type: 'claim', by, task, as } });
const decide = (by: string, decision: string, option: string): EngineInput => ({ type: 'ACTION', action: { type: 'decide', by, decision, option } });

const decisionPoint = { prompt: 'Wat doet u?', options: [{ id: 'bellen', label: 'Bellen' }, { id: 'sluiten', label: 'Sluiten' }] };

describe('injects', () => {
  it('releases an inject at its `at` time and not before', () => {
    const scenario = scenarioWith({ injects: [inject('i01', '15m')] });
    expect(releasesOf(play(scenario, [START, advance(899)]))).toEqual([]);
    expect(releasesOf(play(scenario, [START, advance(900)]))).toEqual(['i01@900']);
  });

  it('releases what is due at t = 0 on START with seq 1', () => {
    const scenario = scenarioWith({ injects: [inject('i01', '0s')] });
    expect(play(scenario, [START])).toEqual([{ seq: 1, at: 0, type: 'released', inject: 'i01' }]);
  });

  it('releases everything passed over by one long advance, instant by instant, with the clock at each instant', () => {
    const scenario = scenarioWith({ injects: [inject('i03', '30m'), inject('i01', '5m'), inject('i02', '10m')] });
    expect(releasesOf(play(scenario, [START, advance(3600)]))).toEqual(['i01@300', 'i02@600', 'i03@1800']);
  });

  it('releases an inject at exactly the duration but never one after it', () => {
    const scenario = scenarioWith({ duration: '1h', injects: [inject('end', '1h'), inject('late', '1h1s')] });
    expect(releasesOf(play(scenario, [START, advance(3600)]))).toEqual(['end@3600']);
  });
});

describe('the `at` trigger', () => {
  it('releases the event at its time', () => {
    const scenario = scenarioWith({ events: [event('u1', { at: '1h10m' })] });
    expect(releasesOf(play(scenario, [START, advance(7200)]))).toEqual(['u1@4200']);
  });
});

describe('the `after` trigger', () => {
  it('releases the event its delay after the target is released', () => {
    const scenario = scenarioWith({ injects: [inject('i05', '20m')], events: [event('u1', { after: 'i05', delay: '10m' })] });
    expect(releasesOf(play(scenario, [START, advance(7200)]))).toEqual(['i05@1200', 'u1@1800']);
  });

  it('counts the delay from an early release by the facilitator', () => {
    const scenario = scenarioWith({ injects: [inject('i05', '1h')], events: [event('u1', { after: 'i05', delay: '10m' })] });
    const timeline = play(scenario, [START, advance(60), { type: 'RELEASE', inject: 'i05' }, advance(7200)]);
    expect(releasesOf(timeline)).toEqual(['i05@60', 'u1@660']);
  });

  it('follows chains of afters, each from the release before it', () => {
    const scenario = scenarioWith({
      injects: [inject('i01', '5m')],
      events: [event('c', { after: 'b', delay: '2m' }), event('b', { after: 'a', delay: '0s' }), event('a', { after: 'i01', delay: '1m' })],
    });
    expect(releasesOf(play(scenario, [START, advance(7200)]))).toEqual(['i01@300', 'a@360', 'b@360', 'c@480']);
  });

  it('releases a delay-0 follower at the same instant, right after its target', () => {
    const scenario = scenarioWith({
      injects: [inject('i01', '5m'), inject('i02', '5m')],
      events: [event('u1', { after: 'i01' })],
    });
    expect(play(scenario, [START, advance(300)])).toEqual([
      { seq: 1, at: 300, type: 'released', inject: 'i01' },
      { seq: 2, at: 300, type: 'released', inject: 'i02' },
      { seq: 3, at: 300, type: 'released', inject: 'u1' },
    ]);
  });

  it('never releases the event when its target is never released', () => {
    const scenario = scenarioWith({
      injects: [inject('i07', '1h')],
      events: [event('u1', { after: 'i07', delay: '0s' }), event('u2', { after: 'w', delay: '1m' }), event('w', { manual: true })],
    });
    const timeline = play(scenario, [START, advance(60), { type: 'SKIP', inject: 'i07' }, advance(7200)]);
    expect(releasesOf(timeline)).toEqual([]);
  });

  it('never releases an event scheduled past the duration', () => {
    const scenario = scenarioWith({ duration: '1h', injects: [inject('i01', '55m')], events: [event('u1', { after: 'i01', delay: '10m' })] });
    expect(releasesOf(play(scenario, [START, advance(3600)]))).toEqual(['i01@3300']);
  });
});

describe('the `choice` trigger', () => {
  const scenario = scenarioWith({
    injects: [inject('i10', '10m', { decision: decisionPoint })],
    events: [event('u-sluit', { choice: { decision: 'i10', option: 'sluiten' } }), event('u-belt', { choice: { decision: 'i10', option: 'bellen' } })],
  });

  it('releases the event right after the decide that first chooses the option, at the same instant', () => {
    const timeline = play(scenario, [START, advance(900), decide('burgemeester', 'i10', 'sluiten')]);
    expect(timeline.slice(1)).toEqual([
      { seq: 2, at: 900, type: 'decide', by: 'burgemeester', decision: 'i10', option: 'sluiten' },
      { seq: 3, at: 900, type: 'released', inject: 'u-sluit' },
    ]);
  });

  it('does not release it for another option, nor a second time when the option is chosen again', () => {
    const timeline = play(scenario, [START, advance(900), decide('burgemeester', 'i10', 'bellen'), decide('handhaving', 'i10', 'bellen'), advance(7200)]);
    expect(releasesOf(timeline)).toEqual(['i10@600', 'u-belt@900']);
    expect(timeline.filter((entry) => entry.type === 'decide')).toHaveLength(2);
  });
});

describe('the `missed` trigger', () => {
  const scenario = scenarioWith({ events: [event('u-missed', { missed: { task: 'ontmantelen', by: '1h30m' } })] });

  it('releases the contingency at `by` when nobody claimed the lead', () => {
    expect(releasesOf(play(scenario, [START, advance(7200)]))).toEqual(['u-missed@5400']);
  });

  it('does not release it when the lead was claimed before `by`', () => {
    expect(releasesOf(play(scenario, [START, advance(5399), claim('wijkagent', 'ontmantelen'), advance(7200)]))).toEqual([]);
  });

  it('still releases it when the lead is claimed at exactly `by`, because releases come before inputs', () => {
    const timeline = play(scenario, [START, advance(5400), claim('wijkagent', 'ontmantelen')]);
    expect(timeline.map((entry) => entry.type)).toEqual(['released', 'claim']);
    expect(releasesOf(timeline)).toEqual(['u-missed@5400']);
  });

  it('is not stopped by a support claim', () => {
    expect(releasesOf(play(scenario, [START, advance(60), claim('handhaving', 'ontmantelen', 'support'), advance(7200)]))).toEqual(['u-missed@5400']);
  });
});

describe('the `chance` trigger', () => {
  const chanceEvents = Array.from({ length: 12 }, (_, n) => event(`c${n}`, { chance: 0.5, window: ['30m', '1h'] }));
  const scenario = scenarioWith({ events: chanceEvents });
  const outcome = (seed: number): string[] => releasesOf(play(scenario, [START, advance(7200)], seed));

  it('gives the same outcome for the same seed', () => {
    expect(outcome(42)).toEqual(outcome(42));
    expect(createEngineState(scenario, 7)).toEqual(createEngineState(scenario, 7));
  });

  it('can give different outcomes for different seeds', () => {
    const outcomes = new Set([0, 1, 2, 3, 4, 5].map((seed) => JSON.stringify(outcome(seed))));
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('releases only at whole seconds inside the window, both ends included', () => {
    for (const seed of [0, 1, 2, 3]) {
      for (const time of Object.values(createEngineState(scenario, seed).chanceTimes)) {
        expect(Number.isInteger(time)).toBe(true);
        expect(time).toBeGreaterThanOrEqual(1800);
        expect(time).toBeLessThanOrEqual(3600);
      }
    }
    const oneInstant = scenarioWith({ events: [event('x', { chance: 1, window: ['20m', '20m'] })] });
    expect(releasesOf(play(oneInstant, [START, advance(7200)], 3))).toEqual(['x@1200']);
  });

  it('always fires with probability 1 and never with probability 0', () => {
    const sure = scenarioWith({ events: [event('yes', { chance: 1, window: ['0s', '2h'] }), event('no', { chance: 0, window: ['0s', '2h'] })] });
    for (const seed of [0, 1, 99, -5, 123456789]) {
      expect(releasesOf(play(sure, [START, advance(7200)], seed)).map((release) => release.split('@')[0])).toEqual(['yes']);
    }
  });

  it('fires roughly as often as its probability says across seeds', () => {
    const one = scenarioWith({ events: [event('x', { chance: 0.4, window: ['0s', '1h'] })] });
    const fired = Array.from({ length: 500 }, (_, seed) => seed).filter((seed) => 'x' in createEngineState(one, seed).chanceTimes).length;
    expect(fired).toBeGreaterThan(150);
    expect(fired).toBeLessThan(250);
  });

  it('draws each event independently of whether the events before it fire', () => {
    const withFirst = scenarioWith({ events: [event('a', { chance: 1, window: ['0s', '1h'] }), event('b', { chance: 0.5, window: ['0s', '1h'] })] });
    const withoutFirst = scenarioWith({ events: [event('a', { chance: 0, window: ['0s', '1h'] }), event('b', { chance: 0.5, window: ['0s', '1h'] })] });
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
      expect(createEngineState(withFirst, seed).chanceTimes.b).toBe(createEngineState(withoutFirst, seed).chanceTimes.b);
    }
  });
});

describe('the `manual` trigger', () => {
  const scenario = scenarioWith({ events: [event('joker', { manual: true })] });

  it('never releases the event by itself', () => {
    expect(releasesOf(play(scenario, [START, advance(7200)]))).toEqual([]);
  });

  it('releases it when the facilitator fires it, after the fire entry', () => {
    expect(play(scenario, [START, advance(120), { type: 'FIRE', event: 'joker' }])).toEqual([
      { seq: 1, at: 120, type: 'fire', event: 'joker' },
      { seq: 2, at: 120, type: 'released', inject: 'joker' },
    ]);
  });
});

describe('facilitator releases', () => {
  it('releases an inject early once and not again at its own time', () => {
    const scenario = scenarioWith({ injects: [inject('i07', '30m')] });
    const timeline = play(scenario, [START, advance(300), { type: 'RELEASE', inject: 'i07' }, advance(7200)]);
    expect(timeline).toEqual([
      { seq: 1, at: 300, type: 'release', inject: 'i07' },
      { seq: 2, at: 300, type: 'released', inject: 'i07' },
    ]);
  });

  it('fires a timed event early and not again at its own time', () => {
    const scenario = scenarioWith({ events: [event('u1', { at: '1h' }), event('u2', { missed: { task: 'ontmantelen', by: '1h' } })] });
    const timeline = play(scenario, [START, { type: 'FIRE', event: 'u1' }, { type: 'FIRE', event: 'u2' }, advance(7200)]);
    expect(releasesOf(timeline)).toEqual(['u1@0', 'u2@0']);
  });

  it('never releases a skipped inject', () => {
    const scenario = scenarioWith({ injects: [inject('i07', '30m')] });
    const timeline = play(scenario, [START, { type: 'SKIP', inject: 'i07' }, advance(7200)]);
    expect(timeline).toEqual([{ seq: 1, at: 0, type: 'skip', inject: 'i07' }]);
  });

  it('releases the delay-0 followers of a facilitator release right after it', () => {
    const scenario = scenarioWith({ injects: [inject('i07', '30m')], events: [event('u1', { after: 'i07' }), event('u2', { after: 'u1' })] });
    expect(play(scenario, [START, { type: 'RELEASE', inject: 'i07' }])).toEqual([
      { seq: 1, at: 0, type: 'release', inject: 'i07' },
      { seq: 2, at: 0, type: 'released', inject: 'i07' },
      { seq: 3, at: 0, type: 'released', inject: 'u1' },
      { seq: 4, at: 0, type: 'released', inject: 'u2' },
    ]);
  });
});

describe('nextDueAt', () => {
  const scenario = scenarioWith({
    duration: '1h',
    injects: [inject('i01', '0s'), inject('i02', '20m'), inject('late', '2h')],
    events: [event('u1', { after: 'i02', delay: '5m' }), event('u2', { missed: { task: 'ontmantelen', by: '50m' } }), event('w', { manual: true })],
  });
  const dueAfter = (inputs: EngineInput[]): number | undefined => nextDueAt(scenario, replay(scenario, 0, inputs).state);

  it('names t = 0 before START and the next scheduled time once playing', () => {
    expect(nextDueAt(scenario, createEngineState(scenario, 0))).toBe(0);
    expect(dueAfter([START])).toBe(1200);
    expect(dueAfter([START, advance(1200)])).toBe(1500);
    expect(dueAfter([START, advance(1500)])).toBe(3000);
  });

  it('leaves out what a lead claim called off and what falls after the duration', () => {
    expect(dueAfter([START, advance(1500), claim('teamchef', 'ontmantelen')])).toBeUndefined();
  });

  it('is undefined once play has ended', () => {
    expect(dueAfter([START, { type: 'END' }])).toBeUndefined();
  });

  it('tells a host how far to advance to get the next release', () => {
    let state = step(scenario, createEngineState(scenario, 0), START).state;
    const released: string[] = [];
    for (let due = nextDueAt(scenario, state); due !== undefined; due = nextDueAt(scenario, state)) {
      const result = step(scenario, state, advance(due));
      released.push(...releasesOf(result.entries));
      state = result.state;
    }
    expect(released).toEqual(['i02@1200', 'u1@1500', 'u2@3000']);
  });
});
