import type { TimelineEntry } from '../../src/engine/timeline.ts';
import { findPracticeGaps } from '../../src/analysis/practiceGaps.ts';
import type { Gap, GapCode } from '../../src/shared/gap.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { agency, role, scenarioFixture, type ScenarioFixture } from '../support/scenarioFixture.ts';

/**
 * A small exercise shared by the analysis tests: two agencies with two roles each and a third
 * with one, authorities held by a role, by an agency and by nobody in particular.
 */
export const BASE: ScenarioFixture = {
  id: 'oefening',
  title: 'Oefening Kempenhoeve',
  duration: '2h',
  agencies: [
    agency('politie', 'Politie', [role('wijkagent', 'Wijkagent', 'operational'), role('chef', 'Chef', 'tactical')], { short: 'POL' }),
    agency('gemeente', 'Gemeente', [role('burgemeester', 'Burgemeester', 'strategic'), role('handhaver', 'Handhaver', 'operational')]),
    agency('om', 'OM', [role('officier', 'Officier', 'tactical')]),
  ],
  authorities: [
    { id: 'sluiting', name: 'Pand sluiten', holders: ['burgemeester'], level: 'strategic' },
    { id: 'betreden', name: 'Plaats betreden', holders: ['politie'], level: 'operational' },
    { id: 'doorzoeking', name: 'Doorzoeking', holders: ['om'] },
  ],
  tasks: [
    { id: 'ontmantelen', name: 'Drugslab veilig ontmantelen', lead: 'politie', support: ['gemeente'] },
    { id: 'opvang', name: 'Opvang regelen', lead: 'burgemeester' },
    { id: 'pers', name: 'Pers te woord staan' },
  ],
  information: [{ id: 'dossier', name: 'Dossier van de eigenaar', owner: 'politie', shareableWith: ['om'] }],
  injects: [
    {
      id: 'u1',
      at: '10m',
      title: 'Lab smell',
      to: ['politie'],
      expects: [{ task: 'ontmantelen', within: '15m' }],
    },
    {
      id: 'u2',
      at: '20m',
      title: 'Children in a chalet',
      expects: [{ task: 'opvang' }, { task: 'pers' }],
      decision: {
        prompt: 'What now?',
        options: [
          { id: 'wachten', label: 'Wait' },
          { id: 'sluiten', label: 'Close the chalet', uses: 'sluiting' },
        ],
      },
    },
  ],
  events: [
    {
      id: 'e1',
      title: 'Second lab',
      trigger: { manual: true },
      to: ['wijkagent'],
      expects: [{ task: 'ontmantelen', within: '5m' }],
      decision: { prompt: 'Evacuate?', by: 'burgemeester', options: [{ id: 'ja', label: 'Yes', uses: 'sluiting' }] },
    },
  ],
};

/** The base exercise with some top-level fields replaced. */
export function scenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioFixture(BASE, overrides);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A timeline from entries in order; seq numbers count from 1. */
export function timeline(...entries: DistributiveOmit<TimelineEntry, 'seq'>[]): TimelineEntry[] {
  return entries.map((entry, position) => ({ seq: position + 1, ...entry }) as TimelineEntry);
}

/** Minutes in scenario seconds, for readable times. */
export function min(minutes: number): number {
  return minutes * 60;
}

/** The practice gaps of one code that play raised. */
export function gapsOf(code: GapCode, played: Scenario, entries: readonly TimelineEntry[]): Gap[] {
  return findPracticeGaps(played, entries).filter((gap) => gap.code === code);
}
