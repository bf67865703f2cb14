import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyProjectionPatch } from '../../src/engine/index.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('the WebSocket protocol', () => {
  it('answers a hello with the viewer, its projection and the seq', async () => {
    const session = await createHarbourSession(test.url);
    const token = await joinAs(test.url, session, 'wijkagent', 'Anna');
    const { client, welcome } = await TestClient.join(test.wsUrl, session.sessionId, token);
    expect(welcome).toMatchObject({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      sessionId: session.sessionId,
      viewer: { kind: 'participant', role: 'wijkagent', agency: 'politie', name: 'Anna' },
      seq: 0,
      clock: { status: 'ready', at: 0, speed: 1, duration: 1800 },
      entries: [],
    });
    expect(welcome.projection).toMatchObject({ viewer: 'participant', role: 'wijkagent', timeline: [] });
    client.close();
  });

  it('shows participants the plan on paper only while the facilitator has it switched on', async () => {
    const session = await createHarbourSession(test.url);
    const police = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent'));
    expect(police.welcome.projection.planVisible).toBe(false);
    expect(JSON.stringify(police.welcome.projection.scenario)).not.toMatch(/"lead"|"holders"/);

    const shown = police.client.next((message) => message.type === 'update' && message.fields.planVisible === true);
    await control(test.url, session, { type: 'plan', visible: true });
    expect((await shown).scenario.tasks).toEqual([{ id: 'afzetten', name: 'Cordon off the quay', lead: 'politie' }]);
    const facilitatorState = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(facilitatorState.body.projection.planVisible).toBe(true);

    const hidden = police.client.next((message) => message.type === 'update' && message.fields.planVisible === false);
    await control(test.url, session, { type: 'plan', visible: false });
    expect(JSON.stringify((await hidden).scenario)).not.toMatch(/"lead"|"holders"/);
    const refused = await api(test.url, `/api/sessions/${session.sessionId}/control`, { method: 'POST', body: { type: 'plan', visible: 'yes' }, credential: session.facilitatorKey });
    expect(refused.status).toBe(400);
    police.client.close();
  });

  it('tells the facilitator who joined and who is connected, and nobody else', async () => {
    const session = await createHarbourSession(test.url);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    expect(facilitator.welcome.participants).toEqual([]);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);

    const joined = facilitator.client.next((message) => message.type === 'participants' && message.participants.length === 1);
    const token = await joinAs(test.url, session, 'wijkagent', 'Anna');
    expect((await joined).participants).toEqual([{ participantId: expect.any(String), name: 'Anna', role: 'wijkagent', agency: 'politie', online: false }]);

    const online = facilitator.client.next((message) => message.type === 'participants' && message.participants[0]?.online === true);
    const anna = await TestClient.join(test.wsUrl, session.sessionId, token);
    await online;
    expect(anna.welcome.participants).toBeUndefined();

    const offline = facilitator.client.next((message) => message.type === 'participants' && message.participants[0]?.online === false);
    anna.client.close();
    await offline;
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.participants).toEqual([expect.objectContaining({ name: 'Anna', online: false })]);
    expect(display.client.frames.join('\n')).not.toContain('Anna');
    for (const { client } of [facilitator, display]) client.close();
  });

  it('sends every viewer an update as play moves, each with only what it may see', async () => {
    const session = await createHarbourSession(test.url);
    const policeToken = await joinAs(test.url, session, 'wijkagent');
    const mayorToken = await joinAs(test.url, session, 'burgemeester');
    const police = await TestClient.join(test.wsUrl, session.sessionId, policeToken);
    const mayor = await TestClient.join(test.wsUrl, session.sessionId, mayorToken);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);

    const policeUpdate = police.client.next((message) => message.type === 'update' && message.seq === 1);
    await control(test.url, session, { type: 'start' });
    expect(await policeUpdate).toMatchObject({ entries: [{ seq: 1, at: 0, type: 'released', inject: 'i1' }], clock: { status: 'running' } });

    // Advancing to 1m30s releases i2 (seq 2); firing e1 is seq 3 and its release seq 4.
    const mayorSees = mayor.client.next((message) => message.type === 'update' && message.seq === 4);
    const policeSees = police.client.next((message) => message.type === 'update' && message.seq === 4);
    const displaySees = display.client.next((message) => message.type === 'update' && message.seq === 4);
    await control(test.url, session, { type: 'advance', by: '1m30s' });
    await control(test.url, session, { type: 'fire', event: 'e1' });
    // Changes that come close together may arrive as one update: each ends with what happened last.
    expect((await mayorSees).entries.at(-1)).toEqual({ seq: 4, at: 90, type: 'released', inject: 'e1' });
    expect((await mayorSees).releases.at(-1).release.id).toBe('e1');
    expect((await policeSees).entries.map((entry: any) => entry.inject)).toEqual(['e1']);
    // The display sees the releases but not the facilitator's own fire input.
    expect((await displaySees).entries.every((entry: any) => entry.type === 'released')).toBe(true);
    const facilitatorView = await facilitator.client.next((message) => message.type === 'update' && message.seq === 4, { fromStart: true });
    expect(facilitatorView.entries.slice(-2).map((entry: any) => entry.type)).toEqual(['fire', 'released']);

    // Each welcome's projection, patched with every update since, is the projection the server holds now.
    const viewers = [
      { viewer: police, credential: policeToken, releases: ['i1', 'e1'] },
      { viewer: mayor, credential: mayorToken, releases: ['i1', 'i2', 'e1'] },
      { viewer: display, credential: session.displayKey, releases: ['i1', 'i2', 'e1'] },
      { viewer: facilitator, credential: session.facilitatorKey, releases: ['i1', 'i2', 'e1'] },
    ];
    for (const { viewer, credential, releases } of viewers) {
      const updates = viewer.client.messages.filter((message) => message.type === 'update');
      const patched = updates.reduce((projection, update) => applyProjectionPatch(projection, update), viewer.welcome.projection);
      const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential });
      expect(patched).toEqual(state.body.projection);
      expect(patched.releases.map((view: any) => view.release.id)).toEqual(releases);
    }
    for (const { client } of [police, mayor, display, facilitator]) client.close();
  });

  it('sends nothing to a viewer who may see nothing of a change, and clock changes to everyone', async () => {
    const session = await createHarbourSession(test.url);
    await control(test.url, session, { type: 'start' });
    const police = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent'));
    const mayor = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'burgemeester'));
    await police.client.request({ type: 'action', clientId: 'n1', action: { type: 'note', text: 'police only' } }, (message) => message.clientId === 'n1');
    const paused = mayor.client.next((message) => message.type === 'update');
    await control(test.url, session, { type: 'pause' });
    // The first update the mayor gets is the pause: the police note never reached them.
    expect(await paused).toMatchObject({ seq: 2, entries: [], clock: { status: 'paused' } });
    expect(mayor.client.frames.join('')).not.toContain('police only');
    police.client.close();
    mayor.client.close();
  });

  it('tells everyone about a speed change with a bare clock message', async () => {
    const session = await createHarbourSession(test.url);
    await control(test.url, session, { type: 'start' });
    const mayor = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'burgemeester'));
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const mayorHears = mayor.client.next((message) => message.type === 'clock');
    const displayHears = display.client.next((message) => message.type === 'clock');
    await control(test.url, session, { type: 'speed', factor: 2 });
    expect(await mayorHears).toMatchObject({ type: 'clock', clock: { status: 'running', speed: 2 } });
    expect((await displayHears).clock.speed).toBe(2);
    mayor.client.close();
    display.client.close();
  });

  it('takes a participant action, acknowledges it once stored and shows it to the agency', async () => {
    const session = await createHarbourSession(test.url);
    await control(test.url, session, { type: 'start' });
    const anna = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent', 'Anna'));
    const bram = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent', 'Bram'));
    const bramSees = bram.client.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.type === 'claim'));
    const ack = await anna.client.request(
      { type: 'action', clientId: 'anna-1', action: { type: 'claim', task: 'afzetten' } },
      (message) => message.type === 'action_accepted' || message.type === 'action_refused',
    );
    expect(ack).toEqual({ type: 'action_accepted', clientId: 'anna-1', seq: 2, at: 0 });
    expect((await bramSees).entries).toEqual([{ seq: 2, at: 0, type: 'claim', by: 'wijkagent', task: 'afzetten', as: 'lead' }]);
    // Updates are encoded once for all who get them, and still go out as text.
    expect([anna.client.binaryFrames, bram.client.binaryFrames]).toEqual([0, 0]);
    anna.client.close();
    bram.client.close();
  });

  it('stores a resent action once: the retry gets the first answer', async () => {
    const session = await createHarbourSession(test.url);
    await control(test.url, session, { type: 'start' });
    const token = await joinAs(test.url, session, 'wijkagent');
    const first = await TestClient.join(test.wsUrl, session.sessionId, token);
    const message = { type: 'action', clientId: 'note-42', action: { type: 'note', text: 'cordon in place' } };
    const ack = await first.client.request(message, (answer) => answer.type === 'action_accepted');
    first.client.close();
    // The connection dropped before the client saw the ack; it resends on a new one.
    const second = await TestClient.join(test.wsUrl, session.sessionId, token);
    const retry = await second.client.request(message, (answer) => answer.type === 'action_accepted');
    expect(retry).toEqual(ack);
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.projection.timeline.filter((entry: any) => entry.type === 'note')).toHaveLength(1);
    second.client.close();
  });

  it('sends a reconnecting client only the entries after the seq it had, with a fresh projection', async () => {
    const session = await createHarbourSession(test.url);
    const token = await joinAs(test.url, session, 'burgemeester');
    await control(test.url, session, { type: 'start' });
    const first = await TestClient.join(test.wsUrl, session.sessionId, token);
    expect(first.welcome.seq).toBe(1);
    first.client.close();
    await first.client.closed;
    await control(test.url, session, { type: 'advance', by: '5m' });
    const again = await TestClient.join(test.wsUrl, session.sessionId, token, first.welcome.seq);
    // i3 (seq 3) is for the police only: the mayor misses nothing of it.
    expect(again.welcome.seq).toBe(3);
    expect(again.welcome.entries).toEqual([{ seq: 2, at: 60, type: 'released', inject: 'i2' }]);
    expect(again.welcome.projection.releases.map((view: any) => view.release.id)).toEqual(['i1', 'i2']);
    again.client.close();
  });

  it('lets the facilitator control the exercise over the socket', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const started = await client.request({ type: 'control', requestId: 'r1', control: { type: 'start' } }, (message) => message.requestId === 'r1');
    expect(started).toMatchObject({ type: 'control_accepted', requestId: 'r1', clock: { status: 'running' } });
    const again = await client.request({ type: 'control', requestId: 'r2', control: { type: 'start' } }, (message) => message.requestId === 'r2');
    expect(again).toMatchObject({ type: 'control_refused', requestId: 'r2', code: 'already-started' });
    const fast = await client.request({ type: 'control', requestId: 'r3', control: { type: 'speed', factor: 500 } }, (message) => message.requestId === 'r3' || message.type === 'error');
    expect(fast).toMatchObject({ type: 'error', code: 'bad-message' });
    client.close();
  });

  it('answers a ping with a pong', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    expect(await client.request({ type: 'ping', nonce: 'n1' }, (message) => message.type === 'pong')).toEqual({ type: 'pong', nonce: 'n1' });
    client.close();
  });
});

