import type { Scenario, ScenarioInput } from '../../../src/scenario/schema.ts';
import { agency, role, scenarioFixture, type ScenarioFixture } from '../../support/scenarioFixture.ts';

/** A small exercise with three organisations, a decision, a private inject, notes and two events. */
const SMALL: ScenarioFixture = {
  id: 'kleine-oefening',
  title: 'Kleine oefening',
  language: 'nl',
  startTime: '2026-03-14T06:00',
  duration: '1h',
  agencies: [
    agency('politie', 'Politie', [role('wijkagent', 'Wijkagent', 'operational'), role('teamchef', 'Teamchef', 'tactical')], { short: 'POL' }),
    agency('gemeente', 'Gemeente', [role('burgemeester', 'Burgemeester', 'strategic'), role('handhaver', 'Handhaver', 'operational')], { short: 'GEM' }),
    agency('belastingdienst', 'Belastingdienst', [role('inspecteur', 'Inspecteur', 'operational')]),
  ],
  authorities: [{ id: 'sluiting-13b', name: 'Pand sluiten (13b)', holders: ['burgemeester'], level: 'strategic' }],
  tasks: [
    { id: 'ontmantelen', name: 'Drugslab ontmantelen', lead: 'politie', support: ['gemeente'] },
    { id: 'opvang', name: 'Opvang regelen' },
  ],
  information: [
    { id: 'fiscale-gegevens', name: 'Fiscale gegevens', owner: 'belastingdienst' },
    { id: 'buurtinfo', name: 'Signalen uit de buurt', owner: 'gemeente', shareableWith: ['politie'] },
  ],
  injects: [
    {
      id: 'i01',
      at: '0m',
      title: 'Start van de actiedag',
      from: 'Politie',
      channel: 'briefing',
      body: 'Spreek per locatie een **trekker** af. <script>alert(1)</script><b>rauw</b>',
      facilitatorNotes: 'GEHEIME NOTITIE: let op wie de leiding pakt',
      questions: ['Wie trekt welke locatie?'],
      expects: [{ task: 'ontmantelen', within: '10m' }],
    },
    {
      id: 'i02',
      at: '10m',
      title: 'Chalet sluiten?',
      to: ['gemeente'],
      channel: 'phone',
      body: 'Mag het chalet dicht?',
      decision: {
        prompt: 'Wat besluit u?',
        by: 'burgemeester',
        options: [
          { id: 'sluiten', label: 'Het chalet sluiten', uses: 'sluiting-13b' },
          { id: 'wachten', label: 'Eerst overleggen' },
        ],
      },
    },
    { id: 'i03', at: '20m', title: 'Alleen voor de politie', to: ['politie'], body: 'Vertrouwelijk bericht' },
  ],
  events: [
    { id: 'u1', title: 'Pers aan de poort', trigger: { manual: true }, facilitatorNotes: 'Joker: alleen als het stil is' },
    { id: 'u2', title: 'Stroomstoring', trigger: { at: '30m' } },
  ],
};

/** The client tests' exercise with some top-level fields replaced. */
export function smallScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioFixture(SMALL, overrides);
}
