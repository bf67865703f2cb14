import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { captureLog } from './capturedLog.ts';
import { api, startTestServer, type TestServer } from './serverHarness.ts';

let test: TestServer | undefined;
const held: { destroy(): void }[] = [];
afterEach(async () => {
  held.splice(0).forEach((socket) => socket.destroy());
  await test?.close();
  test = undefined;
});

/** A TCP connection to the server that sends nothing: a half-open request. */
function openSocket(url: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
    held.push(socket);
  });
}

/** What the server sends on a fresh connection before it closes it, after a request for /api/health. */
function firstAnswer(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

/** The HTTP status that answered a WebSocket upgrade, or 101 when it opened. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    held.push({ destroy: () => socket.terminate() });
    socket.once('open', () => resolve(101));
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

describe('the cap on connections per client address', () => {
  it('answers a connection beyond the cap 429 and closes it, logs the refusal, and takes new ones once one is closed', async () => {
    const captured = captureLog();
    test = await startTestServer({ maxConnectionsPerAddress: 3, log: captured.log });
    const sockets = [await openSocket(test.url), await openSocket(test.url), await openSocket(test.url)];
    const refused = await firstAnswer(test.url);
    expect(refused).toMatch(/^HTTP\/1\.1 429 Too Many Requests/);
    expect(refused).toContain('"code":"too-many-connections"');
    expect(await upgradeStatus(test.wsUrl)).toBe(429);
    expect((await captured.waitFor((entry) => entry.msg === 'connection refused: too many from this address')).client).toBe('127.0.0.1');

    sockets[0]?.destroy();
    // The server sees the close on its own time: ask again until it has (each attempt waits for its answer).
    let answer = refused;
    for (let attempt = 0; attempt < 50 && answer.startsWith('HTTP/1.1 429'); attempt += 1) answer = await firstAnswer(test.url);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('behind a trusted proxy counts each client address of X-Forwarded-For, its WebSockets and requests, not the proxy\'s sockets', async () => {
    test = await startTestServer({ maxConnectionsPerAddress: 2, trustProxy: true });
    const phone = { 'X-Forwarded-For': '192.0.2.5' };
    expect(await upgradeStatus(test.wsUrl, phone)).toBe(101);
    expect(await upgradeStatus(test.wsUrl, phone)).toBe(101);
    expect(await upgradeStatus(test.wsUrl, phone)).toBe(429);
    const refused = await api(test.url, '/api/health', { headers: phone });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too-many-connections');
    // Another phone behind the same proxy is not held back.
    expect((await api(test.url, '/api/health', { headers: { 'X-Forwarded-For': '192.0.2.6' } })).status).toBe(200);
    expect(await upgradeStatus(test.wsUrl, { 'X-Forwarded-For': '192.0.2.6' })).toBe(101);
  });
});
