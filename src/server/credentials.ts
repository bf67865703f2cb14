import { hashSecret, newSecret, secretMatches } from './secrets.ts';
import type { ParticipantRecord, SessionRecord } from './sessionStore.ts';

/** Who a presented key or token speaks for in one session. */
export type Credential =
  | { kind: 'facilitator' }
  | { kind: 'display' }
  | { kind: 'participant'; participant: ParticipantRecord };

/**
 * A participant token names its participant before the dot, so the server compares it with that
 * one participant's hash instead of searching for a matching hash.
 */
export function newParticipantToken(participantId: string): { token: string; tokenHash: Buffer } {
  const token = `${participantId}.${newSecret()}`;
  return { token, tokenHash: hashSecret(token) };
}

/** What a credential unlocks in a session, or undefined when it matches nothing there. */
export function resolveCredential(
  session: Pick<SessionRecord, 'facilitatorKeyHash' | 'displayKeyHash'>,
  participants: ReadonlyMap<string, ParticipantRecord>,
  presented: string,
): Credential | undefined {
  // Both keys are always compared, so the time taken does not tell which one came close.
  const isFacilitator = secretMatches(presented, session.facilitatorKeyHash);
  const isDisplay = secretMatches(presented, session.displayKeyHash);
  if (isFacilitator) return { kind: 'facilitator' };
  if (isDisplay) return { kind: 'display' };
  const participantId = presented.split('.', 1)[0] ?? '';
  const participant = participants.get(participantId);
  return participant && secretMatches(presented, participant.tokenHash) ? { kind: 'participant', participant } : undefined;
}

/** The `Authorization: Bearer ...` credential of a request, if any. */
export function bearerCredential(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