describe('refusals over the WebSocket', () => {
  it('refuses malformed JSON, unknown types and wrong field types with a code, and keeps the connection', async () => {
    const session = await createHarbourSession(test.url);
    const client = await TestClient.connect(test.wsUrl);
    expect(await client.request('{not json', (message) => message.type === 'error')).toMatchObject({ code: 'bad-json' });
    expect(await client.request({ type: 'launch' }, (message) => message.type === 'error')).toMatchObject({ code: 'unknown-type' });
    expect(await client.request([1, 2], (message) => message.type === 'error')).toMatchObject({ code: 'unknown-type' });
    expect(await client.request({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: 7, credential: 'x' }, (message) => message.type === 'error')).toMatchObject({ code: 'bad-message' });
    expect(await client.request({ type: 'ping', extra: true }, (message) => message.type === 'error')).toMatchObject({ code: 'bad-message' });
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next((message) => message.type === 'error')).toMatchObject({ code: 'bad-message' });
    const welcome = await client.request({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: session.displayKey }, (message) => message.type === 'welcome');
    expect(welcome.viewer).toEqual({ kind: 'display' });
    client.close();
  });

  it('asks for a hello before anything else', async () => {
    const client = await TestClient.connect(test.wsUrl);
    const refused = await client.request({ type: 'action', clientId: 'a', action: { type: 'note', text: 'hi' } }, (message) => message.type === 'action_refused');
    expect(refused).toMatchObject({ code: 'hello-first' });
    client.close();
  });

  it('tells a client that is too old or too new, and closes it', async () => {
    const session = await createHarbourSession(test.url);
    const old = await TestClient.connect(test.wsUrl);
    old.send({ type: 'hello', protocolVersion: 0, sessionId: session.sessionId, credential: session.displayKey });
    expect(await old.next((message) => message.type === 'error')).toMatchObject({ code: 'client-too-old', protocolVersion: PROTOCOL_VERSION });
    expect((await old.closed).code).toBe(4001);
    const future = await TestClient.connect(test.wsUrl);
    future.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1, sessionId: session.sessionId, credential: session.displayKey, newField: 1 });
    expect(await future.next((message) => message.type === 'error')).toMatchObject({ code: 'client-too-new' });
    expect((await future.closed).code).toBe(4001);
  });

  it('refuses a wrong credential and an unknown session, and closes', async () => {
    const session = await createHarbourSession(test.url);
    const wrong = await TestClient.connect(test.wsUrl);
    wrong.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: 'guess' });
    expect(await wrong.next((message) => message.type === 'error')).toMatchObject({ code: 'wrong-credential' });
    expect((await wrong.closed).code).toBe(4003);
    const unknown = await TestClient.connect(test.wsUrl);
    unknown.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: 'nope', credential: session.facilitatorKey });
    expect(await unknown.next((message) => message.type === 'error')).toMatchObject({ code: 'session-not-found' });
    expect((await unknown.closed).code).toBe(4004);
  });

  it('refuses control from participants and the display, and actions from the display and facilitator', async () => {
    const session = await createHarbourSession(test.url);
    const participant = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent'));
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const start = { type: 'control', requestId: 'x', control: { type: 'start' } };
    expect(await participant.client.request(start, (message) => message.type === 'control_refused')).toMatchObject({ code: 'forbidden' });
    expect(await display.client.request(start, (message) => message.type === 'control_refused')).toMatchObject({ code: 'forbidden' });
    const note = { type: 'action', clientId: 'y', action: { type: 'note', text: 'hi' } };
    expect(await display.client.request(note, (message) => message.type === 'action_refused')).toMatchObject({ code: 'forbidden' });
    expect(await facilitator.client.request(note, (message) => message.type === 'action_refused')).toMatchObject({ code: 'forbidden' });
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.clock.status).toBe('ready');
    for (const { client } of [participant, display, facilitator]) client.close();
  });

  it('refuses an action for another role, an unknown task and an action before play, storing none', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent'));
    const early = await client.request({ type: 'action', clientId: 'a1', action: { type: 'note', text: 'too early' } }, (message) => message.clientId === 'a1');
    expect(early).toMatchObject({ type: 'action_refused', code: 'not-started' });
    await control(test.url, session, { type: 'start' });
    const asMayor = await client.request({ type: 'action', clientId: 'a2', action: { type: 'exercise', by: 'burgemeester', authority: 'sluiten' } }, (message) => message.clientId === 'a2');
    expect(asMayor).toMatchObject({ type: 'action_refused', code: 'wrong-role' });
    const unknownTask = await client.request({ type: 'action', clientId: 'a3', action: { type: 'claim', task: 'vliegen' } }, (message) => message.clientId === 'a3');
    expect(unknownTask).toMatchObject({ type: 'action_refused', code: 'unknown-task' });
    const badShape = await client.request({ type: 'action', clientId: 'a4', action: { type: 'claim', task: 3 } }, (message) => message.clientId === 'a4');
    expect(badShape).toMatchObject({ type: 'action_refused', code: 'bad-message' });
    const notVisible = await client.request({ type: 'action', clientId: 'a5', action: { type: 'decide', decision: 'i2', option: 'close' } }, (message) => message.clientId === 'a5');
    expect(notVisible.type).toBe('action_refused');
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.projection.timeline).toEqual([{ seq: 1, at: 0, type: 'released', inject: 'i1' }]);
    client.close();
  });

  it('drops a flood of messages with a rate-limit error and cuts off a client that keeps flooding', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const limited = client.next((message) => message.type === 'error' && message.code === 'rate-limited');
    for (let i = 0; i < 300; i += 1) client.send({ type: 'ping' });
    await limited;
    expect(client.messages.filter((message) => message.type === 'pong').length).toBeLessThan(60);
    expect((await client.closed).code).toBe(4029);
  });

  it('closes a connection whose message is larger than 64 KiB', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    client.send({ type: 'ping', nonce: 'x'.repeat(70 * 1024) });
    expect((await client.closed).code).toBe(1009);
  });

  it('survives a client that vanishes in the middle of a message', async () => {
    const session = await createHarbourSession(test.url);
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    // Half a frame: a text frame header announcing 100 bytes, then only 10, then the socket dies.
    const raw = (client.socket as any)._socket;
    raw.write(Buffer.from([0x81, 0xfe, 0x00, 0x64, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    raw.destroy();
    const health = await api(test.url, '/api/health');
    expect(health.status).toBe(200);
    const other = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    expect(other.welcome.type).toBe('welcome');
    other.client.close();
  });
});

describe('a connection that goes quiet', () => {
  // Short timers on a server of their own, so that a busy machine cannot trip the other tests.
  let quick: TestServer;
  beforeAll(async () => {
    quick = await startTestServer({ heartbeatMs: 100, helloTimeoutMs: 300 });
  });
  afterAll(async () => {
    await quick.close();
  });

  it('closes a connection that never says hello', async () => {
    const client = await TestClient.connect(quick.wsUrl);
    expect((await client.closed).code).toBe(4008);
  });

  it('drops a connection that stops answering heartbeats', async () => {
    const session = await createHarbourSession(quick.url);
    const socket = new WebSocket(quick.wsUrl, { autoPong: false });
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    const welcomed = new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: session.displayKey }));
    expect(JSON.parse(String(await welcomed)).type).toBe('welcome');
    const code = await closed;
    // Terminated without a close frame: the client sees an abnormal closure.
    expect(code).toBe(1006);
  });
});

