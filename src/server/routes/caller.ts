import { ERROR_CODES } from '../../shared/protocol.ts';
import { bearerCredential, type Credential } from '../credentials.ts';
import type { LiveSession } from '../liveSession.ts';
import { ELSEWHERE, type SessionRegistry } from '../sessionRegistry.ts';
import { refuse, sessionElsewhere, type Checked } from './reply.ts';

/** Who calls a session's route: the session and what their key or token unlocks in it. */
export interface Caller {
  session: LiveSession;
  credential: Credential;
}

/** The caller of session `sessionId` by the request's `Authorization: Bearer` header. */
export async function callerOf(registry: SessionRegistry, authorization: string | undefined, sessionId: string): Promise<Checked<Caller>> {
  const presented = bearerCredential(authorization);
  if (presented === undefined) {
    return refuse(401, ERROR_CODES.missingCredential, 'send your key or token as "Authorization: Bearer <key>"', {}, { 'WWW-Authenticate': 'Bearer' });
  }
  const session = await registry.get(sessionId);
  if (!session) return refuse(404, ERROR_CODES.sessionNotFound, `there is no exercise ${sessionId}`);
  if (session === ELSEWHERE) return sessionElsewhere();
  const credential = session.authenticate(presented);
  if (!credential) return refuse(403, ERROR_CODES.wrongCredential, 'this key or token does not belong to this exercise');
  return { ok: true, value: { session, credential } };
}
