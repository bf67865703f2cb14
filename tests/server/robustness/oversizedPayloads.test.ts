import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../src/shared/protocol.ts';
import { api, control, createHarbourSession, joinAs, startTestServer, TestClient, type CreatedSession, type TestServer } from '../serverHarness.ts';

let test: TestServer;
let session: CreatedSession;
let token: string;
beforeAll(async () => {
  test = await startTestServer();
  session = await createHarbourSession(test.url);
  token = await joinAs(test.url, session, 'wijkagent');
  await control(test.url, session, { type: 'start' });
});
afterAll(async () => {
  await test.close();
});

const SCENARIO_BODY_LIMIT = 5 * 1024 * 1024;
// The debrief notes may be longer than one message: the server reads four times as much.
const NOTES_BODY_LIMIT = 4 * MAX_MESSAGE_BYTES;

interface Endpoint {
  name: string;
  method: string;
  path: () => string;
  credential?: () => string;
  limit: number;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'create a session', method: 'POST', path: () => '/api/sessions', limit: SCENARIO_BODY_LIMIT },
  { name: 'look up a join code', method: 'POST', path: () => '/api/join-code', limit: MAX_MESSAGE_BYTES },
  { name: 'join', method: 'POST', path: () => `/api/sessions/${session.sessionId}/join`, limit: MAX_MESSAGE_BYTES },
  { name: 'control', method: 'POST', path: () => `/api/sessions/${session.sessionId}/control`, credential: () => session.facilitatorKey, limit: MAX_MESSAGE_BYTES },
  { name: 'act', method: 'POST', path: () => `/api/sessions/${session.sessionId}/actions`, credential: () => token, limit: MAX_MESSAGE_BYTES },
  { name: 'save notes', method: 'PUT', path: () => `/api/sessions/${session.sessionId}/notes`, credential: () => session.facilitatorKey, limit: NOTES_BODY_LIMIT },
];

/** A JSON object of exactly `size` bytes that no endpoint accepts. */
function junkOfSize(size: number): string {
  return `{"zz":"${'x'.repeat(size - 9)}"}`;
}

/**
 * Sends a body either with its length announced up front or streamed in chunks without a
 * length. A body over the limit is never finished: the server must refuse it from the announced
 * length alone, or as soon as it has read one byte too many, so nothing it did not read is left
 * on the connection when it closes.
 */
function upload(endpoint: Endpoint, body: string, framing: 'announced' | 'streamed'): Promise<{ status: number; code: string }> {
  const { port } = new URL(test.url);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (endpoint.credential) headers.Authorization = `Bearer ${endpoint.credential()}`;
  if (framing === 'announced') headers['Content-Length'] = String(Buffer.byteLength(body));
  const overLimit = Buffer.byteLength(body) > endpoint.limit;
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method: endpoint.method, path: endpoint.path(), headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, code: JSON.parse(text).error?.code }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    if (framing === 'announced' && overLimit) return void req.flushHeaders();
    const chunkSize = 16 * 1024;
    let offset = 0;
    const writeMore = () => {
      while (!answered && offset < body.length) {
        const chunk = body.slice(offset, (offset += chunkSize));
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      if (!overLimit) req.end();
    };
    writeMore();
  });
}

describe('oversized HTTP bodies', () => {
  for (const endpoint of ENDPOINTS) {
    it(`refuses a body one byte over the limit with 413 to "${endpoint.name}", from its announced length or while streaming it, and reads one at the limit`, async () => {
      for (const framing of ['announced', 'streamed'] as const) {
        expect(await upload(endpoint, junkOfSize(endpoint.limit + 1), framing)).toEqual({ status: 413, code: 'body-too-large' });
      }
      // At the limit the body is read and judged on its content instead.
      const atLimit = await upload(endpoint, junkOfSize(endpoint.limit), 'announced');
      expect(atLimit.status).not.toBe(413);
      expect(atLimit.status).toBeGreaterThanOrEqual(400);
      expect(atLimit.status).toBeLessThan(500);
      expect((await api(test.url, '/api/health')).status).toBe(200);
    });
  }
});

describe('oversized WebSocket messages', () => {
  it('answers a message of exactly 64 KiB and closes with 1009 on one byte more, before or after hello', async () => {
    const exact = await TestClient.connect(test.wsUrl);
    const atLimit = `{"type":"ping","nonce":"${'x'.repeat(MAX_MESSAGE_BYTES - 26)}"}`;
    expect(Buffer.byteLength(atLimit)).toBe(MAX_MESSAGE_BYTES);
    expect(await exact.request(atLimit, (message) => message.type === 'error')).toMatchObject({ code: 'bad-message' });
    expect(await exact.request({ type: 'ping', nonce: 'alive' }, (message) => message.type === 'pong')).toEqual({ type: 'pong', nonce: 'alive' });
    exact.send(`${atLimit} `);
    expect((await exact.closed).code).toBe(1009);

    const joined = await TestClient.join(test.wsUrl, session.sessionId, token);
    joined.client.send(`${atLimit} `);
    expect((await joined.client.closed).code).toBe(1009);
  });

  it('closes with 1009 on a message sent in fragments that are small one by one but too large together', async () => {
    const { client } = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const fragment = 'x'.repeat(MAX_MESSAGE_BYTES / 2);
    client.socket.send(`{"type":"ping","nonce":"${fragment}`, { fin: false });
    client.socket.send(fragment, { fin: false });
    client.socket.send('"}', { fin: true });
    expect((await client.closed).code).toBe(1009);
  });

  it('keeps serving the others while oversized messages are refused', async () => {
    const watcher = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const tooBig = await Promise.all(Array.from({ length: 5 }, () => TestClient.join(test.wsUrl, session.sessionId, token)));
    const seen = watcher.client.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.text === 'after the flood'));
    for (const { client } of tooBig) client.send({ type: 'action', clientId: 'big', action: { type: 'note', text: 'x'.repeat(MAX_MESSAGE_BYTES) } });
    for (const { client } of tooBig) expect((await client.closed).code).toBe(1009);
    const note = await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: token, body: { type: 'note', text: 'after the flood' } });
    expect(note.status).toBe(201);
    await seen;
    // None of the oversized notes was stored.
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.projection.timeline.filter((entry: any) => entry.type === 'note').map((entry: any) => entry.text)).toEqual(['after the flood']);
    watcher.client.close();
  });
});
