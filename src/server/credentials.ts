import { hashSecret, newSecret, secretMatches } from './secrets.ts';
import type { EvaluatorRecord, ParticipantRecord, SessionRecord } from './sessionStore.ts';

/** Who a presented key or token speaks for in one session. */
export type Credential =
  | { kind: 'facilitator' }
  | { kind: 'display' }
  | { kind: 'evaluator'; evaluator: EvaluatorRecord }
  | { kind: 'participant'; participant: ParticipantRecord };

/**
 * A participant's or evaluator's token names its holder before the dot, so the server compares it
 * with that one holder's hash instead of searching for a matching hash.
 */
export function newPersonalToken(holderId: string): { token: string; tokenHash: Buffer } {
  const token = `${holderId}.${newSecret()}`;
  return { token, tokenHash: hashSecret(token) };
}

/** Those in a session who hold a personal token, by id. */
export interface TokenHolders {
  participants: ReadonlyMap<string, ParticipantRecord>;
  evaluators: ReadonlyMap<string, EvaluatorRecord>;
}

/** What a credential unlocks in a session, or undefined when it matches nothing there. */
export function resolveCredential(session: Pick<SessionRecord, 'facilitatorKeyHash' | 'displayKeyHash'>, holders: TokenHolders, presented: string): Credential | undefined {
  // Both keys are always compared, so the time taken does not tell which one came close.
  const isFacilitator = secretMatches(presented, session.facilitatorKeyHash);
  const isDisplay = secretMatches(presented, session.displayKeyHash);
  if (isFacilitator) return { kind: 'facilitator' };
  if (isDisplay) return { kind: 'display' };
  const holderId = presented.split('.', 1)[0] ?? '';
  const participant = holders.participants.get(holderId);
  if (participant) return secretMatches(presented, participant.tokenHash) ? { kind: 'participant', participant } : undefined;
  const evaluator = holders.evaluators.get(holderId);
  return evaluator && secretMatches(presented, evaluator.tokenHash) ? { kind: 'evaluator', evaluator } : undefined;
}

/** The `Authorization: Bearer ...` credential of a request, if any. */
export function bearerCredential(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Who a credential speaks for as the log names them: the kind and the holder's id, never their name or a secret. */
export function credentialHolder(credential: Credential): Record<string, string> {
  switch (credential.kind) {
    case 'participant':
      return { kind: credential.kind, participantId: credential.participant.id, role: credential.participant.role };
    case 'evaluator':
      return { kind: credential.kind, evaluatorId: credential.evaluator.id };
    default:
      return { kind: credential.kind };
  }
}
