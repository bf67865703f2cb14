import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, control, createHarbourSession, joinAs, startTestServer, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('the HTTP API', () => {
  it('answers the health check', async () => {
    const answer = await api(test.url, '/api/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', protocolVersion: 3 });
  });

  it('lists the bundled scenarios with their id, title, language, summary, duration and agency count', async () => {
    const answer = await api(test.url, '/api/scenarios');
    expect(answer.status).toBe(200);
    expect(answer.body.scenarios).toEqual([
      { id: 'harbour', title: 'Harbour drill', language: 'en', summary: 'A short drill in the harbour.', duration: 1800, agencyCount: 2 },
    ]);
  });

  it('creates a session from a bundled scenario and hands out long random keys', async () => {
    const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenarioId: 'harbour', seed: 3 } });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ seed: 3 });
    expect(answer.body.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    // 256 random bits in base64url are 43 characters.
    expect(answer.body.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.body.displayKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.body.facilitatorKey).not.toBe(answer.body.displayKey);
  });

  it('creates a session from uploaded scenario text', async () => {
    const scenario = JSON.stringify({
      schemaVersion: 1,
      id: 'mini',
      title: 'Mini',
      duration: '10m',
      agencies: [{ id: 'a', name: 'A', roles: [{ id: 'r', name: 'R', level: 'tactical' }] }],
    });
    const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario } });
    expect(answer.status).toBe(201);
    expect(typeof answer.body.sessionId).toBe('string');
    expect(Number.isInteger(answer.body.seed)).toBe(true);
  });

  it('refuses an invalid scenario with the validation messages and their line numbers', async () => {
    const scenario = 'schemaVersion: 1\nid: broken\ntitle: Broken\nduration: 90\nagencies: []\n';
    const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid-scenario');
    const durationMessage = answer.body.error.messages.find((message: any) => message.path === 'duration');
    expect(durationMessage).toMatchObject({ line: 4, severity: 'error' });
  });

  it('refuses an unknown bundled scenario id with 404', async () => {
    const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenarioId: 'nope' } });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('unknown-scenario');
  });

  it('lets several people join one role and tells them their agency', async () => {
    const session = await createHarbourSession(test.url);
    const first = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name: 'Anna', role: 'wijkagent' } });
    const second = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode.toLowerCase(), name: 'Bram', role: 'wijkagent' } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body).toMatchObject({ agency: 'politie', role: 'wijkagent' });
    expect(first.body.token).not.toBe(second.body.token);
    expect(first.body.participantId).not.toBe(second.body.participantId);
  });

  it('refuses a wrong join code with 403 and an unknown role with 400', async () => {
    const session = await createHarbourSession(test.url);
    const wrongCode = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: 'AAAAAA', name: 'X', role: 'wijkagent' } });
    expect(wrongCode.status).toBe(403);
    expect(wrongCode.body.error.code).toBe('wrong-join-code');
    const wrongRole = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name: 'X', role: 'kapitein' } });
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.error.code).toBe('unknown-role');
  });

  it('finds the exercise and its roles by join code alone', async () => {
    const session = await createHarbourSession(test.url);
    const answer = await api(test.url, '/api/join-code', { method: 'POST', body: { joinCode: session.joinCode } });
    expect(answer.status).toBe(200);
    expect(answer.body.sessionId).toBe(session.sessionId);
    expect(answer.body.agencies.map((agency: any) => agency.roles[0].id)).toEqual(['wijkagent', 'burgemeester']);
    expect(answer.text).not.toContain('SECRET');
  });

  it('plays a short exercise: start, an action stored with its seq and time, state and report', async () => {
    const session = await createHarbourSession(test.url);
    const token = await joinAs(test.url, session, 'wijkagent');
    const started = await control(test.url, session, { type: 'start' });
    expect(started.body.clock).toMatchObject({ status: 'running', speed: 1, duration: 1800 });

    const claim = await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'claim', task: 'afzetten' } });
    expect(claim.status).toBe(201);
    expect(claim.body).toEqual({ seq: 2, at: 0 });

    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: token });
    expect(state.status).toBe(200);
    expect(state.body.viewer).toMatchObject({ kind: 'participant', role: 'wijkagent', agency: 'politie' });
    expect(state.body.projection.timeline).toEqual([
      { seq: 1, at: 0, type: 'released', inject: 'i1' },
      { seq: 2, at: 0, type: 'claim', by: 'wijkagent', task: 'afzetten', as: 'lead' },
    ]);

    const report = await api(test.url, `/api/sessions/${session.sessionId}/report`, { credential: session.facilitatorKey });
    expect(report.status).toBe(200);
    expect(report.body.scenario).toEqual({ id: 'harbour', title: 'Harbour drill' });
    expect(report.body.seed).toBe(7);
    expect(report.body.timeline).toHaveLength(2);

    const markdown = await fetch(`${test.url}/api/sessions/${session.sessionId}/report?format=md`, { headers: { Authorization: `Bearer ${session.facilitatorKey}` } });
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toContain('text/markdown');
    expect(await markdown.text()).toContain('Harbour drill');
  });
});
