import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedAction } from '../../../src/server/signedAction.ts';
import { debriefNotesSchema } from '../../../src/shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../../../src/shared/exhaustive.ts';
import { controlCommandSchema, MAX_MESSAGE_BYTES } from '../../../src/shared/protocol.ts';
import { badAction, type BadAction } from './badActions.ts';
import { facilitatorState, startFuzzTarget, type FuzzTarget } from './fuzzTarget.ts';

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
}, 30_000);
afterAll(async () => {
  await target.stop();
});

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** Sends a request exactly as given (any method, header or body), and reads the answer. */
function send(fuzz: FuzzRequest): Promise<RawAnswer> {
  const { port } = new URL(target.test.url);
  return new Promise((resolve, reject) => {
    // Framed by its length whatever the method: Node would send a GET body unframed.
    const length = fuzz.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(fuzz.body)) };
    const req = request({ host: '127.0.0.1', port, method: fuzz.method, path: fuzz.path, headers: { ...length, ...fuzz.headers }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may answer (413, 415) and close before it has read the whole body.
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.end(fuzz.body);
  });
}

/** Writes raw bytes to the server's port and reads whatever comes back until the server closes. */
function exchange(bytes: string | Buffer): Promise<string> {
  const { port } = new URL(target.test.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

// Methods Node's parser knows, and one it does not (refused before the API sees it).
const KNOWN_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
const METHODS = [...KNOWN_METHODS, 'BREW'];
const SESSION_APIS = ['join', 'control', 'actions', 'state', 'report', 'notes', 'runs', 'compare'] as const;
type SessionApi = (typeof SESSION_APIS)[number];
type Credential = 'none' | 'garbage' | 'basic' | 'empty-bearer' | 'mangled' | 'other-facilitator' | 'police' | 'mayor' | 'display' | 'facilitator';
type SessionPart = 'ours' | 'other' | 'missing';

const CONTENT_TYPES = [undefined, 'application/json', 'Application/JSON; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zz', 'application/jsonx', ''];

/** Bodies of every shape: none, any JSON, broken text, bytes, deep nesting, and strings close to the size limit. */
const anyBody = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 1, max: 30_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: MAX_MESSAGE_BYTES - 2048, max: MAX_MESSAGE_BYTES }).map((size) => `{"text":"${'x'.repeat(size - 11)}"}`),
);

const KNOWN_TOP_PATHS = /^\/api\/(health|scenarios|scenarios\/[^/]+|sessions|join-code|organiser|organiser\/(login|logout|settings))$/;
const SESSION_PATH = /^\/api\/sessions\/[^/]+\/(join|control|actions|state|report|notes|runs|compare\/[^/]+)$/;

interface RandomRequest {
  kind: 'random';
  method: string;
  route: { kind: 'top'; path: string } | { kind: 'session'; session: SessionPart; api: SessionApi } | { kind: 'unknown'; path: string };
  credential: Credential;
  garbage: string;
  contentType: string | undefined;
  body: string | Buffer | undefined;
  query: string;
}

const randomRequest: fc.Arbitrary<RandomRequest> = fc.record({
  kind: fc.constant('random' as const),
  method: fc.constantFrom(...METHODS),
  route: fc.oneof(
    fc.record({ kind: fc.constant('top' as const), path: fc.constantFrom('/api/health', '/api/scenarios', '/api/scenarios/harbour', '/api/scenarios/nosuch', '/api/sessions', '/api/join-code') }),
    fc.record({ kind: fc.constant('session' as const), session: fc.constantFrom<SessionPart>('ours', 'other', 'missing'), api: fc.constantFrom(...SESSION_APIS) }),
    // Paths under /api that mean nothing: no dot segments, so the URL stays under /api.
    fc
      .array(fc.stringMatching(/^(?:[A-Za-z0-9_~-]|%[013-9A-F][0-9A-F]){1,24}$/), { minLength: 1, maxLength: 5 })
      .map((segments) => ({ kind: 'unknown' as const, path: `/api/${segments.join('/')}` }))
      .filter(({ path }) => !KNOWN_TOP_PATHS.test(path) && !SESSION_PATH.test(path)),
  ),
  credential: fc.constantFrom<Credential>('none', 'garbage', 'basic', 'empty-bearer', 'mangled', 'other-facilitator', 'police', 'mayor', 'display', 'facilitator'),
  garbage: fc.stringMatching(/^[A-Za-z0-9._~+/=-]{1,300}$/),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  body: anyBody,
  query: fc.oneof(fc.constant(''), fc.stringMatching(/^\?[a-z]{1,8}=[A-Za-z0-9%]{0,12}$/)),
});

