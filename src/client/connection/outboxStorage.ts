import type { PendingAction } from '../store/outboxSlice.ts';
import type { SessionStore } from '../store/sessionStore.ts';

/** The storage key of one participant's unsent actions. */
export function outboxKey(sessionId: string, participantId: string): string {
  return `samenspel.outbox.${sessionId}.${participantId}`;
}

function isPendingAction(value: unknown): value is PendingAction {
  if (typeof value !== 'object' || value === null) return false;
  const { clientId, action } = value as Partial<PendingAction>;
  return typeof clientId === 'string' && typeof action === 'object' && action !== null && typeof action.type === 'string';
}

/** The actions saved before a reload; anything unreadable is dropped rather than sent. */
export function loadOutbox(storage: Storage, key: string): PendingAction[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter(isPendingAction) : [];
  } catch {
    return [];
  }
}

/** Saves the outbox whenever it changes, so an action made offline survives closing the laptop. Returns the unsubscribe function. */
export function persistOutbox(store: SessionStore, storage: Storage, key: string): () => void {
  return store.subscribe((state, previous) => {
    if (state.outbox === previous.outbox) return;
    try {
      if (state.outbox.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(state.outbox));
    } catch {
      // A full or refused storage keeps the queue in memory only; it is still sent on reconnect.
    }
  });
}
