import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HealthBody } from '../shared/httpApi.ts';
import { ERROR_CODES, PROTOCOL_VERSION, type RoomAddresses } from '../shared/protocol.ts';
import type { BundledScenario } from './bundledScenarios.ts';
import type { ClientAddress } from './clientAddress.ts';
import { sendReply } from './httpIo.ts';
import type { Logger } from './logger.ts';
import type { OrganiserAccess } from './organiserAccess.ts';
import { loggablePath, type RequestNote } from './requestLog.ts';
import { debriefHandlers } from './routes/debriefRoutes.ts';
import { evaluationHandlers } from './routes/evaluationRoutes.ts';
import { organiserHandlers } from './routes/organiserRoutes.ts';
import { joinHandlers } from './routes/joinRoutes.ts';
import { playHandlers } from './routes/playRoutes.ts';
import { json, refuse, type Reply } from './routes/reply.ts';
import { dispatch, route } from './routes/routeTable.ts';
import { scenarioHandlers } from './routes/scenarioRoutes.ts';
import type { WallClock } from './scenarioClock.ts';
import type { SessionRegistry } from './sessionRegistry.ts';

/** What the API works on. */
export interface ApiContext {
  registry: SessionRegistry;
  bundled: readonly BundledScenario[];
  wall: WallClock;
  log: Logger;
  /** The client's address, for the rate limits. */
  addressOf: ClientAddress;
  /** Who the organisers are and who may create exercises. */
  organisers: OrganiserAccess;
  /** Where the room reaches this server (read when asked: the machine's addresses may change). */
  room: () => RoomAddresses;
}

/** The JSON API under /api (documented in docs/protocol.md): its routes, and a 500 for a bug in one of them. */
export function createApiHandler(context: ApiContext): (req: IncomingMessage, res: ServerResponse, pathname: string, note: RequestNote) => Promise<void> {
  const { registry, bundled, wall, addressOf, organisers } = context;
  const scenarios = scenarioHandlers(bundled, registry, wall, addressOf, organisers);
  const organiser = organiserHandlers(organisers, wall, addressOf, context.log);
  const joining = joinHandlers(registry, wall, addressOf);
  const play = playHandlers(wall, context.room);
  const debrief = debriefHandlers(registry);
  const evaluation = evaluationHandlers();
  const routes = [
    route('GET', '/api/health', 'anyone', () => json(200, { status: 'ok', protocolVersion: PROTOCOL_VERSION } satisfies HealthBody)),
    route('GET', '/api/organiser', 'anyone', organiser.status),
    route('POST', '/api/organiser/login', 'anyone', organiser.logIn),
    route('POST', '/api/organiser/logout', 'anyone', organiser.logOut),
    route('PUT', '/api/organiser/settings', 'anyone', organiser.saveSettings),
    route('GET', '/api/scenarios', 'anyone', scenarios.list),
    route('GET', '/api/scenarios/:scenarioId', 'anyone', scenarios.text),
    route('POST', '/api/sessions', 'anyone', scenarios.create),
    route('POST', '/api/join-code', 'anyone', joining.lookup),
    route('POST', '/api/sessions/:sessionId/join', 'anyone', joining.join),
    route('GET', '/api/sessions/:sessionId/state', 'credential', play.state),
    route('POST', '/api/sessions/:sessionId/control', 'facilitator', play.control),
    route('POST', '/api/sessions/:sessionId/actions', 'credential', play.act),
    route('POST', '/api/sessions/:sessionId/join-code', 'facilitator', evaluation.rotateJoinCode),
    route('POST', '/api/sessions/:sessionId/evaluators', 'facilitator', evaluation.addEvaluator),
    route('GET', '/api/sessions/:sessionId/evaluators', 'facilitator', evaluation.evaluators),
    route('POST', '/api/sessions/:sessionId/observations', 'credential', evaluation.observe),
    route('GET', '/api/sessions/:sessionId/observations', 'credential', evaluation.observations),
    route('GET', '/api/sessions/:sessionId/report', 'credential', debrief.report),
    route('GET', '/api/sessions/:sessionId/notes', 'facilitator', debrief.notes),
    route('PUT', '/api/sessions/:sessionId/notes', 'facilitator', debrief.saveNotes),
    route('GET', '/api/sessions/:sessionId/runs', 'organiser', debrief.runs),
    route('GET', '/api/sessions/:sessionId/compare/:otherId', 'organiser', debrief.compare),
  ];

  return async (req, res, pathname, note) => {
    let reply: Reply;
    try {
      reply = await dispatch(routes, registry, (request) => organisers.organiserOf(request), req, pathname);
    } catch (error) {
      context.log.error({ err: error, method: req.method, path: loggablePath(pathname) }, 'API request failed');
      reply = refuse(500, ERROR_CODES.internal, 'something went wrong on the server; try again');
    }
    if (!reply.ok) note.refusal = reply.code;
    sendReply(res, reply);
  };
}
