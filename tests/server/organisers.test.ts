import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { OrganiserAccess } from '../../src/server/organiserAccess.ts';
import type { OrganiserStore } from '../../src/server/organiserStore.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { runCli } from '../cli/runCli.ts';
import { api, control, joinAs, startTestServer, tempDir, TestClient, type CreatedSession, type TestServer } from './serverHarness.ts';

const create = { method: 'POST', body: { scenarioId: 'harbour', seed: 7 } };

/** The `Cookie` header that carries a login, from the `Set-Cookie` of the answer that logged in. */
function loginCookieOf(setCookie: string | null): string {
  const cookie = /^(samenspel_organiser=[^;]+)/.exec(setCookie ?? '')?.[1];
  if (!cookie) throw new Error(`no login cookie in ${setCookie}`);
  return cookie;
}

describe('organiser accounts (--organisers accounts)', () => {
  let test: TestServer;
  const folder = tempDir('organisers');
  const cookies: Record<'anna' | 'bram', string> = { anna: '', bram: '' };
  let annaFirst: CreatedSession;
  let annaSecond: CreatedSession;
  let bram: CreatedSession;

  const as = (who: 'anna' | 'bram', extra: { credential?: string; method?: string; body?: unknown } = {}) => ({ ...extra, headers: { Cookie: cookies[who] } });

  beforeAll(async () => {
    const dataDir = join(folder.path, 'data');
    for (const [name, password] of [['Anna', 'anna-password-1'], ['Bram', 'bram-password-2']] as const) {
      const file = join(folder.path, `${name}.txt`);
      writeFileSync(file, `${password}\n`);
      expect((await runCli(['organiser', 'add', '--data', dataDir, '--name', name, '--password-file', file])).code).toBe(0);
    }
    test = await startTestServer({ dataDir, organisers: 'accounts' });
    for (const [who, name, password] of [['anna', 'Anna', 'anna-password-1'], ['bram', 'Bram', 'bram-password-2']] as const) {
      const login = await api(test.url, '/api/organiser/login', { method: 'POST', body: { name, password } });
      expect(login.status).toBe(200);
      cookies[who] = loginCookieOf(login.headers.get('set-cookie'));
    }
    const created = async (who: 'anna' | 'bram') => {
      const answer = await api(test.url, '/api/sessions', as(who, create));
      expect(answer.status).toBe(201);
      return answer.body as CreatedSession;
    };
    annaFirst = await created('anna');
    annaSecond = await created('anna');
    bram = await created('bram');
  });

  afterAll(async () => {
    await test.close();
    folder.remove();
  });

  it('refuses creating an exercise to a visitor who has not logged in, also on the server\'s own machine', async () => {
    const answer = await api(test.url, '/api/sessions', create);
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('organiser-required');
    expect((await api(test.url, '/api/organiser')).body).toEqual({ mode: 'accounts', organiser: null, mayCreate: false, othersMayCreate: false });
    expect((await api(test.url, '/api/organiser', as('anna'))).body).toMatchObject({ organiser: { name: 'Anna' }, mayCreate: true });
  });

  it('refuses a wrong password or an unknown name alike, and sets the login as an HTTP-only SameSite=Strict cookie, Secure only over HTTPS', async () => {
    for (const body of [{ name: 'Anna', password: 'not-annas-password' }, { name: 'Nobody', password: 'anna-password-1' }]) {
      const wrong = await api(test.url, '/api/organiser/login', { method: 'POST', body });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('wrong-login');
      expect(wrong.headers.get('set-cookie')).toBeNull();
    }
    const login = await api(test.url, '/api/organiser/login', { method: 'POST', body: { name: 'Anna', password: 'anna-password-1' } });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    // Behind a trusted proxy that was reached over HTTPS, the cookie is sent over HTTPS only.
    const proxied = new OrganiserAccess('accounts', {} as OrganiserStore, () => '192.0.2.1', true, { now: () => 0 } as never);
    const viaHttps = { headers: { 'x-forwarded-proto': 'https' }, socket: {} } as unknown as IncomingMessage;
    expect(proxied.loginCookie(viaHttps, 'token')).toMatch(/; Secure$/);
    expect(new OrganiserAccess('accounts', {} as OrganiserStore, () => '192.0.2.1', false, { now: () => 0 } as never).loginCookie(viaHttps, 'token')).not.toMatch(/Secure/);
  });

  it('lets each organiser list and compare the runs of their own exercises, and nobody else\'s', async () => {
    const runs = await api(test.url, `/api/sessions/${annaSecond.sessionId}/runs`, as('anna'));
    expect(runs.status).toBe(200);
    expect(runs.body.runs.map((run: { sessionId: string }) => run.sessionId)).toEqual([annaFirst.sessionId, annaSecond.sessionId]);
    const compared = await api(test.url, `/api/sessions/${annaSecond.sessionId}/compare/${annaFirst.sessionId}`, as('anna'));
    expect(compared.status).toBe(200);
    expect(compared.body.earlier.sessionId).toBe(annaFirst.sessionId);
    expect((await api(test.url, `/api/sessions/${bram.sessionId}/runs`, as('bram'))).body.runs.map((run: { sessionId: string }) => run.sessionId)).toEqual([bram.sessionId]);

    // Another organiser's exercise is "not found", whichever side of the comparison it is on.
    for (const path of [`/api/sessions/${bram.sessionId}/runs`, `/api/sessions/${bram.sessionId}/compare/${annaFirst.sessionId}`, `/api/sessions/${annaFirst.sessionId}/compare/${bram.sessionId}`]) {
      const refused = await api(test.url, path, as('anna'));
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe('session-not-found');
      expect(Object.keys(refused.body)).toEqual(['error']);
    }
    expect((await api(test.url, `/api/sessions/${annaFirst.sessionId}/runs`, as('bram'))).status).toBe(404);
  });

  it('gives an organiser no way into another organiser\'s exercise: state, control, report exports, notes, evaluators or the WebSocket', async () => {
    const annaKey = annaFirst.facilitatorKey;
    for (const [method, path, body] of [
      ['GET', 'state', undefined],
      ['POST', 'control', { type: 'start' }],
      ['GET', 'report?format=md', undefined],
      ['GET', 'report?format=csv', undefined],
      ['GET', 'notes', undefined],
      ['GET', 'evaluators', undefined],
      ['POST', 'join-code', undefined],
    ] as const) {
      const url = `/api/sessions/${bram.sessionId}/${path}`;
      expect((await api(test.url, url, as('anna', { method, body }))).status).toBe(401);
      const withOwnKey = await api(test.url, url, as('anna', { method, body, credential: annaKey }));
      expect(withOwnKey.status).toBe(403);
      expect(withOwnKey.body.error.code).toBe('wrong-credential');
    }
    const socket = await TestClient.connect(test.wsUrl);
    socket.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: bram.sessionId, credential: annaKey });
    expect((await socket.closed).code).toBe(4003);
    expect(socket.frames.join('')).not.toContain('SECRET');
  });

  it('keeps runs and comparisons from a participant token, a display key and a facilitator key alone: they are the organiser\'s', async () => {
    const police = await joinAs(test.url, annaFirst, 'wijkagent');
    for (const credential of [police, annaFirst.displayKey, annaFirst.facilitatorKey]) {
      for (const path of [`/api/sessions/${annaFirst.sessionId}/runs`, `/api/sessions/${annaFirst.sessionId}/compare/${annaSecond.sessionId}`]) {
        const refused = await api(test.url, path, { credential });
        expect(refused.status).toBe(401);
        expect(refused.body.error.code).toBe('organiser-required');
      }
    }
    // The facilitator key still runs its own console: a co-facilitator link.
    await control(test.url, annaFirst, { type: 'start' });
    expect((await api(test.url, `/api/sessions/${annaFirst.sessionId}/notes`, { credential: annaFirst.facilitatorKey })).status).toBe(200);
  });

  it('ends a login on logout: its cookie no longer opens the runs', async () => {
    const login = await api(test.url, '/api/organiser/login', { method: 'POST', body: { name: 'Bram', password: 'bram-password-2' } });
    const cookie = loginCookieOf(login.headers.get('set-cookie'));
    expect((await api(test.url, `/api/sessions/${bram.sessionId}/runs`, { headers: { Cookie: cookie } })).status).toBe(200);
    const logout = await api(test.url, '/api/organiser/logout', { method: 'POST', headers: { Cookie: cookie } });
    expect(logout.headers.get('set-cookie')).toMatch(/^samenspel_organiser=; Path=\/; Max-Age=0/);
    expect(logout.body).toMatchObject({ organiser: null, mayCreate: false });
    expect((await api(test.url, `/api/sessions/${bram.sessionId}/runs`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});

describe('the local organiser (the default, --organisers local)', () => {
  let test: TestServer;
  const elsewhere = { 'X-Forwarded-For': '192.0.2.44' };

  beforeAll(async () => {
    test = await startTestServer({ trustProxy: true });
  });

  afterAll(async () => {
    await test.close();
  });

  it('is whoever uses the server\'s own machine: a visitor from another address joins but does not create until the organiser allows it', async () => {
    expect((await api(test.url, '/api/organiser')).body).toEqual({ mode: 'local', organiser: { name: 'local' }, mayCreate: true, othersMayCreate: false });
    expect((await api(test.url, '/api/organiser', { headers: elsewhere })).body).toEqual({ mode: 'local', organiser: null, mayCreate: false, othersMayCreate: false });
    const refused = await api(test.url, '/api/sessions', { ...create, headers: elsewhere });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('organiser-required');
    expect((await api(test.url, '/api/organiser/settings', { method: 'PUT', body: { othersMayCreate: true }, headers: elsewhere })).status).toBe(403);

    const organisers = await api(test.url, '/api/sessions', create);
    expect(organisers.status).toBe(201);
    const session = organisers.body as CreatedSession;
    // Joining is for everyone.
    const joined = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name: 'Eva', role: 'wijkagent' }, headers: elsewhere });
    expect(joined.status).toBe(201);

    const allowed = await api(test.url, '/api/organiser/settings', { method: 'PUT', body: { othersMayCreate: true } });
    expect(allowed.body.othersMayCreate).toBe(true);
    const theirs = await api(test.url, '/api/sessions', { ...create, headers: elsewhere });
    expect(theirs.status).toBe(201);
    // What they create belongs to the local organiser: its runs are listed to the organiser, not to them.
    expect((await api(test.url, `/api/sessions/${theirs.body.sessionId}/runs`, { credential: theirs.body.facilitatorKey, headers: elsewhere })).status).toBe(401);
    const runs = await api(test.url, `/api/sessions/${theirs.body.sessionId}/runs`);
    expect(runs.body.runs.map((run: { sessionId: string }) => run.sessionId)).toEqual([session.sessionId, theirs.body.sessionId]);

    await api(test.url, '/api/organiser/settings', { method: 'PUT', body: { othersMayCreate: false } });
    expect((await api(test.url, '/api/sessions', { ...create, headers: elsewhere })).status).toBe(403);
  });

  it('takes a forwarded request for a visitor from elsewhere when no proxy is trusted, since a proxy on this machine would make everyone local', async () => {
    const direct = await startTestServer();
    try {
      expect((await api(direct.url, '/api/organiser')).body.organiser).toEqual({ name: 'local' });
      expect((await api(direct.url, '/api/organiser', { headers: { 'X-Forwarded-For': '127.0.0.1' } })).body.organiser).toBeNull();
      expect((await api(direct.url, '/api/sessions', { ...create, headers: { 'X-Forwarded-For': '127.0.0.1' } })).status).toBe(403);
    } finally {
      await direct.close();
    }
  });

  it('refuses logging in: there are no accounts to log in to', async () => {
    const answer = await api(test.url, '/api/organiser/login', { method: 'POST', body: { name: 'Anna', password: 'anna-password-1' } });
    expect(answer.status).toBe(409);
  });
});
