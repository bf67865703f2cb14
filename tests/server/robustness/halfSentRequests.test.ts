import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestServer, type TestServer } from '../serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer({ headersTimeoutMs: 300 });
});
afterAll(() => test.close());

/** Opens a connection, sends the start of a request and never the end of its headers; resolves with what the server sent before it closed. */
function halfSend(url: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write('GET /api/scenarios HTTP/1.1\r\nHost: samenspel\r\nX-Slow: ');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      resolve({ socket, closed: new Promise((done) => socket.on('close', () => done(received))) });
    });
    socket.on('error', reject);
  });
}

describe('requests whose headers never finish', () => {
  it('are answered 408 and closed once the header timeout has passed, while the server keeps answering others', async () => {
    const halves = await Promise.all(Array.from({ length: 20 }, () => halfSend(test.url)));
    const started = Date.now();
    const answers = await Promise.all(halves.map((half) => half.closed));
    // Checked once a second at the most, so each closes within the limit and one check.
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect((await api(test.url, '/api/scenarios')).status).toBe(200);
  });
});
