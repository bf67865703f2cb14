import type { Projection } from './projection.ts';
import type { ProjectionPatch } from './projectionPatch.ts';

/**
 * The projection after a change, from the one before it and the change's patch (see
 * `projectionPatch`): the small fields replaced whole, new entries and releases appended (one
 * already held is not added twice), a large part replaced when the patch carries it. Imports
 * nothing at run time, so a participant's browser gets it without the engine.
 */
export function applyProjectionPatch(held: Projection, patch: ProjectionPatch): Projection {
  if (held.viewer !== patch.fields.viewer) throw new Error(`a ${patch.fields.viewer} patch cannot change a ${held.viewer} projection`);
  const next = {
    ...patch.fields,
    timeline: appendNewer(held.timeline, patch.entries),
    scenario: 'scenario' in patch && patch.scenario !== undefined ? patch.scenario : held.scenario,
    releases: appendNewer<{ seq: number }>(held.releases, patch.releases),
    ...(held.viewer === 'facilitator' ? { upcoming: 'upcoming' in patch && patch.upcoming !== undefined ? patch.upcoming : held.upcoming } : {}),
  };
  return next as Projection;
}

/** The held items and then the new ones past the last held seq; the held array itself when nothing is new. */
function appendNewer<T extends { seq: number }>(held: T[], added: readonly T[]): T[] {
  const lastSeq = held.at(-1)?.seq ?? 0;
  const newer = added.filter((item) => item.seq > lastSeq);
  return newer.length === 0 ? held : [...held, ...newer];
}
