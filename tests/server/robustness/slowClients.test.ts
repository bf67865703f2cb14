import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, control, createHarbourSession, HARBOUR_YAML, joinAs, startTestServer, TestClient, type CreatedSession, type TestServer } from '../serverHarness.ts';

let test: TestServer;
let session: CreatedSession;
const cleanups: (() => void)[] = [];
beforeEach(async () => {
  test = await startTestServer();
  session = await createHarbourSession(test.url);
  await control(test.url, session, { type: 'start' });
});
afterEach(async () => {
  while (cleanups.length > 0) cleanups.pop()?.();
  await test.close();
});

/** The TCP socket under a WebSocket client, to stop reading from it or write half a frame. */
function tcpOf(client: TestClient): Socket {
  return (client.socket as unknown as { _socket: Socket })._socket;
}

/** Resolves when the client has received an update with this seq (or a later one). */
function reaches(client: TestClient, seq: number, timeoutMs = 10_000): Promise<unknown> {
  return client.next((message) => (message.type === 'update' || message.type === 'welcome') && message.seq >= seq, { fromStart: true, timeoutMs });
}

/** A police note over HTTP; resolves with the seq it was stored at. */
async function note(token: string, text: string): Promise<number> {
  const answer = await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'note', text } });
  if (answer.status !== 201) throw new Error(`the note was refused: ${answer.text}`);
  return answer.body.seq as number;
}

const highestSeq = (client: TestClient) => Math.max(0, ...client.messages.filter((message) => typeof message.seq === 'number').map((message) => message.seq as number));

describe('a participant that stops reading', () => {
  it('does not hold up anyone else, and is dropped once it falls 8 MiB behind, to catch up after reconnecting', async () => {
    // A scenario with a long summary: every switch of the plan on paper sends each participant their scenario again, 1.5 MB.
    const summary = 'x'.repeat(1_500_000);
    const created = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario: HARBOUR_YAML.replace('summary: A short drill in the harbour.', `summary: ${summary}`) } });
    expect(created.status).toBe(201);
    session = created.body as CreatedSession;
    await control(test.url, session, { type: 'start' });
    const annaToken = await joinAs(test.url, session, 'wijkagent', 'Anna');
    const anna = await TestClient.join(test.wsUrl, session.sessionId, annaToken);
    const bram = await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent', 'Bram'));
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const others = [bram.client, display.client, facilitator.client];
    // Notes come from police officers over HTTP, each within their own rate limit.
    const writers = await Promise.all(['Carl', 'Dirk', 'Eva', 'Fenna', 'Gijs'].map((name) => joinAs(test.url, session, 'wijkagent', name)));

    tcpOf(anna.client).pause();
    const framesWhenPaused = anna.client.frames.length;
    const bramFramesWhenPaused = bram.client.frames.length;
    // While Anna reads nothing, everyone else gets each of twenty notes as it is stored.
    for (let n = 0; n < 20; n += 1) {
      const seq = await note(writers[0] as string, `small note ${n}`);
      await Promise.all(others.map((client) => reaches(client, seq)));
    }
    expect(anna.client.frames.length).toBe(framesWhenPaused);

    // Big updates pile up unread in Anna's connection until the server gives up on her.
    const annaId = anna.welcome.viewer.participantId;
    let dropped = false;
    const droppedNotice = facilitator.client.next(
      (message) => message.type === 'participants' && message.participants.some((person: any) => person.participantId === annaId && !person.online),
      { timeoutMs: 30_000 },
    );
    void droppedNotice.then(() => (dropped = true));
    let lastSeq = 0;
    for (let sent = 0; !dropped && sent < 40; sent += 1) {
      await control(test.url, session, { type: 'plan', visible: sent % 2 === 0 });
      // Messages keep their order on a connection: whoever has the note after a switch has the switch too.
      lastSeq = await note(writers[1 + (sent % 4)] as string, `note after switch ${sent}`);
      await Promise.all(others.map((client) => reaches(client, lastSeq)));
    }
    await droppedNotice;
    expect(anna.client.frames.length).toBe(framesWhenPaused);
    // Not dropped in haste: Bram, who sees what Anna sees, was sent more than 8 MiB meanwhile.
    const sentToBoth = bram.client.frames.slice(bramFramesWhenPaused).reduce((total, frame) => total + Buffer.byteLength(frame), 0);
    expect(sentToBoth).toBeGreaterThan(8 * 1024 * 1024);
    // The others got every note up to the last one, Anna's drop notwithstanding.
    for (const client of others) expect(highestSeq(client)).toBeGreaterThanOrEqual(lastSeq);

    // Reading again, Anna finds her connection closed; reconnecting with what she had, she gets the rest.
    tcpOf(anna.client).resume();
    await anna.client.closed;
    const had = highestSeq(anna.client);
    expect(had).toBeLessThan(lastSeq);
    const again = await TestClient.join(test.wsUrl, session.sessionId, annaToken, had);
    cleanups.push(() => again.client.close());
    expect(again.welcome.seq).toBe(lastSeq);
    expect(again.welcome.entries.map((entry: any) => entry.seq)).toEqual(Array.from({ length: lastSeq - had }, (_, n) => had + 1 + n));
    for (const client of others) client.close();
  }, 60_000);
});

describe('connections that stay silent', () => {
  it('serve everyone else while some never say hello and others stop halfway through an HTTP request or a WebSocket frame', async () => {
    const silent = await Promise.all(Array.from({ length: 30 }, () => TestClient.connect(test.wsUrl)));
    cleanups.push(() => silent.forEach((client) => client.socket.terminate()));
    const { port } = new URL(test.url);
    const halfRequests = [
      'POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"scenarioId": "harb',
      'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ',
    ].flatMap((start) => Array.from({ length: 10 }, () => start));
    const stalledHttp = await Promise.all(
      halfRequests.map(
        (start) =>
          new Promise<Socket>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => socket.write(start, () => resolve(socket)));
          }),
      ),
    );
    cleanups.push(() => stalledHttp.forEach((socket) => socket.destroy()));
    const halfFrames = await Promise.all(Array.from({ length: 5 }, () => TestClient.join(test.wsUrl, session.sessionId, session.displayKey)));
    cleanups.push(() => halfFrames.forEach(({ client }) => client.socket.terminate()));
    // A masked text frame announcing 100 bytes, of which only 10 ever come.
    for (const { client } of halfFrames) tcpOf(client).write(Buffer.from([0x81, 0xe4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]));

    // Meanwhile a participant joins and plays, and everyone who listens hears each move.
    const token = await joinAs(test.url, session, 'wijkagent', 'Anna');
    const anna = await TestClient.join(test.wsUrl, session.sessionId, token);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    for (let n = 0; n < 10; n += 1) {
      const clientId = `silent-${n}`;
      const ack = await anna.client.request({ type: 'action', clientId, action: { type: 'note', text: `note ${n}` } }, (message) => message.clientId === clientId);
      expect(ack.type).toBe('action_accepted');
      await Promise.all([display.client, facilitator.client].map((client) => reaches(client, ack.seq)));
    }
    expect((await api(test.url, '/api/health')).status).toBe(200);

    // All the while the silent ones were still connected, still waiting.
    for (const client of [...silent, ...halfFrames.map(({ client }) => client)]) expect(client.socket.readyState).toBe(client.socket.OPEN);
    expect(stalledHttp.every((socket) => !socket.destroyed)).toBe(true);
    for (const client of [anna.client, display.client, facilitator.client]) client.close();
  });
});
