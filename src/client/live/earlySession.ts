import { openLiveSession, type OpenedSession } from './openLiveSession.ts';

let early: { sessionId: string; credential: string; storageKey: string | undefined; opened: OpenedSession } | undefined;

/**
 * Opens and connects a live session as the page starts, before its screen has loaded: on a
 * crowded network the socket's handshake and the server's welcome take round trips, which
 * then pass while the screen's scripts load and run.
 */
export function openSessionEarly(sessionId: string, credential: string, storageKey: string | undefined): void {
  const opened = openLiveSession(sessionId, credential, storageKey);
  opened.session.connection.start();
  early = { sessionId, credential, storageKey, opened };
}

/** The session opened early for exactly these, once; one opened for anything else is closed. */
export function takeEarlySession(sessionId: string, credential: string, storageKey: string | undefined): OpenedSession | undefined {
  const held = early;
  early = undefined;
  if (held === undefined) return undefined;
  if (held.sessionId === sessionId && held.credential === credential && held.storageKey === storageKey) return held.opened;
  held.opened.close();
  return undefined;
}
