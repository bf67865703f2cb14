import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { captureLog, type CapturedLog } from './capturedLog.ts';
import { FakeWall } from './fakeWall.ts';
import { api, createHarbourSession, startTestServer, type CreatedSession, type TestServer } from './serverHarness.ts';

let test: TestServer | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

async function serverWith(trustProxy: boolean): Promise<{ test: TestServer; captured: CapturedLog; session: CreatedSession }> {
  const captured = captureLog('info');
  test = await startTestServer({ wall: new FakeWall(), log: captured.log, trustProxy });
  return { test, captured, session: await createHarbourSession(test.url) };
}

/** A wrong join code looked up with this `X-Forwarded-For` header; the answer's status. */
async function wrongGuess(server: TestServer, forwardedFor: string): Promise<number> {
  return (await api(server.url, '/api/join-code', { method: 'POST', body: { joinCode: 'WRONG2' }, headers: { 'X-Forwarded-For': forwardedFor } })).status;
}

/** Opens a WebSocket with this `X-Forwarded-For` header and closes it again. */
async function connectVia(server: TestServer, forwardedFor: string): Promise<void> {
  const socket = new WebSocket(server.wsUrl, { headers: { 'X-Forwarded-For': forwardedFor } });
  await once(socket, 'open');
  socket.close();
  await once(socket, 'close');
}

const clientsOf = (captured: CapturedLog, msg: string) => captured.entries().filter((entry) => entry.msg === msg).map((entry) => entry.client);

describe("the client's address", () => {
  it('comes from the entry the proxy appended to X-Forwarded-For with --trust-proxy, for rate limits and the log', async () => {
    const { test: server, captured } = await serverWith(true);
    // The client claims an address of its own in front; only the last entry, the proxy's, counts.
    const guesses = [];
    for (let n = 0; n < 11; n += 1) guesses.push(await wrongGuess(server, `198.51.100.${n}, 203.0.113.7`));
    expect(guesses).toEqual(Array(11).fill(403));
    expect(await wrongGuess(server, '198.51.100.99, 203.0.113.7')).toBe(429);
    // Someone else behind the same proxy is not held up.
    expect(await wrongGuess(server, '203.0.113.8')).toBe(403);
    await connectVia(server, '203.0.113.9');
    await captured.waitFor((entry) => entry.msg === 'websocket closed');

    expect(new Set(clientsOf(captured, 'request').slice(1))).toEqual(new Set(['203.0.113.7', '203.0.113.8']));
    expect(clientsOf(captured, 'websocket connected')).toEqual(['203.0.113.9']);
    // No header, or a last entry that is not an address, leaves the connection's own address.
    expect(await wrongGuess(server, 'unknown')).toBe(403);
    expect(clientsOf(captured, 'request').at(-1)).toBe('127.0.0.1');
  });

  it('is the connection\'s own without --trust-proxy: X-Forwarded-For is ignored, so a client cannot dodge a rate limit with it', async () => {
    const { test: server, captured } = await serverWith(false);
    const guesses = [];
    for (let n = 0; n < 11; n += 1) guesses.push(await wrongGuess(server, `203.0.113.${n}`));
    expect(guesses).toEqual(Array(11).fill(403));
    expect(await wrongGuess(server, '203.0.113.200')).toBe(429);
    await connectVia(server, '203.0.113.9');
    await captured.waitFor((entry) => entry.msg === 'websocket closed');

    expect(new Set(clientsOf(captured, 'request'))).toEqual(new Set(['127.0.0.1']));
    expect(clientsOf(captured, 'websocket connected')).toEqual(['127.0.0.1']);
  });
});
