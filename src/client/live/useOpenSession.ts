import { useEffect, useState } from 'react';
import { loadOutbox, persistOutbox } from '../connection/outboxStorage.ts';
import { SessionConnection } from '../connection/sessionConnection.ts';
import { socketUrl } from '../connection/socketUrl.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import type { LiveSession } from '../store/sessionStoreContext.ts';

/**
 * Opens the live session for as long as the screen shows it: a fresh store, a connection with
 * the credential, and (for participants) the outbox kept in local storage under `outboxKey`.
 */
export function useOpenSession(sessionId: string, credential: string | undefined, outboxKey?: string): LiveSession | undefined {
  const [session, setSession] = useState<LiveSession | undefined>(undefined);
  useEffect(() => {
    if (credential === undefined) return undefined;
    const store = createSessionStore({ outbox: outboxKey === undefined ? [] : loadOutbox(localStorage, outboxKey) });
    const stopPersisting = outboxKey === undefined ? undefined : persistOutbox(store, localStorage, outboxKey);
    const connection = new SessionConnection({ sessionId, credential, store, openSocket: () => new WebSocket(socketUrl()) });
    connection.start();
    setSession({ sessionId, store, connection });
    return () => {
      connection.stop();
      stopPersisting?.();
    };
  }, [sessionId, credential, outboxKey]);
  return session;
}
