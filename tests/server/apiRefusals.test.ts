import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, control, createHarbourSession, joinAs, startTestServer, type CreatedSession, type TestServer } from './serverHarness.ts';

let test: TestServer;
let session: CreatedSession;
let token: string;
beforeAll(async () => {
  test = await startTestServer();
  session = await createHarbourSession(test.url);
  token = await joinAs(test.url, session, 'wijkagent');
});
afterAll(async () => {
  await test.close();
});

const path = (what: string) => `/api/sessions/${session.sessionId}/${what}`;

describe('credentials on the HTTP API', () => {
  it('answers 401 without a credential and 403 with a wrong one', async () => {
    const missing = await api(test.url, path('state'));
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('missing-credential');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await api(test.url, path('state'), { credential: 'not-a-key' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong-credential');
  });

  it('does not accept the key of one session for another session', async () => {
    const other = await createHarbourSession(test.url);
    const answer = await api(test.url, path('state'), { credential: other.facilitatorKey });
    expect(answer.status).toBe(403);
  });

  it('answers 404 for a session that does not exist', async () => {
    const answer = await api(test.url, '/api/sessions/nosuchsession/state', { credential: session.facilitatorKey });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('session-not-found');
  });

  it('lets the display key read only the display projection', async () => {
    const state = await api(test.url, path('state'), { credential: session.displayKey });
    expect(state.status).toBe(200);
    expect(state.body.projection.viewer).toBe('display');
    const start = await api(test.url, path('control'), { method: 'POST', credential: session.displayKey, body: { type: 'start' } });
    expect(start.status).toBe(403);
    const report = await api(test.url, path('report'), { credential: session.displayKey });
    expect(report.status).toBe(403);
    const act = await api(test.url, path('actions'), { method: 'POST', credential: session.displayKey, body: { type: 'note', text: 'x' } });
    expect(act.status).toBe(403);
  });

  it('refuses control and the report to a participant', async () => {
    const start = await api(test.url, path('control'), { method: 'POST', credential: token, body: { type: 'start' } });
    expect(start.status).toBe(403);
    expect(start.body.error.code).toBe('forbidden');
    expect((await api(test.url, path('report'), { credential: token })).status).toBe(403);
    expect((await api(test.url, path('state'), { credential: session.facilitatorKey })).body.clock.status).toBe('ready');
  });
});

describe('bad requests on the HTTP API', () => {
  it('refuses an action before play has started with 409 and the engine code', async () => {
    const answer = await api(test.url, path('actions'), { method: 'POST', credential: token, body: { type: 'note', text: 'early' } });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('not-started');
  });

  it('refuses malformed JSON, a non-JSON content type and wrong field types', async () => {
    const malformed = await api(test.url, '/api/sessions', { method: 'POST', body: '{"scenarioId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad-json');
    const form = await api(test.url, '/api/sessions', { method: 'POST', body: 'scenarioId=harbour', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const wrongType = await api(test.url, '/api/sessions', { method: 'POST', body: { scenarioId: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe('bad-message');
    const both = await api(test.url, '/api/sessions', { method: 'POST', body: { scenarioId: 'harbour', scenario: 'x' } });
    expect(both.status).toBe(400);
  });

  it('refuses unknown control types and out-of-range speeds', async () => {
    const unknown = await api(test.url, path('control'), { method: 'POST', credential: session.facilitatorKey, body: { type: 'rewind' } });
    expect(unknown.status).toBe(400);
    const tooFast = await api(test.url, path('control'), { method: 'POST', credential: session.facilitatorKey, body: { type: 'speed', factor: 121 } });
    expect(tooFast.status).toBe(400);
    const tooSlow = await api(test.url, path('control'), { method: 'POST', credential: session.facilitatorKey, body: { type: 'speed', factor: 0.2 } });
    expect(tooSlow.status).toBe(400);
    const badDuration = await api(test.url, path('control'), { method: 'POST', credential: session.facilitatorKey, body: { type: 'advance', by: 90 } });
    expect(badDuration.status).toBe(400);
  });

  it('refuses an oversized body with 413', async () => {
    const answer = await api(test.url, path('actions'), { method: 'POST', credential: token, body: { type: 'note', text: 'x'.repeat(70 * 1024) } });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('body-too-large');
  });

  it('answers 404 for an unknown path and 405 for a wrong method', async () => {
    expect((await api(test.url, '/api/nothing')).status).toBe(404);
    const wrongMethod = await api(test.url, '/api/sessions');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('refuses actions for another role, unknown ids and unreleased decisions, storing none of them', async () => {
    const running = await createHarbourSession(test.url);
    const police = await joinAs(test.url, running, 'wijkagent');
    await control(test.url, running, { type: 'start' });
    const before = (await api(test.url, `/api/sessions/${running.sessionId}/state`, { credential: running.facilitatorKey })).body.projection.timeline;
    const act = (body: unknown) => api(test.url, `/api/sessions/${running.sessionId}/actions`, { method: 'POST', credential: police, body });

    const asMayor = await act({ type: 'exercise', by: 'burgemeester', authority: 'sluiten' });
    expect(asMayor.status).toBe(403);
    expect(asMayor.body.error.code).toBe('wrong-role');
    const unknownTask = await act({ type: 'claim', task: 'vliegen' });
    expect(unknownTask.status).toBe(422);
    expect(unknownTask.body.error).toMatchObject({ code: 'unknown-task' });
    expect(unknownTask.body.error.message).toContain('vliegen');
    const unreleased = await act({ type: 'respond', inject: 'i3', text: 'we are on it' });
    expect(unreleased.status).toBe(409);
    const badField = await act({ type: 'share', information: 'x', with: 'gemeente', extra: 1 });
    expect(badField.status).toBe(400);
    const notObject = await act([1, 2]);
    expect(notObject.status).toBe(400);

    const release = await api(test.url, `/api/sessions/${running.sessionId}/control`, { method: 'POST', credential: running.facilitatorKey, body: { type: 'release', inject: 'nope' } });
    expect(release.status).toBe(422);
    const fireInject = await api(test.url, `/api/sessions/${running.sessionId}/control`, { method: 'POST', credential: running.facilitatorKey, body: { type: 'fire', event: 'i1' } });
    expect(fireInject.status).toBe(409);
    expect(fireInject.body.error.code).toBe('wrong-kind');
    const improvise = (inject: unknown) => api(test.url, `/api/sessions/${running.sessionId}/control`, { method: 'POST', credential: running.facilitatorKey, body: { type: 'improvise', inject } });
    const timed = await improvise({ title: 'Press', at: '10m' });
    expect(timed.status).toBe(422);
    expect(timed.body.error.code).toBe('invalid-inject');
    expect(timed.body.error.message).toContain('at');
    const taken = await improvise({ id: 'i1', title: 'Press' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('duplicate-id');
    const nowhere = await improvise({ title: 'Press', to: ['douane'] });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.error).toMatchObject({ code: 'unknown-reference' });
    expect(nowhere.body.error.message).toContain('douane');
    expect((await improvise('press')).status).toBe(400);

    const after = (await api(test.url, `/api/sessions/${running.sessionId}/state`, { credential: running.facilitatorKey })).body.projection.timeline;
    expect(after).toEqual(before);
  });

  it('stores an action sent twice with one Idempotency-Key once', async () => {
    const running = await createHarbourSession(test.url);
    const police = await joinAs(test.url, running, 'wijkagent');
    await control(test.url, running, { type: 'start' });
    const send = () =>
      api(test.url, `/api/sessions/${running.sessionId}/actions`, { method: 'POST', credential: police, body: { type: 'note', text: 'hi' }, headers: { 'Idempotency-Key': 'k-1' } });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const timeline = (await api(test.url, `/api/sessions/${running.sessionId}/state`, { credential: running.facilitatorKey })).body.projection.timeline;
    expect(timeline.filter((entry: any) => entry.type === 'note')).toHaveLength(1);
  });

  it('keeps serving after a client vanishes in the middle of a request body', async () => {
    await new Promise<void>((resolve) => {
      const { port } = new URL(test.url);
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/sessions', headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"scenarioId": "harb', () => {
        req.destroy();
        resolve();
      });
    });
    expect((await api(test.url, '/api/health')).status).toBe(200);
  });

  it('puts security headers on API answers', async () => {
    const answer = await api(test.url, '/api/health');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('guessing join codes', () => {
  // A server of its own: the address it blocks is the one every test here comes from.
  let guessing: TestServer;
  beforeAll(async () => {
    guessing = await startTestServer();
  });
  afterAll(async () => {
    await guessing.close();
  });

  it('slows down an address that keeps guessing join codes', async () => {
    const target = await createHarbourSession(guessing.url);
    const guess = () => api(guessing.url, `/api/sessions/${target.sessionId}/join`, { method: 'POST', body: { joinCode: 'ZZZZZZ', name: 'M', role: 'wijkagent' } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await guess()).status);
    // Ten mistakes are free; the eleventh blocks the address, so the twelfth is not even checked.
    expect(statuses).toEqual([...Array(11).fill(403), 429]);
    // While blocked, even the right code is turned away.
    const right = await api(guessing.url, `/api/sessions/${target.sessionId}/join`, { method: 'POST', body: { joinCode: target.joinCode, name: 'M', role: 'wijkagent' } });
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
