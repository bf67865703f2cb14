import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { compareRuns, countGapsByCode, isReportFormat, REPORT_FORMATS, renderReport, type ReportFormat } from '../analysis/index.ts';
import { debriefNotesSchema } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { controlCommandSchema, describeIssues, ERROR_CODES, MAX_MESSAGE_BYTES, MAX_NAME_LENGTH, PROTOCOL_VERSION } from '../shared/protocol.ts';
import type { BundledScenario } from './bundledScenarios.ts';
import { bearerCredential, type Credential } from './credentials.ts';
import { HttpError, readJsonBody, sendError, sendJson } from './httpIo.ts';
import type { LiveSession } from './liveSession.ts';
import type { Failure, Outcome } from './outcome.ts';
import { FailureBackoff, RateLimiter } from './rateLimit.ts';
import type { WallClock } from './scenarioClock.ts';
import { normalizeJoinCode, secretsEqual } from './secrets.ts';
import { securityHeaders } from './securityHeaders.ts';
import type { SessionRegistry } from './sessionRegistry.ts';
import { signedAction } from './signedAction.ts';
import { viewerInfo, viewerOf } from './viewers.ts';

/** What the API works on. */
export interface ApiContext {
  registry: SessionRegistry;
  bundled: readonly BundledScenario[];
  wall: WallClock;
  warn: (message: string) => void;
}

// A scenario may be 2 MiB; as a JSON string its line breaks and quotes take two bytes each.
const SCENARIO_BODY_LIMIT = 5 * 1024 * 1024;

