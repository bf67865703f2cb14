import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { captureLog, type CapturedLog, type LogEntry } from './capturedLog.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

let test: TestServer | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

/** The entries with this message. */
function named(captured: CapturedLog, msg: string): LogEntry[] {
  return captured.entries().filter((entry) => entry.msg === msg);
}

describe('the server log', () => {
  it('records a whole exercise as JSON lines with its events, and none of the secrets it used', async () => {
    const captured = captureLog('info');
    test = await startTestServer({ log: captured.log });
    const session = await createHarbourSession(test.url);
    const police = await joinAs(test.url, session, 'wijkagent', 'Anna de Vries');
    const evaluator = await api(test.url, `/api/sessions/${session.sessionId}/evaluators`, { method: 'POST', credential: session.facilitatorKey, body: { name: 'Eva Jansen' } });
    const evaluatorToken = evaluator.body.token as string;
    // The client's own join page carries the code in its path.
    await fetch(`${test.url}/join/${session.joinCode}?code=${session.joinCode}&key=${session.facilitatorKey}`);

    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const phone = await TestClient.join(test.wsUrl, session.sessionId, police);
    const tablet = await TestClient.join(test.wsUrl, session.sessionId, evaluatorToken);
    await facilitator.client.request({ type: 'control', requestId: 'r1', control: { type: 'start' } }, (message) => message.requestId === 'r1');
    await phone.client.request({ type: 'action', clientId: 'a1', action: { type: 'claim', task: 'afzetten' } }, (message) => message.clientId === 'a1');
    // Not the police's decision to take: refused.
    await phone.client.request({ type: 'action', clientId: 'a2', action: { type: 'decide', decision: 'i2', option: 'close' } }, (message) => message.clientId === 'a2');
    await tablet.client.request({ type: 'observe', clientId: 'o1', observation: { text: 'The police claim the cordon at once' } }, (message) => message.clientId === 'o1');
    await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: police, body: { type: 'note', text: 'over HTTP' } });
    await control(test.url, session, { type: 'pause' });
    await api(test.url, '/api/join-code', { method: 'POST', body: { joinCode: 'WRONG9' } });
    await api(test.url, '/api/sessions', { method: 'POST', body: '{"scenarioId":', headers: { 'Content-Type': 'application/json' } });
    const stranger = await TestClient.connect(test.wsUrl);
    stranger.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: `${session.facilitatorKey}x` });
    await stranger.closed;
    await control(test.url, session, { type: 'end' });
    for (const client of [facilitator, display, phone, tablet]) client.client.close();
    await captured.waitFor(() => named(captured, 'websocket closed').length === 5);

    const entries = captured.entries();
    expect(captured.lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    expect(entries.every((entry) => typeof entry.time === 'string' && typeof entry.level === 'string')).toBe(true);

    expect(named(captured, 'session created')).toEqual([expect.objectContaining({ sessionId: session.sessionId, scenarioId: 'harbour' })]);
    for (const event of ['session started', 'session paused', 'session ended']) expect(named(captured, event)).toEqual([expect.objectContaining({ sessionId: session.sessionId })]);
    expect(named(captured, 'participant joined')).toEqual([expect.objectContaining({ sessionId: session.sessionId, role: 'wijkagent' })]);
    expect(named(captured, 'websocket joined').map((entry) => (entry.holder as { kind: string }).kind).sort()).toEqual(['display', 'evaluator', 'facilitator', 'participant']);
    expect(named(captured, 'websocket refusal')).toContainEqual(expect.objectContaining({ type: 'error', code: 'wrong-credential' }));
    expect(named(captured, 'websocket refusal')).toContainEqual(expect.objectContaining({ type: 'action_refused', sessionId: session.sessionId, code: expect.any(String) }));

    const requests = named(captured, 'request');
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/sessions', status: 201, client: '127.0.0.1', durationMs: expect.any(Number) }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/join-code', status: 403, code: 'wrong-join-code' }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/sessions', status: 400, code: 'bad-json' }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'GET', path: '/join/[redacted]' }));

    const log = captured.lines.join('');
    for (const secret of [session.facilitatorKey, session.displayKey, session.joinCode, police, police.split('.')[1], evaluatorToken, evaluatorToken.split('.')[1]]) {
      expect(secret).toBeTruthy();
      expect(log).not.toContain(secret);
    }
    // Nor the names people gave or the text they wrote.
    for (const personal of ['Anna de Vries', 'Eva Jansen', 'over HTTP', 'claim the cordon']) expect(log).not.toContain(personal);
  });

  it('warns about a scenarios folder it cannot read', async () => {
    const captured = captureLog('info');
    test = await startTestServer({ log: captured.log, scenariosDir: '/nonexistent-samenspel-scenarios' });
    expect(captured.warnings()).toEqual(['no bundled scenarios: the folder cannot be read']);
  });

  it('replaces a credential or join code that a log call passes by mistake', () => {
    const captured = captureLog('info');
    captured.log.info({ token: 'p1.SECRET1', joinCode: 'SECRT2', credential: 'SECRET3', nested: { facilitatorKey: 'SECRET4', headers: { authorization: 'Bearer SECRET5' } } }, 'careless');
    expect(captured.lines.join('')).not.toMatch(/SECRET|SECRT/);
    expect(captured.entries()[0]).toMatchObject({ token: '[redacted]', joinCode: '[redacted]', nested: { facilitatorKey: '[redacted]', headers: { authorization: '[redacted]' } } });
  });

  it('writes an error with its type, message and stack', () => {
    const captured = captureLog('info');
    captured.log.error({ err: new TypeError('the disk is full') }, 'API request failed');
    expect(captured.entries()[0]).toMatchObject({ level: 'error', msg: 'API request failed', err: { type: 'TypeError', message: 'the disk is full', stack: expect.stringMatching(/^TypeError: the disk is full\n\s+at /) } });
  });

  it('writes nothing below the level asked for', async () => {
    const captured = captureLog('warn');
    test = await startTestServer({ log: captured.log });
    await createHarbourSession(test.url);
    await api(test.url, '/api/health');
    expect(captured.lines).toEqual([]);
  });
});
