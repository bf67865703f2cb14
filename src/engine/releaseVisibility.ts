import { escalationReaches, isVisibleTo } from '../scenario/scenarioIndex.ts';
import type { ScenarioIndex } from '../scenario/scenarioIndex.ts';
import type { EngineState } from './engineState.ts';
import { entryOf } from './ownRecord.ts';

/**
 * Whether a role may see a release (section 17), or has been passed it by an escalation to the
 * role or its level (section 18). Whether it has been released yet is asked separately.
 */
export function releaseIsVisibleTo(index: ScenarioIndex, state: EngineState, releaseId: string, roleId: string): boolean {
  const release = index.releases.get(releaseId);
  if (release === undefined) return false;
  if (isVisibleTo(index, release, roleId)) return true;
  return (entryOf(state.passedOn, releaseId) ?? []).some((to) => escalationReaches(index, to, roleId));
}
