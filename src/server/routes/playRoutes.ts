import type { Projection } from '../../engine/index.ts';
import type { ActionAcceptedBody, ControlBody, SessionStateBody } from '../../shared/httpApi.ts';
import { controlCommandSchema, ERROR_CODES, MAX_MESSAGE_BYTES, type RoomAddresses } from '../../shared/protocol.ts';
import { idempotencyKey, readBody, readJsonBody } from '../httpIo.ts';
import { RateLimiter } from '../rateLimit.ts';
import type { WallClock } from '../scenarioClock.ts';
import { signedAction } from '../signedAction.ts';
import { sessionExtras, viewerInfo, viewerOf } from '../viewers.ts';
import { json, refuse, refusalOf, type Reply } from './reply.ts';
import type { SessionRequest } from './routeTable.ts';

/** The handlers of play: what a credential sees, the facilitator's commands and the participants' actions. */
export function playHandlers(wall: WallClock, room: () => RoomAddresses) {
  const actionsPerParticipant = new RateLimiter({ burst: 30, perSecond: 10 });

  return {
    state({ session, credential }: SessionRequest): Reply {
      return json(200, {
        seq: session.seq,
        clock: session.clockView(),
        viewer: viewerInfo(credential, (role) => session.agencyOf(role)),
        projection: session.projectionFor(viewerOf(credential)),
        ...sessionExtras(session, credential, room),
      } satisfies SessionStateBody<Projection>);
    },

    async control({ req, session }: SessionRequest): Promise<Reply> {
      const command = await readBody(req, controlCommandSchema, MAX_MESSAGE_BYTES);
      if (!command.ok) return command;
      const clock = await session.control(command.value);
      return clock.ok ? json(200, { seq: session.seq, clock: clock.value } satisfies ControlBody) : refusalOf(clock);
    },

    async act({ req, session, credential }: SessionRequest): Promise<Reply> {
      if (credential.kind !== 'participant') return refuse(403, ERROR_CODES.forbidden, 'only participants act; use the participant token you got when joining');
      const body = await readJsonBody(req, MAX_MESSAGE_BYTES);
      if (!body.ok) return body;
      if (!actionsPerParticipant.take(credential.participant.id, wall.now())) {
        return refuse(429, ERROR_CODES.rateLimited, 'too many actions at once; wait a moment', {}, { 'Retry-After': '1' });
      }
      const action = signedAction(credential.participant.role, body.value);
      if (!action.ok) return refusalOf(action);
      const ack = await session.act(credential.participant, action.value, idempotencyKey(req));
      return ack.ok ? json(201, ack.value satisfies ActionAcceptedBody) : refusalOf(ack);
    },
  };
}
