import type { Inject, Scenario, ScenarioEvent } from './schema.ts';

/** An inject or event with its place in the document. */
export type LocatedRelease =
  | { kind: 'inject'; release: Inject; path: ['injects', number] }
  | { kind: 'event'; release: ScenarioEvent; path: ['events', number] };

/** Injects then events, in file order, each with its path. */
export function locatedReleases(scenario: Scenario): LocatedRelease[] {
  return [
    ...scenario.injects.map((release, i): LocatedRelease => ({ kind: 'inject', release, path: ['injects', i] })),
    ...scenario.events.map((release, i): LocatedRelease => ({ kind: 'event', release, path: ['events', i] })),
  ];
}

