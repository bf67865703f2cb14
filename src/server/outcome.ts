/**
 * The result of asking a session to do something. A refusal says why in a stable code; `kind`
 * tells a host how to answer (HTTP status, message type) without parsing the code.
 */
export type Outcome<T> = { ok: true; value: T } | Failure;

export interface Failure {
  ok: false;
  kind: FailureKind;
  code: string;
  reason: string;
}

/**
 * - `invalid`: the request is malformed.
 * - `forbidden`: the credential may not do this.
 * - `refused`: the engine or the session refused it in the current state of play.
 * - `storage`: it could not be stored, so it did not happen.
 */
export type FailureKind = 'invalid' | 'forbidden' | 'refused' | 'storage';

/** A failed outcome. */
export function failure(kind: FailureKind, code: string, reason: string): Failure {
  return { ok: false, kind, code, reason };
}
