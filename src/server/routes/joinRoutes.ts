import type { IncomingMessage } from 'node:http';
import type { Agency } from '../../scenario/schema.ts';
import { joinBodySchema, joinCodeBodySchema, type JoinedBody, type LobbyBody } from '../../shared/httpApi.ts';
import { ERROR_CODES, MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import type { ClientAddress } from '../clientAddress.ts';
import { readBody } from '../httpIo.ts';
import { FailureBackoff } from '../rateLimit.ts';
import type { WallClock } from '../scenarioClock.ts';
import { normalizeJoinCode, secretsEqual } from '../secrets.ts';
import { ELSEWHERE, type SessionLobby, type SessionRegistry } from '../sessionRegistry.ts';
import { json, refuse, refusalOf, sessionElsewhere, type Refusal, type Reply } from './reply.ts';
import type { RouteRequest } from './routeTable.ts';

/** The handlers of joining with a code; an address that keeps guessing codes wrong is refused for longer after each wrong guess. */
export function joinHandlers(registry: SessionRegistry, wall: WallClock, address: ClientAddress) {
  const wrongJoinCodes = new FailureBackoff({ freeFailures: 10, firstPauseMs: 1000, maxPauseMs: 60_000, forgetAfterMs: 15 * 60_000 });

  function guessing(req: IncomingMessage): Refusal | undefined {
    const wait = wrongJoinCodes.waitMs(address(req), wall.now());
    if (wait === 0) return undefined;
    const seconds = Math.ceil(wait / 1000);
    return refuse(429, ERROR_CODES.tooManyAttempts, `too many wrong join codes; try again in ${seconds} s`, {}, { 'Retry-After': String(seconds) });
  }

  function wrongCode(req: IncomingMessage): Refusal {
    wrongJoinCodes.fail(address(req), wall.now());
    return refuse(403, ERROR_CODES.wrongJoinCode, 'this join code does not open an exercise here; check the code on the projector');
  }

  return {
    async lookup({ req }: RouteRequest): Promise<Reply> {
      const body = await readBody(req, joinCodeBodySchema, MAX_MESSAGE_BYTES);
      if (!body.ok) return body;
      const refused = guessing(req);
      if (refused) return refused;
      const session = await registry.byJoinCode(normalizeJoinCode(body.value.joinCode));
      return session ? json(200, lobby(session)) : wrongCode(req);
    },

    async join({ req, params }: RouteRequest<'sessionId'>): Promise<Reply> {
      const body = await readBody(req, joinBodySchema, MAX_MESSAGE_BYTES);
      if (!body.ok) return body;
      const refused = guessing(req);
      if (refused) return refused;
      const session = await registry.get(params.sessionId);
      if (session === ELSEWHERE) return sessionElsewhere();
      if (!session || !secretsEqual(normalizeJoinCode(body.value.joinCode), session.joinCode)) return wrongCode(req);
      const joined = await session.join(body.value.name, body.value.role);
      if (!joined.ok) return refusalOf(joined);
      const { participant, token } = joined.value;
      return json(201, { participantId: participant.id, token, agency: session.agencyOf(participant.role), role: participant.role, name: participant.name } satisfies JoinedBody);
    },
  };
}

/** What a participant needs before joining: the exercise's title and the roles to pick from. */
function lobby(session: SessionLobby): LobbyBody<Agency> {
  const { scenario } = session;
  return {
    sessionId: session.id,
    scenario: { id: scenario.id, title: scenario.title, language: scenario.language },
    status: session.status,
    agencies: scenario.agencies.map(({ id, name, short, color, roles }) => ({ id, name, short, color, roles: roles.map(({ id: roleId, name: roleName, level }) => ({ id: roleId, name: roleName, level })) })),
  };
}
