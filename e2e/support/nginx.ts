import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import type { Certificate } from './selfSignedCertificate.ts';

/** Debian's nginx, or NGINX_PATH. */
export function nginxPath(): string {
  const path = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (!existsSync(path)) throw new Error(`the test behind nginx needs nginx at ${path}: apt-get install -y nginx, or set NGINX_PATH`);
  return path;
}

/** The hostname the sample configuration serves. */
export const SAMPLE_HOSTNAME = 'samenspel.example.org';

export interface RunningNginx {
  httpsPort: number;
  httpPort: number;
  stop(): Promise<void>;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * The sample configuration with only what a test machine needs changed: the ports, the
 * certificate and the log files. Each must be found exactly as written, so the test fails when
 * the sample changes shape instead of quietly testing something else.
 */
function adaptedSample(sample: string, changes: Record<string, string>): string {
  return Object.entries(changes).reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`the nginx sample no longer has exactly one "${from}"; update e2e/support/nginx.ts`);
    return text.replace(from, to);
  }, sample);
}

/** The sample's one upstream block, which deploy/nginx-samenspel-instances.conf replaces for several instances. */
const SINGLE_UPSTREAM = 'upstream samenspel {\n    server 127.0.0.1:8080;\n    keepalive 16;\n}\n';

/**
 * The upstream part of the site: the sample's own for one server, or for two instances
 * deploy/nginx-samenspel-instances.conf with only its two ports changed.
 */
function upstreamFor(root: string, upstream: number | readonly [number, number]): string {
  if (typeof upstream === 'number') return SINGLE_UPSTREAM.replace('127.0.0.1:8080', `127.0.0.1:${upstream}`);
  const instances = readFileSync(join(root, 'deploy/nginx-samenspel-instances.conf'), 'utf8');
  return adaptedSample(instances, { 'server 127.0.0.1:8081 ': `server 127.0.0.1:${upstream[0]} `, 'server 127.0.0.1:8082 ': `server 127.0.0.1:${upstream[1]} ` });
}

/**
 * Runs nginx in the foreground on free ports with deploy/nginx-samenspel.conf, adapted only in
 * its ports, certificate and log paths (and, for two instances, with the upstream of
 * deploy/nginx-samenspel-instances.conf), inside a minimal main configuration of its own (the part
 * Debian's /etc/nginx/nginx.conf plays), all files in `dir`.
 */
export async function startNginx(root: string, dir: string, upstream: number | readonly [number, number], certificate: Certificate): Promise<RunningNginx> {
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const sample = readFileSync(join(root, 'deploy/nginx-samenspel.conf'), 'utf8');
  const site = join(dir, 'samenspel.conf');
  writeFileSync(
    site,
    adaptedSample(sample, {
      'listen 443 ssl;': `listen 127.0.0.1:${httpsPort} ssl;`,
      'listen 80;': `listen 127.0.0.1:${httpPort};`,
      [SINGLE_UPSTREAM]: upstreamFor(root, upstream),
      [`/etc/letsencrypt/live/${SAMPLE_HOSTNAME}/fullchain.pem`]: certificate.certFile,
      [`/etc/letsencrypt/live/${SAMPLE_HOSTNAME}/privkey.pem`]: certificate.keyFile,
      '/var/log/nginx/samenspel.access.log': join(dir, 'access.log'),
      '/var/log/nginx/samenspel.error.log': join(dir, 'error.log'),
    }),
  );
  const main = join(dir, 'nginx.conf');
  writeFileSync(
    main,
    [
      // One process in the foreground, as whoever runs the test, with every file in the test's folder.
      'daemon off;',
      'master_process off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'main-error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, `${kind}-temp`)};`),
      `  include ${site};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginxPath(), ['-e', 'stderr', '-p', dir, '-c', main], { stdio: ['ignore', 'inherit', 'pipe'] });
  let messages = '';
  child.stderr?.on('data', (chunk: Buffer) => (messages += chunk.toString()));
  await untilListening(child, httpsPort, () => messages);
  return { httpsPort, httpPort, stop: () => stopNginx(child) };
}

/** Waits until nginx accepts connections on `port`, trying again each time the port refuses; fails when nginx exits first. */
async function untilListening(child: ChildProcess, port: number, messages: () => string): Promise<void> {
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`nginx stopped (exit code ${exitCode}): ${messages()}`);
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s: ${messages()}`);
  }
}

async function stopNginx(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGQUIT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
