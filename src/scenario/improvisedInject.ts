import { describeIssues } from '../shared/protocol.ts';
import { lintDuplicates } from './lintDuplicates.ts';
import { lintReferences } from './lintReferences.ts';
import { formatPath } from './scenarioMessage.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { ScenarioIndex } from './scenarioIndex.ts';
import { scenarioInPlay } from './scenarioInPlay.ts';
import { improvisedInjectSchema } from './schema.ts';
import type { Inject, Scenario } from './schema.ts';

/** Why an improvised inject does not fit the scenario it would join. */
export interface ImprovisationProblem {
  code: 'invalid-inject' | 'duplicate-id' | 'unknown-reference';
  message: string;
}

/** Fields an inject written during play may not have, and why. */
const FORBIDDEN_FIELDS = {
  at: 'it is released at once',
  facilitatorNotes: 'the control team already knows what it wrote',
  trigger: 'it is released at once; only the scenario file schedules releases',
} as const;

/**
 * An improvised inject read against the scenario and the injects improvised before it (section
 * 19), ready to release at `now`:
 * with its own id, or `adhoc-N` with the smallest N ≥ 1 that no inject or event uses, and `now`
 * as its `at`. Or the first reason it does not fit: a field it may not have, a malformed value,
 * an id already used, a reference to something the scenario does not have. The checks are the
 * scenario file's own, run on the scenario with this inject added.
 */
export function readImprovisedInject(
  scenario: Scenario,
  improvised: readonly Inject[],
  raw: Readonly<Record<string, unknown>>,
  now: number,
): { inject: Inject } | { problem: ImprovisationProblem } {
  const forbidden = (Object.keys(FORBIDDEN_FIELDS) as (keyof typeof FORBIDDEN_FIELDS)[]).find((field) => Object.hasOwn(raw, field));
  if (forbidden !== undefined) {
    return { problem: { code: 'invalid-inject', message: `an improvised inject has no "${forbidden}": ${FORBIDDEN_FIELDS[forbidden]}` } };
  }
  const parsed = improvisedInjectSchema.safeParse(raw);
  if (!parsed.success) return { problem: { code: 'invalid-inject', message: `the improvised inject does not fit: ${describeIssues(parsed.error)}` } };
  const { id, ...fields } = parsed.data;
  const before = indexScenario(scenarioInPlay(scenario, improvised));
  if (id !== undefined && before.releases.has(id)) {
    const kind = before.events.has(id) ? 'an event' : 'an inject';
    return { problem: { code: 'duplicate-id', message: `id: "${id}" is already used by ${kind} (ids of injects and events must be unique)` } };
  }
  const inject: Inject = { id: id ?? freeAdhocId(before), ...fields, at: now };

  const withIt = scenarioInPlay(scenario, [...improvised, inject]);
  const position = withIt.injects.length - 1;
  const own = (path: readonly (string | number)[]) => path[0] === 'injects' && path[1] === position;
  const duplicate = lintDuplicates(withIt).find((finding) => own(finding.path));
  if (duplicate) return { problem: { code: 'duplicate-id', message: `${formatPath(duplicate.path.slice(2))}: ${duplicate.message}` } };
  const reference = lintReferences(withIt).find((finding) => own(finding.path));
  if (reference) return { problem: { code: 'unknown-reference', message: `${formatPath(reference.path.slice(2))}: ${reference.message}` } };
  return { inject };
}

/** `adhoc-N` with the smallest N ≥ 1 not yet used as an inject or event id. */
function freeAdhocId(index: ScenarioIndex): string {
  for (let n = 1; ; n += 1) {
    const id = `adhoc-${n}`;
    if (!index.releases.has(id)) return id;
  }
}
