import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenarioIndex.ts';
import type { EngineState } from './engineState.ts';
import { hasEntry } from './ownRecord.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { releaseWithFollowers } from './releasing.ts';
import { append, writable } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';

type Kind = 'inject' | 'event';

/**
 * Why a facilitator may not release, fire or skip this id now: it does not exist, is of the
 * other kind, or was already released or skipped (section 17).
 */
export function facilitatorRefusal(scenario: Scenario, state: EngineState, verb: 'release' | 'skip' | 'fire', id: string): Refusal | undefined {
  const index = indexScenario(scenario);
  const expected: Kind = verb === 'fire' ? 'event' : 'inject';
  const actual: Kind | undefined = index.injects.has(id) ? 'inject' : index.events.has(id) ? 'event' : undefined;
  if (actual === undefined) {
    return refuse(expected === 'event' ? 'unknown-event' : 'unknown-inject', `cannot ${verb} "${id}": there is no ${expected} "${id}" in this scenario`);
  }
  if (actual !== expected) {
    const hint = actual === 'event' ? 'fire it instead' : 'release it instead';
    return refuse('wrong-kind', `cannot ${verb} "${id}": it is an ${actual}, not an ${expected} (${hint})`);
  }
  if (hasEntry(state.released, id)) return refuse('already-released', `cannot ${verb} "${id}": it has already been released`);
  if (hasEntry(state.skipped, id)) return refuse('already-skipped', `cannot ${verb} "${id}": it has already been skipped`);
  return undefined;
}

/** Records a facilitator's release of an inject, or fire of an event, and releases it now with what follows it. */
export function releaseByHand(draft: StepDraft, verb: 'release' | 'fire', id: string): void {
  append(draft, verb === 'release' ? { type: 'release', inject: id } : { type: 'fire', event: id });
  releaseWithFollowers(draft, [id]);
}

/** Records that an inject will never be released. */
export function skipInject(draft: StepDraft, id: string): void {
  append(draft, { type: 'skip', inject: id });
  writable(draft, 'skipped')[id] = draft.state.now;
}