const createBody = z
  .strictObject({
    scenarioId: z.string().max(64).optional(),
    scenario: z.string().optional(),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .refine((body) => (body.scenarioId === undefined) !== (body.scenario === undefined), {
    error: 'send either "scenarioId" (a bundled scenario) or "scenario" (YAML or JSON text), not both',
  });

const joinCodeField = z.string().min(1).max(32);
const lookupBody = z.strictObject({ joinCode: joinCodeField });
const joinBody = z.strictObject({
  joinCode: joinCodeField,
  name: z
    .string()
    .transform((name) => name.replace(/\p{Cc}/gu, '').trim())
    .pipe(z.string().min(1, { error: 'is required' }).max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` })),
  role: z.string().min(1).max(64),
});

const BUNDLED_SCENARIO_PATH = /^\/api\/scenarios\/([a-z0-9][a-z0-9._-]{0,63})$/;
const SESSION_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/(join|control|actions|state|report|notes|runs|compare\/[A-Za-z0-9_-]{1,64})$/;

const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The JSON API under /api (documented in docs/protocol.md). */
export function createApiHandler(context: ApiContext): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const creations = new RateLimiter({ burst: 20, perSecond: 0.5 });
  const actionsPerCredential = new RateLimiter({ burst: 30, perSecond: 10 });
  const wrongJoinCodes = new FailureBackoff({ freeFailures: 10, firstPauseMs: 1000, maxPauseMs: 60_000, forgetAfterMs: 15 * 60_000 });
  const address = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

  /** Refuses an address that keeps guessing join codes wrong, for longer after each wrong guess. */
  function checkNotGuessing(req: IncomingMessage): void {
    const wait = wrongJoinCodes.waitMs(address(req), context.wall.now());
    if (wait === 0) return;
    const seconds = Math.ceil(wait / 1000);
    throw new HttpError(429, ERROR_CODES.tooManyAttempts, `too many wrong join codes; try again in ${seconds} s`, {}, { 'Retry-After': String(seconds) });
  }

  function wrongCode(req: IncomingMessage): HttpError {
    wrongJoinCodes.fail(address(req), context.wall.now());
    return new HttpError(403, ERROR_CODES.wrongJoinCode, 'this join code does not open an exercise here; check the code on the projector');
  }

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (pathname === '/api/health') {
      allow(method, 'GET');
      return sendJson(res, 200, { status: 'ok', protocolVersion: PROTOCOL_VERSION });
    }
    if (pathname === '/api/scenarios') {
      allow(method, 'GET');
      return sendJson(res, 200, { scenarios: context.bundled.map((scenario) => scenario.summary) });
    }
    const bundledMatch = BUNDLED_SCENARIO_PATH.exec(pathname);
    if (bundledMatch) {
      allow(method, 'GET');
      const { file, text } = bundledScenario(bundledMatch[1] ?? '');
      return sendJson(res, 200, { id: bundledMatch[1], file, text });
    }
    if (pathname === '/api/sessions') {
      allow(method, 'POST');
      return createSession(req, res);
    }
    if (pathname === '/api/join-code') {
      allow(method, 'POST');
      const body = parse(lookupBody, await readJsonBody(req, MAX_MESSAGE_BYTES));
      checkNotGuessing(req);
      const session = context.registry.byJoinCode(normalizeJoinCode(body.joinCode));
      if (!session) throw wrongCode(req);
      return sendJson(res, 200, lobby(session));
    }
    const match = SESSION_PATH.exec(pathname);
    if (!match) throw new HttpError(404, ERROR_CODES.notFound, `no API at ${pathname}`);
    const [, sessionId = '', what] = match;
    if (what === 'join') {
      allow(method, 'POST');
      return join(req, res, sessionId);
    }
    const presented = bearerCredential(req.headers.authorization);
    if (presented === undefined) {
      throw new HttpError(401, ERROR_CODES.missingCredential, 'send your key or token as "Authorization: Bearer <key>"', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    const session = context.registry.get(sessionId);
    if (!session) throw new HttpError(404, ERROR_CODES.sessionNotFound, `there is no exercise ${sessionId}`);
    const credential = session.authenticate(presented);
    if (!credential) throw new HttpError(403, ERROR_CODES.wrongCredential, 'this key or token does not belong to this exercise');
    switch (what) {
      case 'state':
        allow(method, 'GET');
        return sendJson(res, 200, {
          seq: session.seq,
          clock: session.clockView(),
          viewer: viewerInfo(credential, (role) => session.agencyOf(role)),
          projection: session.projectionFor(viewerOf(credential)),
          ...(credential.kind === 'facilitator' ? { participants: session.participants() } : {}),
        });
      case 'control': {
        allow(method, 'POST');
        requireFacilitator(credential);
        const command = parse(controlCommandSchema, await readJsonBody(req, MAX_MESSAGE_BYTES));
        const clock = answer(session.control(command));
        return sendJson(res, 200, { seq: session.seq, clock });
      }
      case 'actions': {
        allow(method, 'POST');
        if (credential.kind !== 'participant') throw new HttpError(403, ERROR_CODES.forbidden, 'only participants act; use the participant token you got when joining');
        const body = await readJsonBody(req, MAX_MESSAGE_BYTES);
        if (!actionsPerCredential.take(credential.participant.id, context.wall.now())) {
          throw new HttpError(429, ERROR_CODES.rateLimited, 'too many actions at once; wait a moment', {}, { 'Retry-After': '1' });
        }
        const action = answer(signedAction(credential.participant.role, body));
        const idempotencyKey = req.headers['idempotency-key'];
        const clientId = typeof idempotencyKey === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(idempotencyKey) ? idempotencyKey : undefined;
        const ack = answer(session.act(credential.participant, action, clientId));
        return sendJson(res, 201, ack);
      }
      case 'report': {
        allow(method, 'GET');
        if (credential.kind !== 'facilitator' && session.status !== 'ended') {
          throw new HttpError(403, ERROR_CODES.forbidden, 'the debrief opens for everyone once the exercise has ended; until then only the facilitator key may read it');
        }
        const format = new URL(req.url ?? '/', 'http://localhost').searchParams.get('format') ?? 'json';
        if (!isReportFormat(format)) throw new HttpError(400, ERROR_CODES.badMessage, `format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
        const notes = session.notes();
        const recorded = notes.ratings.length + notes.strengths.length + notes.improvements.length + notes.plan.length > 0;
        const body = renderReport(format, session.report(), session.scenario, recorded ? notes : undefined);
        res.writeHead(200, { ...securityHeaders(), 'Content-Type': REPORT_CONTENT_TYPES[format], 'Cache-Control': 'no-store' });
        return void res.end(body);
      }
      case 'notes': {
        allow(method, 'GET', 'PUT');
        requireFacilitator(credential);
        if (method === 'GET') return sendJson(res, 200, session.notes());
        const notes = parse(debriefNotesSchema, await readJsonBody(req, MAX_MESSAGE_BYTES * 4));
        return sendJson(res, 200, answer(session.saveNotes(notes)));
      }
      case 'runs': {
        allow(method, 'GET');
        requireFacilitator(credential);
        const runs = context.registry.runsOf(session).map((run) => {
          const gaps = run.report().gaps;
          return {
            sessionId: run.id,
            createdAt: run.record.createdAt,
            status: run.status,
            seed: run.record.seed,
            sameScenarioText: run.record.scenarioHash === session.record.scenarioHash,
            gaps: gaps.length,
            gapsByCode: countGapsByCode(gaps),
          };
        });
        return sendJson(res, 200, { scenarioId: session.scenario.id, runs });
      }
      default: {
        if (what?.startsWith('compare/')) {
          allow(method, 'GET');
          requireFacilitator(credential);
          return compare(res, session, what.slice('compare/'.length));
        }
        throw new HttpError(404, ERROR_CODES.notFound, `no API at ${pathname}`);
      }
    }
  }

  /** Which gaps of the earlier of two runs of one scenario closed, persisted or are new in the later. */
  function compare(res: ServerResponse, session: LiveSession, otherId: string): void {
    const other = context.registry.get(otherId);
    if (!other || other.scenario.id !== session.scenario.id) {
      throw new HttpError(404, ERROR_CODES.sessionNotFound, `there is no run ${otherId} of scenario "${session.scenario.id}"`);
    }
    const [earlier, later] = [session, other].sort((a, b) => a.record.createdAt - b.record.createdAt || a.id.localeCompare(b.id)) as [LiveSession, LiveSession];
    const run = (one: LiveSession) => ({ sessionId: one.id, createdAt: one.record.createdAt, status: one.status });
    sendJson(res, 200, { earlier: run(earlier), later: run(later), ...compareRuns(earlier.report().gaps, later.report().gaps) });
  }

  async function createSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!creations.take(address(req), context.wall.now())) {
      throw new HttpError(429, ERROR_CODES.rateLimited, 'too many new exercises from this address; wait a minute', {}, { 'Retry-After': '60' });
    }
    const body = parse(createBody, await readJsonBody(req, SCENARIO_BODY_LIMIT));
    const source = body.scenarioId === undefined ? uploaded(body.scenario ?? '') : bundledScenario(body.scenarioId);
    let result: ReturnType<SessionRegistry['create']>;
    try {
      result = context.registry.create(source.text, source.file, body.seed);
    } catch (error) {
      throw new HttpError(503, ERROR_CODES.storageFailed, `the exercise could not be stored: ${(error as Error).message}`);
    }
    if (!result.ok) {
      const errors = result.messages.filter((message) => message.severity === 'error');
      throw new HttpError(400, ERROR_CODES.invalidScenario, `the scenario has ${errors.length} error${errors.length === 1 ? '' : 's'}`, { messages: result.messages });
    }
    const { session, joinCode, facilitatorKey, displayKey, warnings } = result.created;
    sendJson(res, 201, { sessionId: session.id, joinCode, facilitatorKey, displayKey, seed: session.record.seed, warnings });
  }

  function bundledScenario(id: string): { text: string; file: string } {
    const found = context.bundled.find((scenario) => scenario.summary.id === id);
    if (!found) {
      const known = context.bundled.map((scenario) => scenario.summary.id).join(', ') || 'none';
      throw new HttpError(404, ERROR_CODES.unknownScenario, `there is no bundled scenario "${id}" (bundled: ${known})`);
    }
    return found;
  }

  async function join(req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
    const body = parse(joinBody, await readJsonBody(req, MAX_MESSAGE_BYTES));
    checkNotGuessing(req);
    const session = context.registry.get(sessionId);
    if (!session || !secretsEqual(normalizeJoinCode(body.joinCode), session.record.joinCode)) throw wrongCode(req);
    const { participant, token } = answer(session.join(body.name, body.role));
    sendJson(res, 201, { participantId: participant.id, token, agency: session.agencyOf(participant.role), role: participant.role, name: participant.name });
  }

  return async (req, res, pathname) => {
    try {
      await route(req, res, pathname);
    } catch (error) {
      if (error instanceof HttpError) return sendError(res, error);
      context.warn(`API ${req.method} ${pathname} failed: ${(error as Error).stack ?? String(error)}`);
      sendError(res, new HttpError(500, ERROR_CODES.internal, 'something went wrong on the server; try again'));
    }
  };
}

