import { useEffect, useState } from 'react';
import type { LiveSession } from '../store/sessionStoreContext.ts';
import { takeEarlySession } from './earlySession.ts';
import { openLiveSession } from './openLiveSession.ts';

/**
 * Opens the live session for as long as the screen shows it (or takes the one the page opened
 * early for it): a fresh store, a connection with the credential, and (for participants) their
 * outbox and read marks kept under `storageKey`.
 */
export function useOpenSession(sessionId: string, credential: string | undefined, storageKey?: string): LiveSession | undefined {
  const [session, setSession] = useState<LiveSession | undefined>(undefined);
  useEffect(() => {
    if (credential === undefined) return undefined;
    const opened = takeEarlySession(sessionId, credential, storageKey) ?? openLiveSession(sessionId, credential, storageKey);
    // Connecting after the current task lets a mount that is undone at once (React's StrictMode
    // mounts twice) pass without opening a socket only to close it while it connects.
    const starting = setTimeout(() => opened.session.connection.start(), 0);
    setSession(opened.session);
    return () => {
      clearTimeout(starting);
      opened.close();
    };
  }, [sessionId, credential, storageKey]);
  return session;
}
