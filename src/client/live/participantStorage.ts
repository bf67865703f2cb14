import type { PendingAction } from '../store/outboxSlice.ts';
import type { SessionStore } from '../store/sessionStore.ts';

/**
 * What a participant's device keeps of a session in local storage, so closing the laptop loses
 * nothing: the actions not yet answered (sent again on reconnect) and which messages were read.
 */
export interface SavedParticipantState {
  outbox: PendingAction[];
  read: Record<string, true>;
}

/** The storage key prefix of one participant in one session. */
export function participantStorageKey(sessionId: string, participantId: string): string {
  return `samenspel.${sessionId}.${participantId}`;
}

function isPendingAction(value: unknown): value is PendingAction {
  if (typeof value !== 'object' || value === null) return false;
  const { clientId, action } = value as Partial<PendingAction>;
  return typeof clientId === 'string' && typeof action === 'object' && action !== null && typeof action.type === 'string';
}

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** What was saved before a reload; anything unreadable is dropped rather than sent. */
export function loadParticipantState(storage: Storage, key: string): SavedParticipantState {
  const outbox = readJson(storage, `${key}.outbox`);
  const read = readJson(storage, `${key}.read`);
  return {
    outbox: Array.isArray(outbox) ? outbox.filter(isPendingAction) : [],
    read: Array.isArray(read) ? Object.fromEntries(read.filter((id): id is string => typeof id === 'string').map((id) => [id, true as const])) : {},
  };
}

/** Saves the outbox and the read marks whenever they change. Returns the unsubscribe function. */
export function persistParticipantState(store: SessionStore, storage: Storage, key: string): () => void {
  const save = (field: keyof SavedParticipantState, list: readonly unknown[]) => {
    try {
      if (list.length === 0) storage.removeItem(`${key}.${field}`);
      else storage.setItem(`${key}.${field}`, JSON.stringify(list));
    } catch {
      // A full or refused storage keeps it in memory only; the outbox is still sent on reconnect.
    }
  };
  return store.subscribe((state, previous) => {
    if (state.outbox !== previous.outbox) save('outbox', state.outbox);
    if (state.read !== previous.read) save('read', Object.keys(state.read));
  });
}
