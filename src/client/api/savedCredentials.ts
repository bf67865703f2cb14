/**
 * Keys and tokens this device holds, per session, in local storage: a facilitator who reloads
 * the console or a participant whose laptop slept carries on without the link again.
 */

/** What the facilitator's device keeps: the key, and the invitation details shown once at creation. */
export interface FacilitatorCredentials {
  key: string;
  joinCode?: string;
  displayKey?: string;
}

/** What a participant's device keeps after joining. */
export interface ParticipantCredentials {
  token: string;
  participantId: string;
  name: string;
  role: string;
  agency: string;
}

/** What an evaluator's device keeps: the token, and the name of the storage that holds its unsent observations. */
export interface EvaluatorCredentials {
  token: string;
  /** Chosen on this device per token, so a tablet handed to another evaluator never sends the first one's observations as theirs. */
  storageId: string;
}

type Kind = 'facilitator' | 'display' | 'participant' | 'evaluator';

function storageKey(kind: Kind, sessionId: string): string {
  return `samenspel.${kind}.${sessionId}`;
}

function read<T>(kind: Kind, sessionId: string): T | undefined {
  try {
    const text = localStorage.getItem(storageKey(kind, sessionId));
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

function write(kind: Kind, sessionId: string, value: unknown): void {
  try {
    localStorage.setItem(storageKey(kind, sessionId), JSON.stringify(value));
  } catch {
    // Without storage the page still works until it is closed; the link brings it back.
  }
}

export const savedCredentials = {
  facilitator: (sessionId: string) => read<FacilitatorCredentials>('facilitator', sessionId),
  saveFacilitator: (sessionId: string, credentials: FacilitatorCredentials) =>
    write('facilitator', sessionId, { ...read<FacilitatorCredentials>('facilitator', sessionId), ...credentials }),
  display: (sessionId: string) => read<{ key: string; joinCode?: string }>('display', sessionId),
  saveDisplay: (sessionId: string, credentials: { key: string; joinCode?: string }) => write('display', sessionId, credentials),
  participant: (sessionId: string) => read<ParticipantCredentials>('participant', sessionId),
  saveParticipant: (sessionId: string, credentials: ParticipantCredentials) => write('participant', sessionId, credentials),
  evaluator: (sessionId: string) => read<EvaluatorCredentials>('evaluator', sessionId),
  saveEvaluator: (sessionId: string, credentials: EvaluatorCredentials) => write('evaluator', sessionId, credentials),
};
