import { describe, expect, it } from 'vitest';
import { namingMessages } from '../../src/analysis/messages/namingMessages.ts';
import { scenarioNames } from '../../src/analysis/scenarioNames.ts';
import { BASE, scenario } from './play.ts';

describe('scenarioNames', () => {
  it('names roles with their agency and releases by kind and title', () => {
    const names = scenarioNames(scenario(), namingMessages);
    expect([names.role('chef'), names.release('u1'), names.release('e1'), names.task('pers')]).toEqual([
      'Chef (Politie)',
      'inject "Lab smell"',
      'event "Second lab"',
      '"Pers te woord staan"',
    ]);
  });

  it('speaks Dutch for a Dutch scenario', () => {
    const names = scenarioNames(scenario({ language: 'nl-BE' }), namingMessages);
    expect([names.release('e1'), names.level('operational'), names.cooperation('cooperating')]).toEqual([
      'gebeurtenis "Second lab"',
      'operationeel',
      'coöpereren',
    ]);
  });

  it('separates agency names with semicolons when a name carries a comma of its own', () => {
    const agencies = (BASE.agencies ?? []).map((agency) => (agency.id === 'politie' ? { ...agency, name: 'Politie, district Heidebeek' } : agency));
    expect(scenarioNames(scenario(), namingMessages).agencies(['gemeente', 'politie'])).toBe('Gemeente, Politie');
    expect(scenarioNames(scenario({ agencies }), namingMessages).agencies(['gemeente', 'politie'])).toBe('Gemeente; Politie, district Heidebeek');
  });
});
