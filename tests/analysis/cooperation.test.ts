import { describe, expect, it } from 'vitest';
import { measureCooperation } from '../../src/analysis/cooperation.ts';
import type { TimelineEntry } from '../../src/engine/timeline.ts';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario({ ambition: [{ agencies: ['politie', 'gemeente'], level: 'cooperating' }] });
const DURATION = min(120);

function levelBetween(played: TimelineEntry[], a: string, b: string) {
  return measureCooperation(exercise, played).find((pair) => pair.agencies[0] === a && pair.agencies[1] === b)?.level;
}

describe('measureCooperation', () => {
  it('lists every unordered pair once, sorted, with the declared ambition whatever order declares it', () => {
    expect(measureCooperation(exercise, [])).toEqual([
      { agencies: ['gemeente', 'om'], level: 'none' },
      { agencies: ['gemeente', 'politie'], level: 'none', ambition: 'cooperating' },
      { agencies: ['om', 'politie'], level: 'none' },
    ]);
  });

  it('measures networking from one exchange in one direction', () => {
    const played = timeline({ at: min(1), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' });
    expect(levelBetween(played, 'om', 'politie')).toBe('networking');
  });

  it('measures coordinating from exchanges in both directions', () => {
    const played = timeline(
      { at: min(1), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' },
      { at: min(2), type: 'request', by: 'officier', from: 'politie', task: 'ontmantelen' },
    );
    expect(levelBetween(played, 'om', 'politie')).toBe('coordinating');
  });

  it('does not reach coordinating with many exchanges in one direction only', () => {
    const played = timeline(
      { at: min(1), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' },
      { at: min(2), type: 'request', by: 'chef', from: 'om', authority: 'doorzoeking' },
      { at: min(3), type: 'escalate', by: 'chef', to: 'officier' },
    );
    expect(levelBetween(played, 'om', 'politie')).toBe('networking');
  });

  it('measures cooperating when both directions are there and one exchange is a support claim', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(2), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
      { at: min(3), type: 'escalate', by: 'chef', to: 'burgemeester' },
    );
    expect(levelBetween(played, 'gemeente', 'politie')).toBe('cooperating');
  });

  it('does not reach cooperating from a support claim alone', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(2), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
    );
    expect(levelBetween(played, 'gemeente', 'politie')).toBe('networking');
  });

  it('measures collaborating from support claims in both directions', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(2), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
      { at: min(3), type: 'claim', by: 'burgemeester', task: 'opvang', as: 'lead' },
      { at: min(4), type: 'claim', by: 'chef', task: 'opvang', as: 'support' },
    );
    expect(levelBetween(played, 'gemeente', 'politie')).toBe('collaborating');
  });

  it('counts a support claim made before the lead claim, since the practice lead comes from the whole timeline', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
      { at: min(2), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
    );
    expect(levelBetween(played, 'gemeente', 'politie')).toBe('networking');
  });

  it('does not count a support claim on a task nobody leads', () => {
    const played = timeline({ at: min(1), type: 'claim', by: 'handhaver', task: 'pers', as: 'support' });
    expect(levelBetween(played, 'gemeente', 'politie')).toBe('none');
  });

  it('counts no pair for an escalation to a level', () => {
    const played = timeline({ at: min(1), type: 'escalate', by: 'wijkagent', to: 'strategic' });
    expect(measureCooperation(exercise, played).map((pair) => pair.level)).toEqual(['none', 'none', 'none']);
  });

  it('counts no pair for exchanges within one agency', () => {
    const played = timeline(
      { at: min(1), type: 'escalate', by: 'wijkagent', to: 'chef' },
      { at: min(2), type: 'share', by: 'chef', information: 'dossier', with: 'politie' },
      { at: min(3), type: 'request', by: 'chef', from: 'politie', task: 'ontmantelen' },
    );
    expect(measureCooperation(exercise, played).map((pair) => pair.level)).toEqual(['none', 'none', 'none']);
  });
});

describe('below-ambition', () => {
  it('is raised when a pair reached less than its ambition, with its exchanges as evidence', () => {
    const played = timeline(
      { at: min(1), type: 'share', by: 'wijkagent', information: 'dossier', with: 'gemeente' },
      { at: min(2), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' },
      { at: min(3), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' },
    );
    expect(gapsOf('below-ambition', exercise, played)).toEqual([
      {
        code: 'below-ambition',
        kind: 'practice',
        severity: 'low',
        agencies: ['gemeente', 'politie'],
        at: DURATION,
        evidence: [1, 3],
        message: 'Gemeente and Politie aimed for cooperating but reached coordinating.',
      },
    ]);
  });

  it('is raised with empty evidence when the pair never exchanged anything', () => {
    expect(gapsOf('below-ambition', exercise, []).map((gap) => gap.evidence)).toEqual([[]]);
  });

  it('is not raised when the pair reached its ambition or went beyond it', () => {
    const played = timeline(
      { at: min(1), type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'lead' },
      { at: min(2), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'support' },
      { at: min(3), type: 'claim', by: 'burgemeester', task: 'opvang', as: 'lead' },
      { at: min(4), type: 'claim', by: 'chef', task: 'opvang', as: 'support' },
    );
    expect(gapsOf('below-ambition', exercise, played)).toEqual([]);
  });

  it('is not raised for pairs without an ambition', () => {
    expect(gapsOf('below-ambition', scenario(), [])).toEqual([]);
  });
});
