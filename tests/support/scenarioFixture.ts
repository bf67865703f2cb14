import { stringify } from 'yaml';
import { scenarioSchema, type Role, type Scenario, type ScenarioInput } from '../../src/scenario/schema.ts';

type AgencyInput = ScenarioInput['agencies'][number];
type InjectInput = NonNullable<ScenarioInput['injects']>[number];
type EventInput = NonNullable<ScenarioInput['events']>[number];

/** A test scenario as written, without the schema version (always 1 here). */
export type ScenarioFixture = Omit<ScenarioInput, 'schemaVersion'>;

/**
 * The one way tests build a scenario: a fixture with some top-level fields replaced, parsed as the
 * loader would (durations written as in a file). Each test folder keeps its own small exercise
 * and builds it here.
 */
export function scenarioFixture(fixture: ScenarioFixture, overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({ schemaVersion: 1, ...fixture, ...overrides });
}

/** A fixture as the YAML text an author would upload or the server would find in its scenarios folder. */
export function scenarioFixtureText(fixture: ScenarioFixture): string {
  return stringify({ schemaVersion: 1, ...fixture });
}

/** An agency with its roles; `extra` adds the other fields (`short`, ...). */
export function agency(id: string, name: string, roles: AgencyInput['roles'], extra: Partial<AgencyInput> = {}): AgencyInput {
  return { id, name, ...extra, roles };
}

/** A role at a level. */
export function role(id: string, name: string, level: Role['level']): Role {
  return { id, name, level };
}

/** An inject for tests: addressed to everyone unless `to` is given. */
export function inject(id: string, at: string, extra: Record<string, unknown> = {}): InjectInput {
  return { id, at, title: `Title of ${id}`, ...extra } as InjectInput;
}

/** An event for tests with the given trigger. */
export function event(id: string, trigger: Record<string, unknown>, extra: Record<string, unknown> = {}): EventInput {
  return { id, title: `Title of ${id}`, trigger, ...extra } as EventInput;
}
