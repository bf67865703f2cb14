import { describe, expect, it } from 'vitest';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario();
const DURATION = min(120);

describe('unclaimed-task', () => {
  it('is raised for a task a released inject expected when nobody claimed its lead', () => {
    const played = timeline({ at: min(10), type: 'released', inject: 'u1' });
    expect(gapsOf('unclaimed-task', exercise, played)).toEqual([
      {
        code: 'unclaimed-task',
        kind: 'practice',
        severity: 'high',
        task: 'ontmantelen',
        inject: 'u1',
        agencies: ['politie'],
        at: DURATION,
        evidence: [1],
        message: 'Nobody claimed the lead of "Drugslab veilig ontmantelen" although inject "Lab smell" asked for it.',
      },
    ]);
  });

  it('names the first expecting release and lists every expecting release as evidence', () => {
    const played = timeline(
      { at: min(5), type: 'fire', event: 'e1' },
      { at: min(5), type: 'released', inject: 'e1' },
      { at: min(10), type: 'released', inject: 'u1' },
    );
    const [gap] = gapsOf('unclaimed-task', exercise, played);
    expect(gap?.inject).toBe('e1');
    expect(gap?.evidence).toEqual([2, 3]);
  });

  it('names the addressed agencies when the task has no paper lead, all of them when `to` is omitted', () => {
    const played = timeline({ at: min(20), type: 'released', inject: 'u2' });
    const gap = gapsOf('unclaimed-task', exercise, played).find((found) => found.task === 'pers');
    expect(gap?.agencies).toEqual(['gemeente', 'om', 'politie']);
  });

  it('uses the agency of a paper lead named by a role', () => {
    const played = timeline({ at: min(20), type: 'released', inject: 'u2' });
    const gap = gapsOf('unclaimed-task', exercise, played).find((found) => found.task === 'opvang');
    expect(gap?.agencies).toEqual(['gemeente']);
  });

  it('is not raised for an expectation of an inject that was never released', () => {
    expect(gapsOf('unclaimed-task', exercise, timeline())).toEqual([]);
  });

  it('is still raised when the task was only claimed as support', () => {
    const played = timeline(
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(12), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
    );
    expect(gapsOf('unclaimed-task', exercise, played)).toHaveLength(1);
  });

  it('is not raised when the lead was claimed, even before the release', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(10), type: 'released', inject: 'u1' },
    );
    expect(gapsOf('unclaimed-task', exercise, played)).toEqual([]);
  });
});

describe('late-response', () => {
  it('is raised when the first lead claim comes after release plus `within`', () => {
    const played = timeline(
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(25) + 1, type: 'claim', by: 'chef', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('late-response', exercise, played)).toEqual([
      {
        code: 'late-response',
        kind: 'practice',
        severity: 'medium',
        task: 'ontmantelen',
        inject: 'u1',
        agencies: ['politie'],
        roles: ['chef'],
        at: min(25) + 1,
        evidence: [1, 2],
        message:
          'Chef (Politie) claimed the lead of "Drugslab veilig ontmantelen" at 0:25:01, 1s after the deadline 0:25:00 set by inject "Lab smell".',
      },
    ]);
  });

  it('is not raised for a claim exactly at the deadline', () => {
    const played = timeline(
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(25), type: 'claim', by: 'chef', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('late-response', exercise, played)).toEqual([]);
  });

  it('is raised once per expectation, and only for those with a missed deadline', () => {
    const played = timeline(
      { at: min(10), type: 'released', inject: 'u1' },
      { at: min(20), type: 'fire', event: 'e1' },
      { at: min(20), type: 'released', inject: 'e1' },
      { at: min(27), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(30), type: 'claim', by: 'burgemeester', task: 'ontmantelen', as: 'lead' },
    );
    const gaps = gapsOf('late-response', exercise, played);
    expect(gaps.map((gap) => [gap.inject, gap.evidence])).toEqual([
      ['e1', [3, 4]],
      ['u1', [1, 4]],
    ]);
  });

  it('is not raised for an expectation without `within`', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(119), type: 'claim', by: 'burgemeester', task: 'opvang', as: 'lead' },
    );
    expect(gapsOf('late-response', exercise, played)).toEqual([]);
  });

  it('is not raised for a task never claimed as lead, which is unclaimed instead', () => {
    const played = timeline({ at: min(10), type: 'released', inject: 'u1' });
    expect(gapsOf('late-response', exercise, played)).toEqual([]);
  });
});

describe('contested-lead', () => {
  it('is raised when two agencies claimed the lead, at the first claim by the second agency', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(6), type: 'claim', by: 'chef', task: 'ontmantelen', as: 'lead' },
      { at: min(8), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
      { at: min(9), type: 'claim', by: 'burgemeester', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('contested-lead', exercise, played)).toEqual([
      {
        code: 'contested-lead',
        kind: 'practice',
        severity: 'high',
        task: 'ontmantelen',
        agencies: ['gemeente', 'politie'],
        roles: ['burgemeester', 'chef', 'handhaver', 'wijkagent'],
        at: min(8),
        evidence: [1, 2, 3, 4],
        message: '2 agencies claimed the lead of "Drugslab veilig ontmantelen": Gemeente, Politie.',
      },
    ]);
  });

  it('is not raised when two roles of the same agency claimed the lead', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(6), type: 'claim', by: 'chef', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('contested-lead', exercise, played)).toEqual([]);
  });

  it('is not raised by a support claim of another agency', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(6), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
    );
    expect(gapsOf('contested-lead', exercise, played)).toEqual([]);
  });
});

describe('lead-deviation', () => {
  it('is raised when the first lead claimer is not the paper lead, naming practice lead then paper lead', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
      { at: min(6), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('lead-deviation', exercise, played)).toEqual([
      {
        code: 'lead-deviation',
        kind: 'practice',
        severity: 'medium',
        task: 'ontmantelen',
        agencies: ['gemeente', 'politie'],
        roles: ['handhaver'],
        at: min(5),
        evidence: [1],
        message: 'Handhaver (Gemeente) took the lead of "Drugslab veilig ontmantelen", which on paper lies with Politie.',
      },
    ]);
  });

  it('keeps the order [practice lead, paper lead] rather than sorting it', () => {
    const played = timeline({ at: min(5), type: 'claim', by: 'wijkagent', task: 'opvang', as: 'lead' });
    expect(gapsOf('lead-deviation', exercise, played)[0]?.agencies).toEqual(['politie', 'gemeente']);
  });

  it('is not raised when another role of the paper lead role\'s agency claims first', () => {
    const played = timeline({ at: min(5), type: 'claim', by: 'handhaver', task: 'opvang', as: 'lead' });
    expect(gapsOf('lead-deviation', exercise, played)).toEqual([]);
  });

  it('is never raised for a task without a paper lead', () => {
    const played = timeline({ at: min(5), type: 'claim', by: 'officier', task: 'pers', as: 'lead' });
    expect(gapsOf('lead-deviation', exercise, played)).toEqual([]);
  });

  it('looks only at the first lead claim, so a later deviating claim is not a deviation', () => {
    const played = timeline(
      { at: min(5), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(6), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
    );
    expect(gapsOf('lead-deviation', exercise, played)).toEqual([]);
  });
});
