import type { Projection } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { SCHEMA_VERSION } from '../../scenario/schema.ts';

const cache = new WeakMap<Projection, Scenario>();

/**
 * A scenario the analysis can read from what this viewer was sent. The facilitator has the whole
 * scenario; the display and participants have the public part plus the releases they saw, which
 * is all the analysis needs of the injects (the decision options a `decide` names).
 */
export function analysableScenario(projection: Projection): Scenario {
  if (projection.viewer === 'facilitator') return projection.scenario;
  const cached = cache.get(projection);
  if (cached) return cached;
  const scenario: Scenario = {
    schemaVersion: SCHEMA_VERSION,
    ...projection.scenario,
    injects: projection.releases.map(({ at, release }) => ({ ...release, at })),
    events: [],
  };
  cache.set(projection, scenario);
  return scenario;
}
