import { exhaustiveSwitchError } from '../../shared/exhaustive.ts';
import { ERROR_CODES } from '../../shared/protocol.ts';
import type { Failure } from '../outcome.ts';

/** A request the API refuses, sent as `{ "error": { "code", "message", ...details } }` (the shared `ApiErrorBody`). */
export interface Refusal {
  ok: false;
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The value of one step of answering a request, or the refusal that answers it instead. */
export type Checked<T> = { ok: true; value: T } | Refusal;

/** What a route answers: a JSON body, a text in a format of its own (a report export), a file to download (a PDF), or a refusal. */
export type Reply =
  | { ok: true; status: number; json: unknown; headers?: Record<string, string> }
  | { ok: true; status: number; text: string; contentType: string }
  | { ok: true; status: number; bytes: Uint8Array; contentType: string; fileName: string }
  | Refusal;

/** A JSON answer, with extra headers (a cookie) when given. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { ok: true, status, json: body, ...(headers ? { headers } : {}) };
}

/** A text answer of the given content type. */
export function text(status: number, contentType: string, body: string): Reply {
  return { ok: true, status, text: body, contentType };
}

/** A file to download under `fileName` (letters, digits, `.`, `-` and `_` only). */
export function file(status: number, contentType: string, body: Uint8Array, fileName: string): Reply {
  return { ok: true, status, bytes: body, contentType, fileName };
}

/** A refusal with a stable code and a message for people. */
export function refuse(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>): Refusal {
  return { ok: false, status, code, message, ...(details ? { details } : {}), ...(headers ? { headers } : {}) };
}

/** The answer while another instance of the server holds the session: it is asked to let go, and a retry finds it here. */
export function sessionElsewhere(): Refusal {
  return refuse(503, ERROR_CODES.sessionElsewhere, 'another instance of the server holds this exercise right now; try again in a second', {}, { 'Retry-After': '1' });
}

/** The refusal that answers a session's failed outcome. */
export function refusalOf(failure: Failure): Refusal {
  return refuse(failureStatus(failure), failure.code, failure.reason);
}

/** The HTTP status for a failure: ids that do not exist and improvised injects that do not fit are 422, other refusals of play 409. */
function failureStatus(failure: Failure): number {
  switch (failure.kind) {
    case 'invalid':
      return 400;
    case 'forbidden':
      return 403;
    case 'refused':
      if (failure.code === 'malformed-input') return 400;
      return failure.code.startsWith('unknown-') || failure.code === 'invalid-inject' ? 422 : 409;
    case 'storage':
      return 503;
    default:
      return exhaustiveSwitchError(failure.kind);
  }
}
