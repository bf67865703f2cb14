import { scenarioSchema, type Scenario } from '../../../src/scenario/schema.ts';

/** A small exercise with three organisations, a decision, a private inject, notes and two events. */
export function smallScenario(overrides: Record<string, unknown> = {}): Scenario {
  return scenarioSchema.parse({
    schemaVersion: 1,
    id: 'kleine-oefening',
    title: 'Kleine oefening',
    language: 'nl',
    startTime: '2026-03-14T06:00',
    duration: '1h',
    agencies: [
      {
        id: 'politie',
        name: 'Politie',
        short: 'POL',
        roles: [
          { id: 'wijkagent', name: 'Wijkagent', level: 'operational' },
          { id: 'teamchef', name: 'Teamchef', level: 'tactical' },
        ],
      },
      {
        id: 'gemeente',
        name: 'Gemeente',
        short: 'GEM',
        roles: [
          { id: 'burgemeester', name: 'Burgemeester', level: 'strategic' },
          { id: 'handhaver', name: 'Handhaver', level: 'operational' },
        ],
      },
      { id: 'belastingdienst', name: 'Belastingdienst', roles: [{ id: 'inspecteur', name: 'Inspecteur', level: 'operational' }] },
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
    ...overrides,
  });
}
