import type { Release, Scenario } from '../../scenario/schema.ts';
import { indexScenario } from '../../scenario/scenarioIndex.ts';

/** Who a release goes to, by name (`Gemeente, Wijkagent`), or `everyone` when its `to` is left out. */
export function addressees(scenario: Scenario, release: Pick<Release, 'to'>, everyone: string): string {
  if (release.to === undefined) return everyone;
  const index = indexScenario(scenario);
  return release.to.map((id) => index.agencies.get(id)?.name ?? index.roles.get(id)?.name ?? id).join(', ');
}
