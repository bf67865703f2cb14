import { useContext } from 'react';
import { useStore } from 'zustand';
import { SessionContext, type LiveSession } from './sessionStoreContext.ts';
import type { SessionState } from './sessionStore.ts';

/** The live session of the screen; needs a SessionContext provider above. */
export function useLiveSession(): LiveSession {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useLiveSession needs a SessionContext provider above it');
  return session;
}

/** Reads from the session store and re-renders when the selected value changes. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useLiveSession().store, selector);
}
