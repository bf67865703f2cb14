import { describe, expect, it } from 'vitest';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario();

describe('authority-overreach', () => {
  it('is raised when a role exercises an authority it does not hold', () => {
    const played = timeline({ at: min(30), type: 'exercise', by: 'wijkagent', authority: 'sluiting', task: 'opvang' });
    expect(gapsOf('authority-overreach', exercise, played)).toEqual([
      {
        code: 'authority-overreach',
        kind: 'practice',
        severity: 'high',
        authority: 'sluiting',
        agencies: ['politie'],
        roles: ['wijkagent'],
        at: min(30),
        evidence: [1],
        message: 'Wijkagent (Politie) exercised "Pand sluiten" without holding it.',
      },
    ]);
  });

  it('is raised through a decision option that uses the authority, naming the decision as `inject`', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(22), type: 'decide', by: 'handhaver', decision: 'u2', option: 'sluiten' },
    );
    expect(gapsOf('authority-overreach', exercise, played)).toEqual([
      {
        code: 'authority-overreach',
        kind: 'practice',
        severity: 'high',
        authority: 'sluiting',
        inject: 'u2',
        agencies: ['gemeente'],
        roles: ['handhaver'],
        at: min(22),
        evidence: [2],
        message: 'Handhaver (Gemeente) exercised "Pand sluiten" by choosing "Close the chalet" in inject "Children in a chalet" without holding it.',
      },
    ]);
  });

  it('is not raised for a decision option without `uses`', () => {
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(22), type: 'decide', by: 'handhaver', decision: 'u2', option: 'wachten' },
    );
    expect(gapsOf('authority-overreach', exercise, played)).toEqual([]);
  });

  it('is not raised when the holders name the role, or the role\'s agency', () => {
    const played = timeline(
      { at: min(30), type: 'exercise', by: 'burgemeester', authority: 'sluiting' },
      { at: min(31), type: 'exercise', by: 'wijkagent', authority: 'betreden' },
    );
    expect(gapsOf('authority-overreach', exercise, played)).toEqual([]);
  });
});

describe('level-mismatch', () => {
  it('is raised when a holder exercises the authority at a level other than its `level`', () => {
    const played = timeline({ at: min(40), type: 'exercise', by: 'chef', authority: 'betreden' });
    expect(gapsOf('level-mismatch', exercise, played)).toEqual([
      {
        code: 'level-mismatch',
        kind: 'practice',
        severity: 'medium',
        authority: 'betreden',
        agencies: ['politie'],
        roles: ['chef'],
        at: min(40),
        evidence: [1],
        message: 'Chef (Politie) exercised "Plaats betreden" at the tactical level; it belongs at the operational level.',
      },
    ]);
  });

  it('names the decision when the mismatched use came through a decision option', () => {
    const holdsAtWrongLevel = scenario({
      authorities: [{ id: 'sluiting', name: 'Pand sluiten', holders: ['gemeente'], level: 'strategic' }],
    });
    const played = timeline(
      { at: min(20), type: 'released', inject: 'u2' },
      { at: min(21), type: 'decide', by: 'handhaver', decision: 'u2', option: 'sluiten' },
    );
    const [gap] = gapsOf('level-mismatch', holdsAtWrongLevel, played);
    expect([gap?.inject, gap?.authority, gap?.roles, gap?.evidence]).toEqual(['u2', 'sluiting', ['handhaver'], [2]]);
  });

  it('is not raised when the authority has no `level`', () => {
    const played = timeline({ at: min(40), type: 'exercise', by: 'officier', authority: 'doorzoeking' });
    expect(gapsOf('level-mismatch', exercise, played)).toEqual([]);
  });

  it('is not raised for a role that does not hold the authority (that is overreach)', () => {
    const played = timeline({ at: min(40), type: 'exercise', by: 'handhaver', authority: 'betreden' });
    expect(gapsOf('level-mismatch', exercise, played)).toEqual([]);
    expect(gapsOf('authority-overreach', exercise, played)).toHaveLength(1);
  });

  it('is not raised when the holder acts at the authority\'s level', () => {
    const played = timeline({ at: min(40), type: 'exercise', by: 'burgemeester', authority: 'sluiting' });
    expect(gapsOf('level-mismatch', exercise, played)).toEqual([]);
  });
});
