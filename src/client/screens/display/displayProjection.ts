import type { DisplayProjection, FacilitatorProjection, Projection } from '../../../engine/index.ts';

/**
 * What the projector can draw: the display's own projection, or the facilitator's when the
 * display was opened with the facilitator key. Participants' projections are not for the room.
 */
export type RoomProjection = DisplayProjection | FacilitatorProjection;

/** The projection if the room may be shown it, else undefined. */
export function roomProjection(projection: Projection | undefined): RoomProjection | undefined {
  return projection?.viewer === 'display' || projection?.viewer === 'facilitator' ? projection : undefined;
}
