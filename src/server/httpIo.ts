import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ApiErrorBody } from '../shared/httpApi.ts';
import { describeIssues, ERROR_CODES } from '../shared/protocol.ts';
import { refuse, type Checked, type Refusal, type Reply } from './routes/reply.ts';
import { securityHeaders } from './securityHeaders.ts';

/** Sends a JSON response with the API's headers. */
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
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

/** Sends what a route answered: its JSON, text or file, or its refusal in the API's error shape. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  if (!reply.ok) return sendRefusal(res, reply);
  if ('text' in reply) {
    res.writeHead(reply.status, { ...securityHeaders(), 'Content-Type': reply.contentType, 'Cache-Control': 'no-store' });
    return void res.end(reply.text);
  }
  if ('bytes' in reply) {
    res.writeHead(reply.status, {
      ...securityHeaders(),
      'Content-Type': reply.contentType,
      'Content-Length': reply.bytes.byteLength,
      'Content-Disposition': `attachment; filename="${reply.fileName}"`,
      'Cache-Control': 'no-store',
    });
    return void res.end(reply.bytes);
  }
  sendJson(res, reply.status, reply.json, reply.headers);
}

function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  const body = { error: { code: refusal.code, message: refusal.message, ...refusal.details } } satisfies ApiErrorBody;
  sendJson(res, refusal.status, body, refusal.headers);
}

/**
 * Reads a JSON request body of at most `limit` bytes. Refuses other content types (which also
 * keeps cross-site form posts out), oversized bodies and malformed JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<Checked<unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return refuse(415, ERROR_CODES.unsupportedMediaType, 'send the body as JSON with "Content-Type: application/json"');
  }
  const tooLarge = () => refuse(413, ERROR_CODES.bodyTooLarge, `the body is larger than ${limit} bytes`, {}, { Connection: 'close' });
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse(400, ERROR_CODES.badJson, 'the body is not valid JSON');
  }
}

/** Reads a JSON request body and checks it against a schema, refusing a body of the wrong shape with what is wrong. */
export async function readBody<T>(req: IncomingMessage, schema: z.ZodType<T>, limit: number): Promise<Checked<T>> {
  const body = await readJsonBody(req, limit);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : refuse(400, ERROR_CODES.badMessage, describeIssues(parsed.error));
}

/** The client's `Idempotency-Key`, when it has the documented shape; a resend with it gets the first answer. */
export function idempotencyKey(req: IncomingMessage): string | undefined {
  const key = req.headers['idempotency-key'];
  return typeof key === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(key) ? key : undefined;
}
