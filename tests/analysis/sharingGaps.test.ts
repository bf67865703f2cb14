import { describe, expect, it } from 'vitest';
import { gapsOf, min, scenario, timeline } from './play.ts';

const exercise = scenario();

describe('sharing-without-basis', () => {
  it('is raised when information goes to an agency that is neither owner nor in `shareableWith`', () => {
    const played = timeline({ at: min(50), type: 'share', by: 'wijkagent', information: 'dossier', with: 'gemeente' });
    expect(gapsOf('sharing-without-basis', exercise, played)).toEqual([
      {
        code: 'sharing-without-basis',
        kind: 'practice',
        severity: 'high',
        information: 'dossier',
        agencies: ['politie', 'gemeente'],
        roles: ['wijkagent'],
        at: min(50),
        evidence: [1],
        message:
          'Wijkagent (Politie) shared "Dossier van de eigenaar" with Gemeente, which neither owns it nor may lawfully receive it.',
      },
    ]);
  });

  it('is not raised for a recipient in `shareableWith`', () => {
    const played = timeline({ at: min(50), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' });
    expect(gapsOf('sharing-without-basis', exercise, played)).toEqual([]);
  });

  it('is not raised for sharing back with the owner', () => {
    const played = timeline({ at: min(50), type: 'share', by: 'officier', information: 'dossier', with: 'politie' });
    expect(gapsOf('sharing-without-basis', exercise, played)).toEqual([]);
  });

  it('treats `shareableWith` as empty when the scenario omits it', () => {
    const closed = scenario({ information: [{ id: 'dossier', name: 'Dossier', owner: 'politie' }] });
    const played = timeline({ at: min(50), type: 'share', by: 'wijkagent', information: 'dossier', with: 'om' });
    expect(gapsOf('sharing-without-basis', closed, played).map((gap) => gap.agencies)).toEqual([['politie', 'om']]);
  });
});
