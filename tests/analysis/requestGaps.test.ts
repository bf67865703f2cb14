import { describe, expect, it } from 'vitest';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario();
const DURATION = min(120);

describe('unanswered-request for information', () => {
  it('is raised when the asked agency never shares it with the asker\'s agency', () => {
    const played = timeline({ at: min(30), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' });
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([
      {
        code: 'unanswered-request',
        kind: 'practice',
        severity: 'medium',
        information: 'dossier',
        agencies: ['gemeente', 'politie'],
        roles: ['handhaver'],
        at: DURATION,
        evidence: [1],
        message: 'Handhaver (Gemeente) asked Politie for "Dossier van de eigenaar"; Politie never shared it with them afterwards.',
      },
    ]);
  });

  it('is answered by a later share of that information with the asker\'s agency by any role of the asked agency', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' },
      { at: min(31), type: 'share', by: 'chef', information: 'dossier', with: 'gemeente' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([]);
  });

  it('is not answered by a share with another agency', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' },
      { at: min(31), type: 'share', by: 'chef', information: 'dossier', with: 'om' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toHaveLength(1);
  });

  it('is not answered by a share made before the request', () => {
    const played = timeline(
      { at: min(30), type: 'share', by: 'chef', information: 'dossier', with: 'gemeente' },
      { at: min(30), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' },
    );
    expect(gapsOf('unanswered-request', exercise, played).map((gap) => gap.evidence)).toEqual([[2]]);
  });

  it('is not answered by a share from a third agency', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'handhaver', from: 'politie', information: 'dossier' },
      { at: min(31), type: 'share', by: 'officier', information: 'dossier', with: 'gemeente' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toHaveLength(1);
  });
});

describe('unanswered-request for a task', () => {
  it('is raised when no role of the asked agency claims the task afterwards', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'officier', from: 'gemeente', task: 'opvang' },
      { at: min(31), type: 'claim', by: 'chef', task: 'opvang', as: 'lead' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([
      {
        code: 'unanswered-request',
        kind: 'practice',
        severity: 'medium',
        task: 'opvang',
        agencies: ['om', 'gemeente'],
        roles: ['officier'],
        at: DURATION,
        evidence: [1],
        message: 'Officier (OM) asked Gemeente to take on "Opvang regelen"; nobody at Gemeente claimed it afterwards.',
      },
    ]);
  });

  it('is answered by a later support claim of the asked agency', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'officier', from: 'gemeente', task: 'opvang' },
      { at: min(31), type: 'claim', by: 'handhaver', task: 'opvang', as: 'support' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([]);
  });
});

describe('unanswered-request for an authority', () => {
  it('is raised when the asked agency never exercises it afterwards', () => {
    const played = timeline(
      { at: min(10), type: 'exercise', by: 'officier', authority: 'doorzoeking' },
      { at: min(30), type: 'request', by: 'wijkagent', from: 'om', authority: 'doorzoeking' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([
      {
        code: 'unanswered-request',
        kind: 'practice',
        severity: 'medium',
        authority: 'doorzoeking',
        agencies: ['politie', 'om'],
        roles: ['wijkagent'],
        at: DURATION,
        evidence: [2],
        message: 'Wijkagent (Politie) asked OM to exercise "Doorzoeking"; nobody at OM did so afterwards.',
      },
    ]);
  });

  it('is answered by a later exercise for any task', () => {
    const played = timeline(
      { at: min(30), type: 'request', by: 'wijkagent', from: 'om', authority: 'doorzoeking' },
      { at: min(40), type: 'exercise', by: 'officier', authority: 'doorzoeking', task: 'pers' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([]);
  });

  it('is answered by a later decision whose option uses the authority', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(30), type: 'request', by: 'wijkagent', from: 'gemeente', authority: 'sluiting' },
      { at: min(40), type: 'decide', by: 'burgemeester', decision: 'u2', option: 'sluiten' },
    );
    expect(gapsOf('unanswered-request', exercise, played)).toEqual([]);
  });
});
