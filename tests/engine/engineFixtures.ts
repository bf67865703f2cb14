import { scenarioSchema } from '../../src/scenario/schema.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { replay } from '../../src/engine/index.ts';
import type { EngineInput, TimelineEntry } from '../../src/engine/index.ts';

/** A participant action as a host passes it (a claim's `as` may be left out). */
export type ActionInput = Extract<EngineInput, { type: 'ACTION' }>['action'];

/**
 * A small three-agency scenario for engine tests; pass injects, events and any other top-level
 * field to override. Durations are written as in a scenario file.
 */
export function scenarioWith(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    schemaVersion: 1,
    id: 'engine-test',
    title: 'Engine test',
    duration: '2h',
    agencies: [
      {
        id: 'politie',
        name: 'Politie',
        roles: [
          { id: 'wijkagent', name: 'Wijkagent', level: 'operational' },
          { id: 'teamchef', name: 'Teamchef', level: 'tactical' },
        ],
      },
      {
        id: 'gemeente',
        name: 'Gemeente',
        roles: [
          { id: 'burgemeester', name: 'Burgemeester', level: 'strategic' },
          { id: 'handhaving', name: 'Handhaving', level: 'operational' },
        ],
      },
      { id: 'belastingdienst', name: 'Belastingdienst', roles: [{ id: 'inspecteur', name: 'Inspecteur', level: 'operational' }] },
    ],
    authorities: [{ id: 'sluiting-13b', name: 'Pand sluiten', holders: ['burgemeester'], level: 'strategic' }],
    tasks: [
      { id: 'ontmantelen', name: 'Drugslab ontmantelen', lead: 'politie' },
      { id: 'contact-beheerder', name: 'Contact met de beheerder', lead: 'gemeente' },
    ],
    information: [{ id: 'fiscale-gegevens', name: 'Fiscale gegevens', owner: 'belastingdienst', shareableWith: [] }],
    ...overrides,
  });
}

/** Plays the inputs from a fresh state and fails the test on any refusal. */
export function play(scenario: Scenario, inputs: readonly EngineInput[], seed = 0): TimelineEntry[] {
  const result = replay(scenario, seed, inputs);
  if (result.refusals.length > 0) throw new Error(`unexpected refusals: ${JSON.stringify(result.refusals)}`);
  return result.timeline;
}

/** The releases in a timeline as `id@seconds`, in seq order. */
export function releasesOf(timeline: readonly TimelineEntry[]): string[] {
  return timeline.flatMap((entry) => (entry.type === 'released' ? [`${entry.inject}@${entry.at}`] : []));
}

/** An inject for tests: addressed to everyone unless `to` is given. */
export function inject(id: string, at: string, extra: Record<string, unknown> = {}): NonNullable<ScenarioInput['injects']>[number] {
  return { id, at, title: `Title of ${id}`, ...extra } as NonNullable<ScenarioInput['injects']>[number];
}

/** An event for tests with the given trigger. */
export function event(id: string, trigger: Record<string, unknown>, extra: Record<string, unknown> = {}): NonNullable<ScenarioInput['events']>[number] {
  return { id, title: `Title of ${id}`, trigger, ...extra } as NonNullable<ScenarioInput['events']>[number];
}
