import { SessionConnection } from '../connection/sessionConnection.ts';
import { socketUrl } from '../connection/socketUrl.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import type { LiveSession } from '../store/sessionStoreContext.ts';
import { loadParticipantState, persistParticipantState } from './participantStorage.ts';

/** A live session opened for a screen, and the way to close it again. */
export interface OpenedSession {
  session: LiveSession;
  /** Stops the connection and the saving on this device. */
  close(): void;
}

/**
 * A fresh store and a connection with the credential, not yet started, and (for participants)
 * their outbox, read marks and view kept under `storageKey`.
 */
export function openLiveSession(sessionId: string, credential: string, storageKey: string | undefined): OpenedSession {
  const store = createSessionStore(storageKey === undefined ? {} : loadParticipantState(localStorage, storageKey));
  const stopPersisting = storageKey === undefined ? undefined : persistParticipantState(store, localStorage, storageKey);
  const connection = new SessionConnection({ sessionId, credential, store, openSocket: () => new WebSocket(socketUrl(sessionId)) });
  return {
    session: { sessionId, store, connection },
    close: () => {
      connection.stop();
      stopPersisting?.();
    },
  };
}
