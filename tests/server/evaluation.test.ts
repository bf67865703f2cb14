import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioFixtureText } from '../support/scenarioFixture.ts';
import { api, control, HARBOUR, joinAs, startTestServer, TestClient, type CreatedSession, type TestServer } from './serverHarness.ts';
import { pdfPages } from '../support/pdfPages.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

/** The harbour drill with two objectives, so observations have something to be about. */
const HARBOUR_WITH_OBJECTIVES = scenarioFixtureText({
  ...HARBOUR,
  objectives: [
    { id: 'kade-veilig', text: 'The quay is made safe together', tasks: ['afzetten'] },
    { id: 'besluit', text: 'The mayor decides in time' },
  ],
});

async function createSession(): Promise<CreatedSession> {
  const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario: HARBOUR_WITH_OBJECTIVES, seed: 3 } });
  if (answer.status !== 201) throw new Error(`creating a session failed: ${answer.text}`);
  return answer.body as CreatedSession;
}

const path = (session: CreatedSession, rest: string) => `/api/sessions/${session.sessionId}/${rest}`;

async function addEvaluator(session: CreatedSession, name: string): Promise<{ evaluatorId: string; token: string }> {
  const answer = await api(test.url, path(session, 'evaluators'), { method: 'POST', credential: session.facilitatorKey, body: { name } });
  if (answer.status !== 201) throw new Error(`adding an evaluator failed: ${answer.text}`);
  return answer.body;
}

function observeOverHttp(session: CreatedSession, token: string, body: unknown, key?: string) {
  return api(test.url, path(session, 'observations'), { method: 'POST', credential: token, body, ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }) });
}

describe('an evaluator', () => {
  it('is added by the facilitator only, and gets a token of their own that opens play as the projector sees it', async () => {
    const session = await createSession();
    const participant = await joinAs(test.url, session, 'wijkagent');
    for (const credential of [participant, session.displayKey]) {
      expect((await api(test.url, path(session, 'evaluators'), { method: 'POST', credential, body: { name: 'Eva' } })).status).toBe(403);
    }
    expect((await api(test.url, path(session, 'evaluators'), { method: 'POST', credential: session.facilitatorKey, body: { name: '  ' } })).status).toBe(400);
    const eva = await addEvaluator(session, ' Eva de Vries ');
    const listed = await api(test.url, path(session, 'evaluators'), { credential: session.facilitatorKey });
    expect(listed.body.evaluators).toEqual([{ evaluatorId: eva.evaluatorId, name: 'Eva de Vries', createdAt: expect.any(Number) }]);
    expect(listed.text).not.toContain(eva.token);

    await control(test.url, session, { type: 'start' });
    const { client, welcome } = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    expect(welcome.viewer).toEqual({ kind: 'evaluator', evaluatorId: eva.evaluatorId, name: 'Eva de Vries' });
    expect(welcome.projection.viewer).toBe('display');
    expect(welcome.projection.scenario.objectives.map((objective: { id: string }) => objective.id)).toEqual(['kade-veilig', 'besluit']);
    expect(welcome.observations).toEqual([]);
    expect(welcome.joinCode).toBeUndefined();
    expect(client.frames.join('\n')).not.toContain('SECRET-NOTE');
    client.close();
  });

  it('cannot control the exercise, act as a participant or read the facilitator\u2019s notes, over HTTP or the WebSocket', async () => {
    const session = await createSession();
    const eva = await addEvaluator(session, 'Eva');
    await control(test.url, session, { type: 'start' });
    const asEva = (method: string, rest: string, body?: unknown) => api(test.url, path(session, rest), { method, credential: eva.token, ...(body === undefined ? {} : { body }) });
    expect((await asEva('POST', 'control', { type: 'pause' })).status).toBe(403);
    expect((await asEva('POST', 'join-code')).status).toBe(403);
    expect((await asEva('POST', 'actions', { type: 'note', by: 'wijkagent', text: 'x' })).status).toBe(403);
    expect((await asEva('GET', 'notes')).status).toBe(403);
    expect((await asEva('GET', 'evaluators')).status).toBe(403);

    const { client } = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    const controlled = await client.request({ type: 'control', requestId: 'r1', control: { type: 'end' } }, (message) => message.requestId === 'r1');
    expect(controlled).toMatchObject({ type: 'control_refused', code: 'forbidden' });
    const acted = await client.request({ type: 'action', clientId: 'a1', action: { type: 'note', text: 'x' } }, (message) => message.clientId === 'a1');
    expect(acted).toMatchObject({ type: 'action_refused', code: 'forbidden' });
    const state = await api(test.url, path(session, 'state'), { credential: session.facilitatorKey });
    expect(state.body.clock.status).toBe('running');
    expect(state.body.projection.timeline.map((entry: { type: string }) => entry.type)).not.toContain('note');
    client.close();
  });
});

