import { createContext } from 'react';
import type { SessionConnection } from '../connection/sessionConnection.ts';
import type { SessionStore } from './sessionStore.ts';

/** One live session on screen: its store and the connection that feeds it and sends for it. */
export interface LiveSession {
  sessionId: string;
  store: SessionStore;
  connection: SessionConnection;
}

export const SessionContext = createContext<LiveSession | undefined>(undefined);
