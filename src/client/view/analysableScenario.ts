import type { Projection } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { SCHEMA_VERSION } from '../../scenario/scenarioConstants.ts';

const cache = new WeakMap<Projection, Scenario>();

/**
 * A scenario the analysis can read from what this viewer was sent. The facilitator has the whole
 * scenario; the display and participants have the public part plus the releases they saw, which
 * is all the analysis needs of the injects (the decision options a `decide` names). While the
 * plan on paper is hidden from participants, it reads as empty: no holders, recipients or ambitions.
 */
export function analysableScenario(projection: Projection): Scenario {
  if (projection.viewer === 'facilitator') return projection.scenario;
  const cached = cache.get(projection);
  if (cached) return cached;
  const shown = projection.scenario;
  const scenario: Scenario = {
    schemaVersion: SCHEMA_VERSION,
    ...shown,
    authorities: shown.authorities.map((authority) => ({ holders: [], ...authority })),
    information: shown.information.map((item) => ({ shareableWith: [], ...item })),
    ambition: 'ambition' in shown ? shown.ambition : [],
    injects: projection.releases.map(({ at, release }) => ({ ...release, at })),
    events: [],
  };
  cache.set(projection, scenario);
  return scenario;
}
