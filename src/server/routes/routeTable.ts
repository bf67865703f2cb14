import type { IncomingMessage } from 'node:http';
import { ERROR_CODES } from '../../shared/protocol.ts';
import type { LiveSession } from '../liveSession.ts';
import type { Organiser } from '../organiser.ts';
import { ELSEWHERE, type SessionRegistry } from '../sessionRegistry.ts';
import { callerOf, type Caller } from './caller.ts';
import { compilePattern, type ParamNames, type PathParams } from './pathPattern.ts';
import { refuse, sessionElsewhere, type Reply } from './reply.ts';

type Method = 'GET' | 'POST' | 'PUT';

/**
 * Who may call a route: anyone, any key or token of the session in its path, only that session's
 * facilitator key, or only the organiser who owns that session (by their login or machine, no key).
 */
type Access = 'anyone' | 'credential' | 'facilitator' | 'organiser';

/** A request as a route sees it: the request and the parameters its path matched. */
export interface RouteRequest<Names extends string = never> {
  req: IncomingMessage;
  params: PathParams<Names>;
}

/** A request to a route of one session, with its authenticated caller. */
export type SessionRequest<Names extends string = never> = RouteRequest<Names> & Caller;

/** A request of the organiser who owns the session in its path. */
export type OwnerRequest<Names extends string = never> = RouteRequest<Names> & { session: LiveSession; organiser: Organiser };

/** Finds the organiser making a request, if it is one. */
export type OrganiserOf = (req: IncomingMessage) => Promise<Organiser | undefined>;

type Answer = Reply | Promise<Reply>;

/** One entry of the table: a method, a path pattern (compiled to `match`), who may call it and the handler answering it. */
export interface Route {
  method: Method;
  access: Access;
  match: (pathname: string) => PathParams | undefined;
  handle: (request: RouteRequest<string> & Partial<Caller> & { organiser?: Organiser }) => Answer;
}

/** What each path parameter may look like; a path with anything else is no API at all (404). */
const PARAM_SHAPES = {
  scenarioId: '[a-z0-9][a-z0-9._-]{0,63}',
  sessionId: '[A-Za-z0-9_-]{1,64}',
  otherId: '[A-Za-z0-9_-]{1,64}',
};

/** A route anyone may call. */
export function route<P extends string>(method: Method, pattern: P, access: 'anyone', handle: (request: RouteRequest<ParamNames<P>>) => Answer): Route;
/** A route of the session named by the pattern's `:sessionId`, for its callers with a credential. */
export function route<P extends `${string}:sessionId${string}`>(
  method: Method,
  pattern: P,
  access: 'credential' | 'facilitator',
  handle: (request: SessionRequest<ParamNames<P>>) => Answer,
): Route;
/** A route of the session named by the pattern's `:sessionId`, for the organiser who owns it. */
export function route<P extends `${string}:sessionId${string}`>(method: Method, pattern: P, access: 'organiser', handle: (request: OwnerRequest<ParamNames<P>>) => Answer): Route;
export function route(method: Method, pattern: string, access: Access, handle: (request: never) => Answer): Route {
  // The overloads tie a handler to its pattern's parameters and access; dispatch keeps both promises.
  return { method, access, match: compilePattern(pattern, PARAM_SHAPES), handle: handle as Route['handle'] };
}

/**
 * Answers a request by the routes whose pattern matches its path: 404 when none does, 405 with
 * `Allow` when none takes its method. Who calls is settled before what they ask, so a stranger
 * learns nothing of a session's routes, not even their methods.
 */
export async function dispatch(routes: readonly Route[], registry: SessionRegistry, organiserOf: OrganiserOf, req: IncomingMessage, pathname: string): Promise<Reply> {
  const matches = routes.flatMap((candidate) => {
    const params = candidate.match(pathname);
    return params ? [{ route: candidate, params }] : [];
  });
  if (matches.length === 0) return refuse(404, ERROR_CODES.notFound, `no API at ${pathname}`);
  const owned = matches.find((match) => match.route.access === 'organiser');
  if (owned) return dispatchToOwner(owned.route, owned.params, registry, organiserOf, req, matches.map((match) => match.route.method));
  const guarded = matches.find((match) => match.route.access !== 'anyone');
  const caller = guarded ? await callerOf(registry, req.headers.authorization, guarded.params.sessionId ?? '') : undefined;
  if (caller && !caller.ok) return caller;
  const chosen = matches.find((match) => match.route.method === req.method);
  if (!chosen) {
    const allowed = matches.map((match) => match.route.method);
    return refuse(405, ERROR_CODES.methodNotAllowed, `use ${allowed.join(' or ')} here`, {}, { Allow: allowed.join(', ') });
  }
  if (chosen.route.access === 'facilitator' && caller?.value.credential.kind !== 'facilitator') {
    return refuse(403, ERROR_CODES.forbidden, 'only the facilitator key may do this');
  }
  return chosen.route.handle({ req, params: chosen.params, ...caller?.value });
}

/**
 * A route of the session's owner: refused to anyone who is not an organiser, and "not found" to an
 * organiser who does not own the session, exactly as for a session that does not exist, so an
 * organiser learns nothing of another's exercises.
 */
async function dispatchToOwner(chosen: Route, params: PathParams, registry: SessionRegistry, organiserOf: OrganiserOf, req: IncomingMessage, allowed: Method[]): Promise<Reply> {
  const organiser = await organiserOf(req);
  if (!organiser) return refuse(401, ERROR_CODES.organiserRequired, 'only the organiser of this exercise may do this: log in as the organiser');
  const session = await registry.get(params.sessionId ?? '');
  if (session === ELSEWHERE) return sessionElsewhere();
  if (!session || session.record.ownerId !== organiser.id) return refuse(404, ERROR_CODES.sessionNotFound, `there is no exercise ${params.sessionId ?? ''}`);
  if (chosen.method !== req.method) return refuse(405, ERROR_CODES.methodNotAllowed, `use ${allowed.join(' or ')} here`, {}, { Allow: allowed.join(', ') });
  return chosen.handle({ req, params, session, organiser });
}
