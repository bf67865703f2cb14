import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { securityHeaders } from './securityHeaders.ts';

const gzipped = promisify(gzip);
// Text compresses to a third or less: on a crowded venue network that is most of a phone's first load.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt']);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Shown when dist/client is missing, so "the server works, the page is not built" is obvious.
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Samenspel: client not built</title></head>
<body>
<h1>Samenspel is running, but its browser client is not built</h1>
<p>Start the server with <code>npm start</code>, which builds it when needed (or build it with <code>npx vite build</code>), then reload this page.</p>
<p>The API answers under <a href="/api/health">/api/</a>.</p>
</body>
</html>
`;

/**
 * Serves the built browser client: files by path, and index.html for any other page path so the
 * client's own routes work on reload. Only GET and HEAD, nothing outside the folder, no dot files.
 * Text files go gzipped to a browser that accepts it, each compressed once per version of the file.
 */
export function createStaticHandler(clientDir: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const root = resolve(clientDir);
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzippedFile = async (file: string, mtimeMs: number): Promise<Buffer> => {
    const held = compressed.get(file);
    if (held?.mtimeMs === mtimeMs) return held.body;
    const body = await gzipped(await readFile(file));
    compressed.set(file, { mtimeMs, body });
    return body;
  };
  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    if (!existsSync(join(root, 'index.html'))) return sendText(res, 200, NOT_BUILT_PAGE, { 'Content-Type': CONTENT_TYPES['.html'] ?? '' });
    const file = safePath(root, pathname);
    if (file === undefined) return sendText(res, 404, 'not found');
    // A page path without a file extension is one of the client's own routes.
    const served = (await fileInfo(file)) !== undefined ? file : extname(file) === '' ? join(root, 'index.html') : undefined;
    const info = served === undefined ? undefined : await fileInfo(served);
    if (served === undefined || info === undefined) return sendText(res, 404, 'not found');
    const immutable = served.startsWith(join(root, 'assets') + sep);
    const extension = extname(served).toLowerCase();
    const body = COMPRESSIBLE.has(extension) && acceptsGzip(req) ? await gzippedFile(served, info.mtimeMs) : undefined;
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Content-Length': body?.length ?? info.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(COMPRESSIBLE.has(extension) ? { Vary: 'Accept-Encoding' } : {}),
      ...(body === undefined ? {} : { 'Content-Encoding': 'gzip' }),
    });
    if (req.method === 'HEAD') return void res.end();
    if (body !== undefined) return void res.end(body);
    createReadStream(served).on('error', () => res.destroy()).pipe(res);
  };
}

/** The file a URL path names inside the root, or undefined when it would leave it or is hidden. */
function safePath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative.split(/[/\\]/).some((part) => part.startsWith('.') && part !== '')) return undefined;
  const file = resolve(root, relative === '' ? 'index.html' : relative);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function fileInfo(file: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
function acceptsGzip(req: IncomingMessage): boolean {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const quality = parameters.find((parameter) => parameter.startsWith('q='));
      return coding === 'gzip' && (quality === undefined || Number(quality.slice(2)) > 0);
    });
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}
