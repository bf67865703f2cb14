import { describe, expect, it } from 'vitest';
import { levelsInPlay } from '../../src/analysis/levelsInPlay.ts';
import { summariseLevels } from '../../src/analysis/levelsReport.ts';
import { findPracticeGaps } from '../../src/analysis/practiceGaps.ts';
import { BASE, gapsOf, min, scenario, timeline } from './play.ts';

const DURATION = min(120);
/** u1 for the police, expecting the strategic level within 15 minutes and the tactical level without a deadline. */
const exercise = scenario({
  injects: [{ id: 'u1', at: '10m', title: 'Lab smell', to: ['politie'], expects: [{ level: 'strategic', within: '15m' }, { level: 'tactical' }] }],
  events: [],
});
const released = { at: min(10), type: 'released', inject: 'u1' } as const;

describe('level expectations (section 18)', () => {
  it('raise missed-escalation when the matter never reached the level, naming the addressed agencies', () => {
    const played = timeline(released, { at: min(12), type: 'respond', by: 'chef', inject: 'u1', text: 'wij kijken' });
    expect(gapsOf('missed-escalation', exercise, played)).toEqual([
      {
        code: 'missed-escalation',
        kind: 'practice',
        severity: 'high',
        inject: 'u1',
        level: 'strategic',
        agencies: ['politie'],
        at: DURATION,
        evidence: [1],
        message: 'Nobody at the strategic level took up inject "Lab smell", and nobody escalated it there.',
      },
    ]);
  });

  it('count an escalation about the matter to the level, or to a role of it, as reaching it', () => {
    const toLevel = timeline(released, { at: min(12), type: 'escalate', by: 'wijkagent', to: 'strategic', about: 'u1' });
    const toRole = timeline(released, { at: min(12), type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'u1' });
    for (const played of [toLevel, toRole]) expect(gapsOf('missed-escalation', exercise, played).map((gap) => gap.level)).toEqual(['tactical']);
  });

  it('count taking the matter up by a role of the level as reaching it, but not an escalation without `about`', () => {
    const played = timeline(
      released,
      { at: min(11), type: 'escalate', by: 'wijkagent', to: 'strategic' },
      { at: min(12), type: 'decide', by: 'burgemeester', decision: 'u1', option: 'x' },
      { at: min(13), type: 'escalate', by: 'chef', to: 'om', about: 'u1' },
    );
    expect(gapsOf('missed-escalation', exercise, played)).toEqual([]);
    expect(summariseLevels(exercise, played).expectations).toEqual([
      { inject: 'u1', level: 'strategic', released: min(10), deadline: min(25), reached: min(12), by: 'burgemeester' },
      { inject: 'u1', level: 'tactical', released: min(10), deadline: null, reached: min(13), by: 'chef' },
    ]);
  });

  it('raise late-escalation, once, when the level was reached after the deadline', () => {
    const played = timeline(
      released,
      { at: min(40), type: 'escalate', by: 'chef', to: 'burgemeester', about: 'u1' },
      { at: min(41), type: 'respond', by: 'burgemeester', inject: 'u1', text: 'ik kom' },
    );
    expect(gapsOf('late-escalation', exercise, played)).toEqual([
      {
        code: 'late-escalation',
        kind: 'practice',
        severity: 'medium',
        inject: 'u1',
        level: 'strategic',
        agencies: ['politie'],
        roles: ['chef'],
        at: min(40),
        evidence: [1, 2],
        message: 'Chef (Politie) brought inject "Lab smell" to the strategic level at 0:40:00, 15m after the deadline 0:25:00.',
      },
    ]);
  });

  it('take a level reached exactly at the deadline as in time', () => {
    const played = timeline(released, { at: min(25), type: 'respond', by: 'burgemeester', inject: 'u1', text: 'op tijd' });
    expect(gapsOf('late-escalation', exercise, played)).toEqual([]);
    expect(gapsOf('missed-escalation', exercise, played).map((gap) => gap.level)).toEqual(['tactical']);
  });

  it('count an escalation downwards as passing the matter down, and as reaching the lower level', () => {
    const down = scenario({ injects: [{ id: 'u1', at: '10m', title: 'Lab smell', to: ['gemeente'], expects: [{ level: 'operational' }] }], events: [] });
    const played = timeline(released, { at: min(12), type: 'escalate', by: 'burgemeester', to: 'operational', about: 'u1' });
    expect(gapsOf('missed-escalation', down, played)).toEqual([]);
    expect(summariseLevels(down, played).escalations.find((pair) => pair.count > 0)).toEqual({ from: 'strategic', to: 'operational', count: 1, answered: 0 });
  });

  it('list every expectation of a released matter with nulls where the level was never reached', () => {
    expect(summariseLevels(exercise, timeline(released)).expectations).toEqual([
      { inject: 'u1', level: 'strategic', released: min(10), deadline: min(25), reached: null, by: null },
      { inject: 'u1', level: 'tactical', released: min(10), deadline: null, reached: null, by: null },
    ]);
    expect(summariseLevels(exercise, []).expectations).toEqual([]);
  });
});