/** What a participant needs before joining: the exercise's title and the roles to pick from. */
function lobby(session: LiveSession): unknown {
  const { scenario } = session;
  return {
    sessionId: session.id,
    scenario: { id: scenario.id, title: scenario.title, language: scenario.language },
    status: session.status,
    agencies: scenario.agencies.map(({ id, name, short, color, roles }) => ({ id, name, short, color, roles: roles.map(({ id: roleId, name: roleName, level }) => ({ id: roleId, name: roleName, level })) })),
  };
}

function uploaded(text: string): { text: string; file: string } {
  return { text, file: /^\s*[{[]/.test(text) ? 'scenario.json' : 'scenario.yaml' };
}

function allow(method: string, ...allowed: string[]): void {
  if (!allowed.includes(method)) throw new HttpError(405, ERROR_CODES.methodNotAllowed, `use ${allowed.join(' or ')} here`, {}, { Allow: allowed.join(', ') });
}

function requireFacilitator(credential: Credential): void {
  if (credential.kind !== 'facilitator') throw new HttpError(403, ERROR_CODES.forbidden, 'only the facilitator key may do this');
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, ERROR_CODES.badMessage, describeIssues(parsed.error));
  return parsed.data;
}

/** The value of an outcome, or the HttpError that answers its failure. */
function answer<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new HttpError(failureStatus(outcome), outcome.code, outcome.reason);
}

/** The HTTP status for a failure: ids that do not exist are 422, other refusals of play 409. */
export function failureStatus(failure: Failure): number {
  switch (failure.kind) {
    case 'invalid':
      return 400;
    case 'forbidden':
      return 403;
    case 'refused':
      if (failure.code === 'malformed-input') return 400;
      return failure.code.startsWith('unknown-') ? 422 : 409;
    case 'storage':
      return 503;
    default:
      return exhaustiveSwitchError(failure.kind);
  }
}
