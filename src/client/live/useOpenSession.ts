import { useEffect, useState } from 'react';
import { SessionConnection } from '../connection/sessionConnection.ts';
import { socketUrl } from '../connection/socketUrl.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import type { LiveSession } from '../store/sessionStoreContext.ts';
import { loadParticipantState, persistParticipantState } from './participantStorage.ts';

/**
 * Opens the live session for as long as the screen shows it: a fresh store, a connection with
 * the credential, and (for participants) their outbox and read marks kept under `storageKey`.
 */
export function useOpenSession(sessionId: string, credential: string | undefined, storageKey?: string): LiveSession | undefined {
  const [session, setSession] = useState<LiveSession | undefined>(undefined);
  useEffect(() => {
    if (credential === undefined) return undefined;
    const store = createSessionStore(storageKey === undefined ? {} : loadParticipantState(localStorage, storageKey));
    const stopPersisting = storageKey === undefined ? undefined : persistParticipantState(store, localStorage, storageKey);
    const connection = new SessionConnection({ sessionId, credential, store, openSocket: () => new WebSocket(socketUrl(sessionId)) });
    // Connecting after the current task lets a mount that is undone at once (React's StrictMode
    // mounts twice) pass without opening a socket only to close it while it connects.
    const starting = setTimeout(() => connection.start(), 0);
    setSession({ sessionId, store, connection });
    return () => {
      clearTimeout(starting);
      connection.stop();
      stopPersisting?.();
    };
  }, [sessionId, credential, storageKey]);
  return session;
}