describe('answering an escalation (section 18)', () => {
  it('raises unanswered-escalation for an escalation to a role that never took the matter up', () => {
    const played = timeline(released, { at: min(12), type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'u1' });
    expect(gapsOf('unanswered-escalation', exercise, played)).toEqual([
      {
        code: 'unanswered-escalation',
        kind: 'practice',
        severity: 'medium',
        inject: 'u1',
        agencies: ['politie', 'gemeente'],
        roles: ['wijkagent', 'burgemeester'],
        at: DURATION,
        evidence: [2],
        message: 'Wijkagent (Politie) escalated inject "Lab smell" to Burgemeester (Gemeente) at 0:12:00; nobody there responded, decided or passed it on.',
      },
    ]);
  });

  it('takes a respond, decide or escalate of the addressee as the answer, and nothing of anyone else', () => {
    const escalation = { at: min(12), type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'u1' } as const;
    const byOther = timeline(released, escalation, { at: min(13), type: 'respond', by: 'handhaver', inject: 'u1', text: 'x' });
    const byAddressee = timeline(released, escalation, { at: min(13), type: 'escalate', by: 'burgemeester', to: 'officier', about: 'u1' });
    expect(gapsOf('unanswered-escalation', exercise, byOther)).toHaveLength(1);
    expect(gapsOf('unanswered-escalation', exercise, byAddressee).map((gap) => gap.roles)).toEqual([['burgemeester', 'officier']]);
  });

  it('names the level of an escalation to a level, which any role of that level but the escalator answers', () => {
    const escalation = { at: min(12), type: 'escalate', by: 'chef', to: 'tactical', about: 'u1' } as const;
    const unanswered = gapsOf('unanswered-escalation', exercise, timeline(released, escalation, { at: min(13), type: 'respond', by: 'chef', inject: 'u1', text: 'x' }));
    expect(unanswered).toMatchObject([{ inject: 'u1', level: 'tactical', agencies: ['politie'], roles: ['chef'] }]);
    expect(gapsOf('unanswered-escalation', exercise, timeline(released, escalation, { at: min(13), type: 'respond', by: 'officier', inject: 'u1', text: 'x' }))).toEqual([]);
  });

  it('never checks an escalation without `about`', () => {
    const played = timeline(released, { at: min(12), type: 'escalate', by: 'wijkagent', to: 'burgemeester' });
    expect(gapsOf('unanswered-escalation', exercise, played)).toEqual([]);
  });
});

describe('the levels matrix', () => {
  it('has all nine pairs, strategic first, and counts each escalation about a matter from its actor\'s level to its target', () => {
    const played = timeline(
      released,
      { at: min(11), type: 'escalate', by: 'wijkagent', to: 'strategic', about: 'u1' },
      { at: min(12), type: 'escalate', by: 'handhaver', to: 'burgemeester', about: 'u1' },
      { at: min(13), type: 'respond', by: 'burgemeester', inject: 'u1', text: 'ok' },
      { at: min(14), type: 'escalate', by: 'burgemeester', to: 'operational', about: 'u1' },
      { at: min(15), type: 'escalate', by: 'wijkagent', to: 'chef' },
    );
    const pairs = summariseLevels(exercise, played).escalations;
    expect(pairs.map((pair) => `${pair.from}>${pair.to}`)).toEqual([
      'strategic>strategic',
      'strategic>tactical',
      'strategic>operational',
      'tactical>strategic',
      'tactical>tactical',
      'tactical>operational',
      'operational>strategic',
      'operational>tactical',
      'operational>operational',
    ]);
    expect(pairs.filter((pair) => pair.count > 0)).toEqual([
      { from: 'strategic', to: 'operational', count: 1, answered: 0 },
      { from: 'operational', to: 'strategic', count: 2, answered: 2 },
    ]);
  });

  it('leaves a v1 scenario without level expectations with an empty list and gaps only for escalations about a matter', () => {
    const v1 = scenario({ events: BASE.events });
    expect(findPracticeGaps(v1, timeline({ at: min(10), type: 'released', inject: 'u1' })).filter((gap) => gap.code.endsWith('escalation'))).toEqual([]);
    expect(summariseLevels(v1, []).expectations).toEqual([]);
  });
});

describe('the levels while play goes on', () => {
  it('lists open escalations oldest first and waiting expectations soonest deadline first, and counts what waits at each level', () => {
    const played = timeline(
      released,
      { at: min(11), type: 'escalate', by: 'wijkagent', to: 'chef', about: 'u1' },
      { at: min(12), type: 'escalate', by: 'chef', to: 'strategic', about: 'u1' },
    );
    const now = levelsInPlay(exercise, played);
    // The chef's escalation answers the wijkagent's and brings u1 to the tactical level.
    expect(now.openEscalations).toEqual([{ seq: 3, at: min(12), by: 'chef', to: 'strategic', level: 'strategic', about: 'u1' }]);
    // Escalating to the strategic level reaches it, though nobody there has answered yet.
    expect(now.waitingExpectations).toEqual([]);
    expect(now.waitingAt).toEqual([
      { level: 'strategic', count: 1 },
      { level: 'tactical', count: 0 },
      { level: 'operational', count: 0 },
    ]);
    expect(levelsInPlay(exercise, timeline(released)).waitingExpectations).toEqual([
      { inject: 'u1', level: 'strategic', released: min(10), deadline: min(25) },
      { inject: 'u1', level: 'tactical', released: min(10), deadline: null },
    ]);
  });
});
