import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as plainRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION } from '../src/shared/protocol.ts';
import { startExerciseServer, type ExerciseServer } from './support/exerciseServer.ts';
import { httpsCall, type HttpsAnswer } from './support/httpsCall.ts';
import { SAMPLE_HOSTNAME, startNginx, type RunningNginx } from './support/nginx.ts';
import { selfSignedCertificate, type Certificate } from './support/selfSignedCertificate.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// No browser: deploy/nginx-samenspel.conf in a real nginx with TLS in front of a real
// `samenspel serve --trust-proxy`. The client calls from 127.0.0.2, nginx reaches the server from
// 127.0.0.1, so the address the server logs tells whether it took the forwarded one.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_ADDRESS = '127.0.0.2';

let dir: string;
let certificate: Certificate;
let server: ExerciseServer;
let nginx: RunningNginx;
const session = { id: '', facilitatorKey: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samenspel-nginx-'));
  certificate = selfSignedCertificate(dir, SAMPLE_HOSTNAME);
  server = await startExerciseServer(ROOT, join(dir, 'data'), { args: ['--trust-proxy'] });
  nginx = await startNginx(ROOT, dir, Number(new URL(server.url).port), certificate);
});

afterAll(async () => {
  await nginx?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

skipStepsAfterAFailure();

/** One HTTPS request to nginx from the client's address. */
function httpsFromClient(method: string, path: string, body?: unknown): Promise<HttpsAnswer> {
  return httpsCall(nginx, certificate, { method, path, body, localAddress: CLIENT_ADDRESS });
}

/** The server's log entries with this message. */
function logged(msg: string): Record<string, unknown>[] {
  return server.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === msg);
}

describe('Samenspel behind the sample nginx configuration', () => {
  it('answers the API over HTTPS, with the certificate nginx was given', async () => {
    const health = await httpsFromClient('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', protocolVersion: PROTOCOL_VERSION });
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000');

    const created = await httpsFromClient('POST', '/api/sessions', { scenarioId: 'kempenhoeve' });
    expect(created.status).toBe(201);
    const body = JSON.parse(created.body) as { sessionId: string; facilitatorKey: string };
    Object.assign(session, { id: body.sessionId, facilitatorKey: body.facilitatorKey });
  });

  it('sends plain HTTP to HTTPS', async () => {
    const answer = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const req = plainRequest({ host: '127.0.0.1', port: nginx.httpPort, path: '/join/ABC123', headers: { Host: SAMPLE_HOSTNAME } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer).toEqual({ status: 301, location: `https://${SAMPLE_HOSTNAME}/join/ABC123` });
  });

  it('upgrades the WebSocket through nginx, and the exercise answers on it', async () => {
    // The certificate names 127.0.0.1 too, which is what the WebSocket client checks it against.
    const socket = new WebSocket(`wss://127.0.0.1:${nginx.httpsPort}/ws`, { ca: certificate.pem, localAddress: CLIENT_ADDRESS, headers: { Host: SAMPLE_HOSTNAME } });
    await once(socket, 'open');
    const welcome = new Promise<Record<string, unknown>>((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));
    socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.id, credential: session.facilitatorKey }));
    expect(await welcome).toMatchObject({ type: 'welcome', sessionId: session.id });
    socket.close();
    await once(socket, 'close');
  });

  it("logs the client's own address, which only nginx's X-Forwarded-For told the server", () => {
    expect(logged('request')).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/sessions', status: 201, client: CLIENT_ADDRESS }));
    expect(logged('websocket connected')).toEqual([expect.objectContaining({ client: CLIENT_ADDRESS })]);
    expect(logged('listening on ' + server.url)).toEqual([expect.objectContaining({ trustProxy: true })]);
  });
});