describe('an observation', () => {
  it('is stored before it is acknowledged, reaches the facilitator live and the writer\u2019s other screens, and is stored once when sent twice', async () => {
    const session = await createSession();
    const eva = await addEvaluator(session, 'Eva');
    const bram = await addEvaluator(session, 'Bram');
    await control(test.url, session, { type: 'start' });
    await control(test.url, session, { type: 'advance', by: '3m' });
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const tablet = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    const phone = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    const other = await TestClient.join(test.wsUrl, session.sessionId, bram.token);

    const observation = { text: 'Police and municipality agree the cordon within a minute', objective: 'kade-veilig', task: 'afzetten', agencies: ['politie', 'gemeente'], rating: 'S', entries: [1] };
    const heardByFacilitator = facilitator.client.next((message) => message.type === 'observation');
    const heardByPhone = phone.client.next((message) => message.type === 'observation');
    const first = await tablet.client.request({ type: 'observe', clientId: 'o-1', observation }, (message) => message.clientId === 'o-1');
    expect(first).toEqual({
      type: 'observation_accepted',
      clientId: 'o-1',
      observation: { id: 1, evaluatorId: eva.evaluatorId, at: 180, by: 'Eva', ...observation },
    });
    expect((await heardByFacilitator).observation).toEqual(first.observation);
    expect((await heardByPhone).observation).toEqual(first.observation);

    // The retry after a dropped connection gets the first answer, over either channel.
    const again = await tablet.client.request({ type: 'observe', clientId: 'o-1', observation }, (message) => message.clientId === 'o-1' && message !== first);
    expect(again.observation).toEqual(first.observation);
    const overHttp = await observeOverHttp(session, eva.token, { text: 'The mayor asks who leads' }, 'h-1');
    const overHttpAgain = await observeOverHttp(session, eva.token, { text: 'The mayor asks who leads' }, 'h-1');
    expect(overHttp.status).toBe(201);
    expect(overHttpAgain.body).toEqual(overHttp.body);

    const all = await api(test.url, path(session, 'observations'), { credential: session.facilitatorKey });
    expect(all.body.observations.map((stored: { id: number; text: string }) => [stored.id, stored.text])).toEqual([
      [1, observation.text],
      [2, 'The mayor asks who leads'],
    ]);
    // Another evaluator sees only their own, and heard nothing of Eva's.
    expect((await api(test.url, path(session, 'observations'), { credential: bram.token })).body.observations).toEqual([]);
    expect(other.client.frames.join('\n')).not.toContain('cordon within a minute');
    for (const { client } of [facilitator, tablet, phone, other]) client.close();
  });

  it('keeps the scenario second it was written offline, but never one in the future', async () => {
    const session = await createSession();
    const eva = await addEvaluator(session, 'Eva');
    await control(test.url, session, { type: 'start' });
    await control(test.url, session, { type: 'advance', by: '5m' });
    const written = await observeOverHttp(session, eva.token, { text: 'Written on the quay without signal', at: 120 });
    expect(written.body.at).toBe(120);
    const future = await observeOverHttp(session, eva.token, { text: 'A clock that runs ahead', at: 1_000 });
    expect(future.body.at).toBe(300);
  });

  it('is refused, and nothing stored, when it names what the scenario or the timeline does not have', async () => {
    const session = await createSession();
    const eva = await addEvaluator(session, 'Eva');
    await control(test.url, session, { type: 'start' });
    const refusals = [
      [{ text: 'x', objective: 'vliegen' }, 422, 'unknown-objective'],
      [{ text: 'x', task: 'vliegen' }, 422, 'unknown-task'],
      [{ text: 'x', agencies: ['douane'] }, 422, 'unknown-agency'],
      [{ text: 'x', entries: [999] }, 422, 'unknown-entry'],
      [{ text: '' }, 400, 'bad-message'],
      [{ text: 'x', rating: 'A' }, 400, 'bad-message'],
      [{ text: 'x', at: -1 }, 400, 'bad-message'],
      [{ text: 'x', colour: 'red' }, 400, 'bad-message'],
    ] as const;
    for (const [body, status, code] of refusals) {
      const answer = await observeOverHttp(session, eva.token, body);
      expect([answer.status, answer.body.error.code]).toEqual([status, code]);
    }
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    const refused = await client.request({ type: 'observe', clientId: 'o-x', observation: { text: 'x', objective: 'vliegen' } }, (message) => message.clientId === 'o-x');
    expect(refused).toMatchObject({ type: 'observation_refused', code: 'unknown-objective' });
    expect(refused.reason).toContain('vliegen');
    expect((await api(test.url, path(session, 'observations'), { credential: session.facilitatorKey })).body.observations).toEqual([]);
    client.close();
  });

  it('may be written by evaluators only', async () => {
    const session = await createSession();
    const participant = await joinAs(test.url, session, 'wijkagent');
    await control(test.url, session, { type: 'start' });
    for (const credential of [participant, session.displayKey, session.facilitatorKey]) {
      expect((await observeOverHttp(session, credential, { text: 'x' })).status).toBe(403);
    }
    for (const credential of [participant, session.displayKey]) {
      expect((await api(test.url, path(session, 'observations'), { credential })).status).toBe(403);
    }
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, participant);
    const refused = await client.request({ type: 'observe', clientId: 'o-p', observation: { text: 'x' } }, (message) => message.clientId === 'o-p');
    expect(refused).toMatchObject({ type: 'observation_refused', code: 'forbidden' });
    client.close();
  });

  it('never reaches a participant or the display over a whole exercise, not even in the report after the end', { timeout: 60_000 }, async () => {
    const session = await createSession();
    const policeToken = await joinAs(test.url, session, 'wijkagent');
    const mayorToken = await joinAs(test.url, session, 'burgemeester');
    const eva = await addEvaluator(session, 'Eva');
    const police = await TestClient.join(test.wsUrl, session.sessionId, policeToken);
    const mayor = await TestClient.join(test.wsUrl, session.sessionId, mayorToken);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const evaluator = await TestClient.join(test.wsUrl, session.sessionId, eva.token);
    const httpBodies: string[] = [];
    const read = async (credential: string, rest: string) => httpBodies.push((await api(test.url, path(session, rest), { credential })).text);

    await control(test.url, session, { type: 'start' });
    await evaluator.client.request({ type: 'observe', clientId: 'o-1', observation: { text: 'OBSERVED-1 the police wait for the mayor', objective: 'kade-veilig', rating: 'M' } }, (message) => message.clientId === 'o-1');
    await police.client.request({ type: 'action', clientId: 'p1', action: { type: 'claim', task: 'afzetten' } }, (message) => message.clientId === 'p1');
    await control(test.url, session, { type: 'advance', by: '3m' });
    await observeOverHttp(session, eva.token, { text: 'OBSERVED-2 the cordon holds', entries: [1] });
    for (const token of [policeToken, mayorToken, session.displayKey]) await read(token, 'state');
    const ended = [police, mayor, display].map(({ client }) => client.next((message) => message.type === 'update' && message.fields.status === 'ended'));
    await control(test.url, session, { type: 'end' });
    await Promise.all(ended);
    await observeOverHttp(session, eva.token, { text: 'OBSERVED-3 written after the end' });
    for (const token of [policeToken, mayorToken, session.displayKey]) {
      for (const format of ['json', 'md', 'html', 'csv']) await read(token, `report?format=${format}`);
    }

    const seenByOthers = [...police.client.frames, ...mayor.client.frames, ...display.client.frames, ...httpBodies].join('\n');
    expect(httpBodies.length).toBe(15);
    expect(seenByOthers).not.toContain('OBSERVED-');
    expect(JSON.parse(httpBodies.at(-4) ?? '{}').observations).toEqual([]);

    // The facilitator's report has all three, in the order written, in the shape of section 19.
    const report = await api(test.url, path(session, 'report'), { credential: session.facilitatorKey });
    expect(report.body.observations).toEqual([
      { at: 0, by: 'Eva', text: 'OBSERVED-1 the police wait for the mayor', objective: 'kade-veilig', rating: 'M' },
      { at: 180, by: 'Eva', text: 'OBSERVED-2 the cordon holds', entries: [1] },
      { at: 180, by: 'Eva', text: 'OBSERVED-3 written after the end' },
    ]);
    // The PDF's text is compressed in the file: read it as a reader would, for a participant and for the facilitator.
    const pdfText = async (credential: string) => {
      const answer = await fetch(`${test.url}${path(session, 'report')}?format=pdf`, { headers: { Authorization: `Bearer ${credential}` } });
      return (await pdfPages(new Uint8Array(await answer.arrayBuffer()))).map((page) => page.text).join('\n');
    };
    expect(await pdfText(policeToken)).not.toContain('OBSERVED-');
    expect(await pdfText(session.facilitatorKey)).toContain('OBSERVED-1');
    for (const { client } of [police, mayor, display, evaluator]) client.close();
  });

  it('and its evaluator come back after a restart, and a resend is still stored once', async () => {
    const first = await startTestServer();
    const created = await api(first.url, '/api/sessions', { method: 'POST', body: { scenario: HARBOUR_WITH_OBJECTIVES } });
    const session = created.body as CreatedSession;
    const added = await api(first.url, path(session, 'evaluators'), { method: 'POST', credential: session.facilitatorKey, body: { name: 'Eva' } });
    const token = added.body.token as string;
    const send = (url: string) => api(url, path(session, 'observations'), { method: 'POST', credential: token, body: { text: 'Kept' }, headers: { 'Idempotency-Key': 'k-1' } });
    const stored = await send(first.url);
    expect(stored.status).toBe(201);
    await first.server.close();

    const second = await startTestServer({ dataDir: first.dataDir });
    const resent = await send(second.url);
    expect(resent.body).toEqual(stored.body);
    const all = await api(second.url, path(session, 'observations'), { credential: session.facilitatorKey });
    expect(all.body.observations).toEqual([stored.body]);
    await second.close();
    await first.close();
  });
});