function authorization(credential: Credential, garbage: string): string | undefined {
  const { session, other, tokens } = target;
  switch (credential) {
    case 'none':
      return undefined;
    case 'garbage':
      return `Bearer ${garbage}`;
    case 'basic':
      return `Basic ${garbage}`;
    case 'empty-bearer':
      return 'Bearer ';
    case 'mangled':
      return `Bearer ${session.facilitatorKey.slice(0, -1)}${session.facilitatorKey.endsWith('A') ? 'B' : 'A'}`;
    case 'other-facilitator':
      return `Bearer ${other.facilitatorKey}`;
    case 'police':
      return `Bearer ${tokens.police}`;
    case 'mayor':
      return `Bearer ${tokens.mayor}`;
    case 'display':
      return `Bearer ${session.displayKey}`;
    case 'facilitator':
      return `Bearer ${session.facilitatorKey}`;
    default:
      return exhaustiveSwitchError(credential);
  }
}

function pathOf(route: RandomRequest['route']): string {
  if (route.kind !== 'session') return route.path;
  const id = route.session === 'ours' ? target.session.sessionId : route.session === 'other' ? target.other.sessionId : 'nosuchsession';
  return `/api/sessions/${id}/${route.api === 'compare' ? `compare/${target.other.sessionId}` : route.api}`;
}

