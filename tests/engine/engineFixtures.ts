import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { replay } from '../../src/engine/index.ts';
import type { EngineInput, TimelineEntry } from '../../src/engine/index.ts';
import { agency, role, scenarioFixture, type ScenarioFixture } from '../support/scenarioFixture.ts';

/** A participant action as a host passes it (a claim's `as` may be left out). */
export type ActionInput = Extract<EngineInput, { type: 'ACTION' }>['action'];

/** A small three-agency exercise for engine tests. */
const ENGINE_TEST: ScenarioFixture = {
  id: 'engine-test',
  title: 'Engine test',
  duration: '2h',
  agencies: [
    agency('politie', 'Politie', [role('wijkagent', 'Wijkagent', 'operational'), role('teamchef', 'Teamchef', 'tactical')]),
    agency('gemeente', 'Gemeente', [role('burgemeester', 'Burgemeester', 'strategic'), role('handhaving', 'Handhaving', 'operational')]),
    agency('belastingdienst', 'Belastingdienst', [role('inspecteur', 'Inspecteur', 'operational')]),
  ],
  authorities: [{ id: 'sluiting-13b', name: 'Pand sluiten', holders: ['burgemeester'], level: 'strategic' }],
  tasks: [
    { id: 'ontmantelen', name: 'Drugslab ontmantelen', lead: 'politie' },
    { id: 'contact-beheerder', name: 'Contact met de beheerder', lead: 'gemeente' },
  ],
  information: [{ id: 'fiscale-gegevens', name: 'Fiscale gegevens', owner: 'belastingdienst', shareableWith: [] }],
};

/** The engine tests' exercise; pass injects, events and any other top-level field to override. */
export function scenarioWith(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioFixture(ENGINE_TEST, overrides);
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