describe('a busy session', () => {
  // A server of its own: these create sessions of their own, and the others' already use most of an address's burst of new exercises.
  let busy: TestServer;
  beforeAll(async () => {
    busy = await startTestServer();
  });
  afterAll(async () => {
    await busy.close();
  });

  it('tells the facilitator of many participants connecting at once in a few lists, not one per connection', async () => {
    const session = await createHarbourSession(busy.url);
    const tokens = await Promise.all(Array.from({ length: 12 }, (_, i) => joinAs(busy.url, session, 'wijkagent', `Agent ${i + 1}`)));
    const facilitator = await TestClient.join(busy.wsUrl, session.sessionId, session.facilitatorKey);
    const allOnline = facilitator.client.next((message) => message.type === 'participants' && message.participants.every((participant: { online: boolean }) => participant.online));
    const agents = await Promise.all(tokens.map((token) => TestClient.join(busy.wsUrl, session.sessionId, token)));
    expect((await allOnline).participants).toHaveLength(12);
    const lists = facilitator.client.frames.filter((frame) => frame.includes('"type":"participants"'));
    expect(lists.length).toBeLessThan(12);
    for (const { client } of [facilitator, ...agents]) client.close();
  });

  it('sends a burst of actions to the agency in fewer updates, each entry once, the other agency nothing, and a newcomer no entry twice', async () => {
    const session = await createHarbourSession(busy.url);
    await control(busy.url, session, { type: 'start' });
    const police = await TestClient.join(busy.wsUrl, session.sessionId, await joinAs(busy.url, session, 'wijkagent'));
    const colleague = await TestClient.join(busy.wsUrl, session.sessionId, await joinAs(busy.url, session, 'wijkagent'));
    const mayor = await TestClient.join(busy.wsUrl, session.sessionId, await joinAs(busy.url, session, 'burgemeester'));
    const notes = Array.from({ length: 8 }, (_, i) => `burst note ${i + 1}`);
    const answers = notes.map((text, i) => police.client.request({ type: 'action', clientId: `b${i}`, action: { type: 'note', text } }, (message) => message.clientId === `b${i}`));
    // Someone joining while the burst is on its way gets play so far in the welcome, and only what follows in updates.
    const latecomer = await TestClient.join(busy.wsUrl, session.sessionId, await joinAs(busy.url, session, 'wijkagent'));
    await Promise.all(answers);
    const allSeen = colleague.client.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.text === notes.at(-1)), { fromStart: true });
    const latecomerUpToDate = latecomer.client.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.text === notes.at(-1)), { fromStart: true });
    await allSeen;
    const burstNotes = (messages: any[]) => messages.filter((message) => message.type === 'update').flatMap((update) => update.entries.map((entry: any) => entry.text));
    expect(burstNotes(colleague.client.messages)).toEqual(notes);
    expect(colleague.client.messages.filter((message) => message.type === 'update').length).toBeLessThan(notes.length);
    const welcomed = latecomer.welcome.projection.timeline.map((entry: any) => entry.text).filter(Boolean);
    if (!welcomed.includes(notes.at(-1))) await latecomerUpToDate;
    expect([...welcomed, ...burstNotes(latecomer.client.messages)]).toEqual(notes);
    expect(mayor.client.frames.join('')).not.toContain('burst note');
    for (const { client } of [police, colleague, mayor, latecomer]) client.close();
  });
});