describe('the join code', () => {
  it('reaches the facilitator and the display wherever they are opened, and no one else', async () => {
    const session = await createSession();
    const participant = await joinAs(test.url, session, 'wijkagent');
    const eva = await addEvaluator(session, 'Eva');
    const state = (credential: string) => api(test.url, path(session, 'state'), { credential });
    expect((await state(session.facilitatorKey)).body.joinCode).toBe(session.joinCode);
    expect((await state(session.displayKey)).body.joinCode).toBe(session.joinCode);
    for (const credential of [participant, eva.token]) {
      const seen = await state(credential);
      expect(seen.body.joinCode).toBeUndefined();
      expect(seen.text).not.toContain(session.joinCode);
    }
    const { welcome } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    expect(welcome.joinCode).toBe(session.joinCode);
  });

  it('is rotated by the facilitator: the room hears the new one and the old one opens nothing any more', async () => {
    const session = await createSession();
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const participant = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent'));
    const heard = [display, facilitator].map(({ client }) => client.next((message) => message.type === 'join_code'));
    const rotated = await api(test.url, path(session, 'join-code'), { method: 'POST', credential: session.facilitatorKey });
    expect(rotated.status).toBe(200);
    const { joinCode } = rotated.body;
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(joinCode).not.toBe(session.joinCode);
    expect((await Promise.all(heard)).map((message) => message.joinCode)).toEqual([joinCode, joinCode]);
    expect(participant.client.frames.join('\n')).not.toContain(joinCode);

    const join = (code: string) => api(test.url, path(session, 'join'), { method: 'POST', body: { joinCode: code, name: 'Late', role: 'burgemeester' } });
    expect((await join(session.joinCode)).status).toBe(403);
    expect((await api(test.url, '/api/join-code', { method: 'POST', body: { joinCode: session.joinCode } })).status).toBe(403);
    expect((await join(joinCode)).status).toBe(201);
    expect((await api(test.url, '/api/join-code', { method: 'POST', body: { joinCode } })).body.sessionId).toBe(session.sessionId);

    // Over the WebSocket as a control command too.
    const again = await facilitator.client.request({ type: 'control', requestId: 'rot', control: { type: 'rotate-join-code' } }, (message) => message.requestId === 'rot');
    expect(again.type).toBe('control_accepted');
    const latest = (await api(test.url, path(session, 'state'), { credential: session.facilitatorKey })).body.joinCode;
    expect(latest).not.toBe(joinCode);
    for (const { client } of [display, facilitator, participant]) client.close();
  });
});
