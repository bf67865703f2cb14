import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_CODES, type ErrorCode } from '../shared/protocol.ts';
import { securityHeaders } from './securityHeaders.ts';

/** A request the API refuses: sent as `{ "error": { "code", "message", ...details } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sends a JSON response with the API's headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Sends an error in the API's shape. */
export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  sendJson(res, error.status, { error: { code: error.code, message: error.message, ...error.details } }, error.headers);
}

/**
 * Reads a JSON request body of at most `limit` bytes. Refuses other content types (which also
 * keeps cross-site form posts out), oversized bodies and malformed JSON with an HttpError.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, ERROR_CODES.unsupportedMediaType, 'send the body as JSON with "Content-Type: application/json"');
  }
  const tooLarge = () => new HttpError(413, ERROR_CODES.bodyTooLarge, `the body is larger than ${limit} bytes`, {}, { Connection: 'close' });
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, ERROR_CODES.badJson, 'the body is not valid JSON');
  }
}