function parsedJson(body: string | Buffer | undefined, contentType: string | undefined): unknown {
  if ((contentType ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json' || body === undefined) return undefined;
  try {
    return JSON.parse(body.toString());
  } catch {
    return undefined;
  }
}

/**
 * Whether a random request could be one the API carries out: then it is not sent, since the
 * attack must not change anything. Everything else must be refused. Join codes are never
 * right (no body holds one), so joining never succeeds.
 */
function mightBeCarriedOut(fuzz: RandomRequest): boolean {
  const { route, method, credential } = fuzz;
  const body = parsedJson(fuzz.body, fuzz.contentType);
  if (route.kind === 'unknown') return false;
  if (route.kind === 'top') {
    if (route.path === '/api/sessions') return method === 'POST' && typeof body === 'object' && body !== null && ('scenarioId' in body || 'scenario' in body);
    return method === 'GET' && route.path !== '/api/join-code' && route.path !== '/api/scenarios/nosuch';
  }
  // The fuzzer calls from this machine, so it is the local organiser, who owns both sessions and reads their runs with any credential or none.
  if (route.api === 'runs' || route.api === 'compare') return method === 'GET' && route.session !== 'missing';
  const owner = credential === 'other-facilitator' ? 'other' : ['police', 'mayor', 'display', 'facilitator'].includes(credential) ? 'ours' : undefined;
  if (owner !== route.session) return false;
  const facilitator = credential === 'facilitator' || credential === 'other-facilitator';
  switch (route.api) {
    case 'join':
      return false;
    case 'state':
      return method === 'GET';
    case 'report':
      return method === 'GET' && facilitator;
    case 'notes':
      return facilitator && (method === 'GET' || (method === 'PUT' && debriefNotesSchema.safeParse(body).success));
    case 'control':
      return facilitator && method === 'POST' && controlCommandSchema.safeParse(body).success;
    case 'actions':
      return (credential === 'police' || credential === 'mayor') && method === 'POST' && signedAction(credential === 'police' ? 'wijkagent' : 'burgemeester', body).ok;
    default:
      return exhaustiveSwitchError(route.api);
  }
}

function asRequest(fuzz: RandomRequest): FuzzRequest {
  const auth = authorization(fuzz.credential, fuzz.garbage);
  const headers: Record<string, string> = {};
  if (auth !== undefined) headers.Authorization = auth;
  if (fuzz.contentType !== undefined) headers['Content-Type'] = fuzz.contentType;
  return { method: fuzz.method, path: `${pathOf(fuzz.route)}${fuzz.query}`, headers, ...(fuzz.body === undefined ? {} : { body: fuzz.body }) };
}

/** A participant action broken in one field, sent by the police or the mayor. */
const brokenAction = fc.constantFrom('police', 'mayor').chain((who) =>
  badAction(who === 'police' ? 'wijkagent' : 'burgemeester').map((bad) => ({ kind: 'broken-action' as const, who, ...bad })),
);

/** Facilitator commands that are malformed, name nothing in the scenario, or do not fit a paused session. */
const refusedCommand = fc
  .oneof(
    fc.jsonValue().filter((value) => !controlCommandSchema.safeParse(value).success),
    fc.constantFrom<unknown>(
      { type: 'release', inject: 'zz-nothing' },
      { type: 'skip', inject: 'zz-nothing' },
      { type: 'fire', event: 'zz-nothing' },
      { type: 'fire', event: 'i3' },
      { type: 'release', inject: 'e1' },
      { type: 'release', inject: 'i1' },
      { type: 'skip', inject: 'i2' },
      { type: 'start' },
      { type: 'pause' },
      { type: 'advance', by: '1m' },
      { type: 'speed', factor: 0 },
      { type: 'speed', factor: '2' },
      { type: 'advance', by: 60 },
      { type: 'advance', by: '-1m' },
    ),
  )
  .map((command) => ({ kind: 'refused-command' as const, command }));

type Attack = RandomRequest | ({ kind: 'broken-action'; who: string } & BadAction) | { kind: 'refused-command'; command: unknown };

function requestFor(attack: Attack): FuzzRequest {
  const json = { 'Content-Type': 'application/json' };
  switch (attack.kind) {
    case 'random':
      return asRequest(attack);
    case 'broken-action': {
      const token = attack.who === 'police' ? target.tokens.police : target.tokens.mayor;
      return { method: 'POST', path: `/api/sessions/${target.session.sessionId}/actions`, headers: { ...json, Authorization: `Bearer ${token}` }, body: JSON.stringify(attack.body) };
    }
    case 'refused-command':
      return { method: 'POST', path: `/api/sessions/${target.session.sessionId}/control`, headers: { ...json, Authorization: `Bearer ${target.session.facilitatorKey}` }, body: JSON.stringify(attack.command) };
    default:
      return exhaustiveSwitchError(attack, 'kind');
  }
}

describe('random and malformed HTTP requests at a live server', () => {
  it('refuses every one with a 4xx in the API error shape, and keeps answering', async () => {
    const statuses = new Set<number>();
    const attacks = fc.oneof(
      { arbitrary: randomRequest.filter((fuzz) => !mightBeCarriedOut(fuzz)), weight: 4 },
      { arbitrary: brokenAction, weight: 1 },
      { arbitrary: refusedCommand, weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(attacks, async (attack: Attack) => {
        const fuzz = requestFor(attack);
        const answer = await send(fuzz);
        statuses.add(answer.status);
        expect(answer.status, `${fuzz.method} ${fuzz.path}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${fuzz.method} ${fuzz.path}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
        if (!KNOWN_METHODS.includes(fuzz.method) || fuzz.method === 'HEAD') return;
        const error = JSON.parse(answer.text).error;
        expect(error.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(typeof error.message).toBe('string');
        if (answer.status === 405) expect(answer.headers.allow).toBeTruthy();
      }),
      // A fixed seed: the same 400 requests every run, so the check below cannot fail by chance.
      { numRuns: 400, seed: 20261128 },
    );
    // The attack reached every kind of refusal, not just the first check on the way.
    for (const status of [400, 401, 403, 404, 405, 409, 415, 422]) expect(statuses).toContain(status);
    expect((await send({ method: 'GET', path: '/api/health', headers: {} })).status).toBe(200);
  }, 60_000);

  it('answers bytes that are not HTTP at all with 400, and keeps answering', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const answer = await exchange(Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n')]));
        expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
      }),
      { numRuns: 60 },
    );
    expect((await send({ method: 'GET', path: '/api/health', headers: {} })).status).toBe(200);
  });

  it('refuses WebSocket handshakes that are not quite right with a 4xx', async () => {
    const handshake = fc
      .record({
        method: fc.constantFrom('GET', 'POST', 'PUT'),
        path: fc.constantFrom('/ws', '/ws?x=1', '/ws/', '/wss', '/api/ws', '/'),
        upgrade: fc.constantFrom('websocket', 'WebSocket', 'h2c', 'websocket2'),
        version: fc.constantFrom('13', '8', '12', '', 'x'),
        key: fc.constantFrom('dGhlIHNhbXBsZSBub25jZQ==', 'short', '', undefined),
      })
      // A proper handshake would be let in (ws speaks protocol versions 13 and 8); nothing else may be.
      .filter(({ method, path, upgrade, version, key }) => !(method === 'GET' && path.startsWith('/ws') && !path.startsWith('/ws/') && upgrade.toLowerCase() === 'websocket' && ['13', '8'].includes(version) && key?.length === 24));
    await fc.assert(
      fc.asyncProperty(handshake, async ({ method, path, upgrade, version, key }) => {
        const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', `Upgrade: ${upgrade}`, 'Connection: Upgrade', `Sec-WebSocket-Version: ${version}`, ...(key === undefined ? [] : [`Sec-WebSocket-Key: ${key}`])];
        const answer = await exchange(`${lines.join('\r\n')}\r\n\r\n`);
        expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the session and the stored data exactly as they were, with no bug caught on the way', async () => {
    expect(await facilitatorState(target.test, target.session)).toEqual(target.stateBefore);
    expect(target.warnings()).toEqual([]);
    agent.destroy();
    expect(await target.stop()).toEqual(target.rowsBefore);
  });
});
