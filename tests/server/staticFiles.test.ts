import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from './serverHarness.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()?.close();
});

async function serverWithClient(): Promise<TestServer> {
  const client = tempDir('client');
  mkdirSync(join(client.path, 'assets'));
  writeFileSync(join(client.path, 'index.html'), '<!doctype html><title>Samenspel</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(client.path, 'assets', 'app.js'), 'console.log("hi")');
  writeFileSync(join(client.path, '.secret'), 'hidden');
  const server = await startTestServer({ clientDir: client.path });
  servers.push({ ...server, close: async () => (await server.close(), client.remove()) });
  return server;
}

/** A raw GET, so that paths reach the server exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the static client files', () => {
  it('serves a plain page saying the client is not built when there is no build', async () => {
    const server = await startTestServer();
    servers.push(server);
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('client is not built');
  });

  it('serves the built client with a strict CSP, nosniff and no framing', async () => {
    const server = await serverWithClient();
    const page = await fetch(`${server.url}/`);
    expect(await page.text()).toContain('<title>Samenspel</title>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${server.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('sends text files gzipped to a browser that accepts it, and as they are to one that does not', async () => {
    const server = await serverWithClient();
    const { port } = new URL(server.url);
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/assets/app.js', headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const compressed = await get('br, gzip, deflate');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(compressed.body).toString()).toBe('console.log("hi")');
    expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length);
    for (const refused of ['identity', 'gzip;q=0']) {
      const plain = await get(refused);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe('console.log("hi")');
    }
  });

  it('answers the client routes with index.html and unknown files with 404', async () => {
    const server = await serverWithClient();
    const route = await fetch(`${server.url}/session/abc/display`);
    expect(await route.text()).toContain('<title>Samenspel</title>');
    expect((await fetch(`${server.url}/missing.png`)).status).toBe(404);
  });

  it('never serves a file outside the client folder or a hidden one', async () => {
    const server = await serverWithClient();
    expect((await rawGet(server.url, '/../../../etc/passwd')).body).not.toContain('root:');
    expect((await rawGet(server.url, '/%2e%2e/%2e%2e/etc/passwd')).body).not.toContain('root:');
    expect((await rawGet(server.url, '/.secret')).status).toBe(404);
    expect((await rawGet(server.url, '/%00')).status).toBe(404);
  });

  it('refuses to write to static paths', async () => {
    const server = await serverWithClient();
    expect((await fetch(`${server.url}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
