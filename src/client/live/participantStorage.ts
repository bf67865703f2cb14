import type { PendingSend } from '../store/outboxSlice.ts';
import type { SessionStore } from '../store/sessionStore.ts';

/**
 * What a participant's (or an evaluator's) device keeps of a session in local storage, so
 * closing the laptop loses nothing: the actions or observations not yet answered (sent again on
 * reconnect) and which messages were read.
 */
export interface SavedParticipantState {
  outbox: PendingSend[];
  read: Record<string, true>;
}

/** The storage key prefix of one participant (or evaluator) in one session. */
export function participantStorageKey(sessionId: string, participantId: string): string {
  return `samenspel.${sessionId}.${participantId}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPendingSend(value: unknown): value is PendingSend {
  if (!isObject(value) || typeof value.clientId !== 'string') return false;
  const { action, observation } = value;
  if (isObject(action)) return typeof action.type === 'string';
  return isObject(observation) && typeof observation.text === 'string' && typeof observation.at === 'number';
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
    outbox: Array.isArray(outbox) ? outbox.filter(isPendingSend) : [],
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
